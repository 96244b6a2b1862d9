/** How each kind of notification is labelled and coloured in the centre; unknown kinds read as "Update". */
const KINDS: Record<string, { label: string; color: string }> = {
  CREDIT: { label: 'Credit', color: 'teal' },
  MENTION: { label: 'Mention', color: 'grape' },
  COMMENT: { label: 'Comment', color: 'blue' },
  QUESTION: { label: 'Question', color: 'orange' },
  ANSWER: { label: 'Answer', color: 'orange' },
  ANSWER_ACCEPTED: { label: 'Answer accepted', color: 'green' },
  ANSWER_PROMOTED: { label: 'Best practice', color: 'green' },
  SHARE_OPENED: { label: 'Link opened', color: 'indigo' },
  COAUTHOR: { label: 'Co-authorship', color: 'cyan' },
  REVIEW_DUE: { label: 'Review due', color: 'red' },
};

export function notificationKind(kind: string): { label: string; color: string } {
  return KINDS[kind] ?? { label: 'Update', color: 'gray' };
}

/** The bell's count: exact up to 99. */
export function unreadLabel(count: number): string {
  return count > 99 ? '99+' : String(count);
}

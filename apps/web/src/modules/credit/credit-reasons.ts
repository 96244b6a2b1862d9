// Credit reasons as sentences a person would say: "Ann Lee copied your Acme case study". The asset's title is kept
// apart so a page can link or emphasise it; `text` is the sentence in one string (toasts, labels).

export interface CreditReasonInput {
  reason: string;
  /** What the credit comes from: for LINEAGE what was done to the adaptation, for REVERSAL what is reversed. */
  sourceReason?: string | null;
  /** Who acted; null when unknown. */
  actorName: string | null;
  /** Whether the one who acted is the reader (then "You"). */
  actorIsViewer: boolean;
  /** Whether the one who acted is the person whose credit it is (then "their" for someone else's statement). */
  actorIsOwner?: boolean;
  assetTitle: string | null;
  /** Whose credit it is: null for the reader's own, else the person's name ("Sofia Rossi"). */
  ownerName?: string | null;
}

export interface CreditReasonSentence {
  /** The words before the asset ("Ann Lee copied your "). */
  before: string;
  /** The asset's title, or null when it is not known (the words then say "an asset of yours"). */
  asset: string | null;
  /** The words after the asset (" in a deal"). */
  after: string;
  /** The whole sentence, with the title in curly quotes. */
  text: string;
}

type Phrase = (who: string, thing: string) => string;

const ASSET = '\u0000';

const PHRASES: Record<string, Phrase> = {
  PUBLISHED: (who, thing) => `${who} published ${thing}`,
  REUSED_COPY: (who, thing) => `${who} copied ${thing}`,
  SHARED_WITH_CUSTOMER: (who, thing) => `${who} shared ${thing} with a customer`,
  USED_IN_DEAL: (who, thing) => `${who} used ${thing} in a deal`,
  ADAPTED: (who, thing) => `${who} adapted ${thing}`,
  TEMPLATE_PERSONALISED: (who, thing) => `${who} personalised ${thing}, a template, for a deal`,
  DEAL_WON: (who, thing) => `${who} won a deal that used ${thing}`,
  ENDORSED_HELPFUL: (who, thing) => `${who} endorsed ${thing} as helpful`,
  ENDORSED_HELPED_WIN: (who, thing) => `${who} endorsed ${thing} as having helped win a deal`,
  ENDORSED_VERIFIED: (who, thing) => `${who} verified ${thing}`,
};

/** What was done to an adaptation, for credit passed up the lineage: "copied", "used in a deal". */
const LINEAGE_VERBS: Record<string, string> = {
  REUSED_COPY: 'copied',
  SHARED_WITH_CUSTOMER: 'shared with a customer',
  SHARE_LINK_VIEWED: 'shared with a buyer',
  USED_IN_DEAL: 'used in a deal',
  ADAPTED: 'adapted',
  TEMPLATE_PERSONALISED: 'personalised for a deal',
  DEAL_WON: 'won a deal with',
  ENDORSED_HELPFUL: 'endorsed',
  ENDORSED_HELPED_WIN: 'endorsed',
  ENDORSED_VERIFIED: 'verified',
};

function possessive(name: string): string {
  return name.endsWith('s') ? `${name}’` : `${name}’s`;
}

/** The sentence for one credit entry or notice. Never an internal code, whatever the reason. */
export function creditReasonSentence(input: CreditReasonInput): CreditReasonSentence {
  const { reason, actorIsViewer, assetTitle, ownerName = null } = input;
  const sourceReason = input.sourceReason ?? reason;
  const actor = actorIsViewer ? 'You' : (input.actorName ?? 'Someone');
  // "your Acme case study", "Sofia Rossi’s Acme case study", "their Acme case study" (when Sofia did it herself).
  const whose = ownerName === null ? 'your' : input.actorIsOwner ? 'their' : possessive(ownerName);
  const yours = ownerName === null ? 'yours' : input.actorIsOwner ? 'theirs' : possessive(ownerName);
  const thing = assetTitle === null ? `an asset of ${yours}` : `${whose} ${ASSET}`;

  let sentence: string;
  if (reason === 'SHARE_LINK_VIEWED') {
    // The share link is the actor's; when the actor also owns the asset, it is said once.
    const actorOwns = ownerName === null ? actorIsViewer : Boolean(input.actorIsOwner);
    const link = actorIsViewer ? 'your' : actorOwns ? 'their' : possessive(actor);
    const of = actorOwns && assetTitle !== null ? ASSET : thing;
    sentence = `A buyer viewed ${link} share link of ${of}`;
  } else if (reason === 'ANSWER_ACCEPTED') {
    // About no asset: the credit is for an answer to a question.
    sentence =
      ownerName === null ? `${actor} accepted your answer` : `${actor} accepted ${possessive(ownerName)} answer`;
  } else if (reason === 'LINEAGE') {
    const verb = LINEAGE_VERBS[sourceReason] ?? 'reused';
    sentence = `${actor} ${verb} an adaptation of ${thing}`;
  } else if (reason === 'REVERSAL') {
    if (sourceReason === 'DEAL_WON') {
      sentence = `A deal that used ${thing} is no longer won, so its credit is taken back`;
    } else if (sourceReason.startsWith('ENDORSED_')) {
      sentence = `${actor} withdrew an endorsement of ${thing}`;
    } else {
      sentence = `Credit for ${thing} was taken back`;
    }
  } else {
    const phrase = PHRASES[reason];
    sentence = phrase ? phrase(actor, thing) : `${actor} gave credit for ${thing}`;
  }

  const at = sentence.indexOf(ASSET);
  if (at < 0 || assetTitle === null) {
    return { before: sentence, asset: null, after: '', text: `${sentence}.` };
  }
  const before = sentence.slice(0, at);
  const after = sentence.slice(at + ASSET.length);
  return { before, asset: assetTitle, after, text: `${before}“${assetTitle}”${after}.` };
}

/** The full stop after a sentence, unless it ends on a title that already has one. */
export function closingStop(sentence: CreditReasonSentence): string {
  return sentence.after === '' && sentence.asset !== null && /[.!?]$/.test(sentence.asset) ? '' : '.';
}

import type { ReuseKind } from '../../generated/graphql';

export const REUSE_KIND_LABELS: Record<ReuseKind, string> = {
  VIEW: 'Views',
  COPY: 'Copies',
  SHARE_WITH_CUSTOMER: 'Shared with customers',
  USED_IN_DEAL: 'Used in deals',
  ADAPT: 'Adaptations',
};

/** The past tense of an action, for messages ("you copied it"). */
export const REUSE_KIND_DONE: Record<ReuseKind, string> = {
  VIEW: 'viewed it',
  COPY: 'copied it',
  SHARE_WITH_CUSTOMER: 'shared it with a customer',
  USED_IN_DEAL: 'used it in a deal',
  ADAPT: 'adapted it',
};

export function reuseKindLabel(kind: string): string {
  return (REUSE_KIND_LABELS as Record<string, string>)[kind] ?? kind;
}

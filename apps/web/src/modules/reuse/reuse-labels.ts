import type { ReuseKind } from '../../generated/graphql';

export const REUSE_KIND_LABELS: Record<ReuseKind, string> = {
  VIEW: 'Views',
  COPY: 'Copies',
  SHARE_WITH_CUSTOMER: 'Shared with customers',
  USED_IN_DEAL: 'Used in deals',
  ADAPT: 'Adaptations',
};

export function reuseKindLabel(kind: string): string {
  return (REUSE_KIND_LABELS as Record<string, string>)[kind] ?? kind;
}

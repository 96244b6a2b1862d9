import type { EndorsementKind } from '../../generated/graphql';

export const ENDORSEMENT_KINDS: readonly EndorsementKind[] = ['HELPFUL', 'HELPED_WIN', 'VERIFIED'];

export const ENDORSEMENT_KIND_LABELS: Record<EndorsementKind, { label: string; plural: string; hint: string }> = {
  HELPFUL: { label: 'Helpful', plural: 'Helpful', hint: 'It helped you in your work.' },
  HELPED_WIN: { label: 'Helped win', plural: 'Helped win', hint: 'It helped win a deal.' },
  VERIFIED: {
    label: 'Verified',
    plural: 'Verified',
    hint: 'Enablement checked it is accurate and current.',
  },
};

export function endorsementKindLabel(kind: string): string {
  return (ENDORSEMENT_KIND_LABELS as Record<string, { label: string }>)[kind]?.label ?? kind;
}

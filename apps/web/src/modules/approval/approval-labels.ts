import type { AssetApprovalFieldsFragment } from '../../generated/graphql';

/** Why the asset may not be shared with customers now, in the sharer's words; null when approval does not stop it. */
export function shareBlockedReason(
  approval: Pick<AssetApprovalFieldsFragment, 'state' | 'blocksSharing'>,
): string | null {
  if (!approval.blocksSharing) return null;
  return approval.state === 'REJECTED'
    ? 'Not approved for customers: enablement asked for changes to this version.'
    : 'Waiting for approval by enablement before it can be shared with customers.';
}

/** How long something has waited, coarsely: "3 days", "5 hours", "12 minutes". */
export function waitedFor(seconds: number): string {
  const units: [number, string][] = [
    [86_400, 'day'],
    [3_600, 'hour'],
    [60, 'minute'],
  ];
  for (const [size, word] of units) {
    const n = Math.floor(seconds / size);
    if (n >= 1) return `${n} ${word}${n === 1 ? '' : 's'}`;
  }
  return 'less than a minute';
}

import type { Viewer } from './viewer.js';

type Args = Record<string, unknown>;

const inputDeal = (args: Args) => (args.input as { dealId?: unknown } | undefined)?.dealId;

/**
 * The operations a session of the CRM deal panel may call, and nothing else: who is signed in, its deal, the deal's
 * "Be inspired" suggestions, recording a use in the deal, and the deal's share links (creating and revoking them, the
 * kinds that may be shared, the buyers' engagement). Where an operation acts on a deal, the deal its arguments name
 * must be the session's own (null: acts on none). Every other operation (admin, reports, leaderboards, other deals,
 * HTTP routes) is FORBIDDEN to such a session, whatever the user's role.
 */
export const EMBED_OPERATIONS: ReadonlyMap<string, ((args: Args) => unknown) | null> = new Map([
  ['Query.viewer', null],
  ['Query.clientSafeKinds', null],
  ['Query.deal', (args) => args.id],
  ['Query.dealSuggestions', (args) => args.dealId],
  ['Query.shareLinks', (args) => args.dealId],
  ['Mutation.recordReuse', inputDeal],
  ['Mutation.createShareLink', inputDeal],
  // Only its sharer (or an admin) may revoke a link; the panel lists the deal's.
  ['Mutation.revokeShareLink', null],
]);

/**
 * Whether the viewer's session may call this operation (`Query.deal` style, with its arguments; HTTP routes have no
 * such name). A full session may call anything its permissions allow.
 */
export function scopeAllows(viewer: Viewer, operation: string | null, args: Args = {}): boolean {
  if (!viewer.scope) return true;
  if (operation === null || !EMBED_OPERATIONS.has(operation)) return false;
  const dealOf = EMBED_OPERATIONS.get(operation);
  return !dealOf || dealOf(args) === viewer.scope.dealId;
}

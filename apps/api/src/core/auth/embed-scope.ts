import type { Viewer } from './viewer.js';

/**
 * The operations a session of the CRM deal panel may call, and nothing else: who is signed in, the deal, its "Be
 * inspired" suggestions, recording a use in the deal, and its share links (creating and revoking them, the kinds
 * that may be shared, the buyers' engagement). Every other operation (admin, reports, leaderboards, HTTP routes) is
 * FORBIDDEN to such a session, whatever the user's role.
 */
export const EMBED_OPERATIONS: ReadonlySet<string> = new Set([
  'Query.viewer',
  'Query.deal',
  'Query.dealByCrmId',
  'Query.dealSuggestions',
  'Query.shareLinks',
  'Query.clientSafeKinds',
  'Mutation.recordReuse',
  'Mutation.createShareLink',
  'Mutation.revokeShareLink',
]);

/** Whether the viewer's session may call this operation (`Query.deal` style; HTTP routes have no such name). */
export function scopeAllows(viewer: Viewer, operation: string | null): boolean {
  if (!viewer.scope) return true;
  return operation !== null && EMBED_OPERATIONS.has(operation);
}

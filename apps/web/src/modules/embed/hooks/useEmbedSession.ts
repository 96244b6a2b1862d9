import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { resumeBearerSession, startBearerSession } from '../../../core/bearer-session';
import { hasSession } from '../../../core/session';
import { EmbedDealByCrmIdDocument } from '../../../generated/graphql';
import { EmbedTokenRefused, exchangeEmbedToken } from '../embed-exchange';

export type EmbedSessionState =
  | { kind: 'loading' }
  | { kind: 'ready'; dealId: string }
  /** Neither a CRM token nor a Byline session in this browser. */
  | { kind: 'signed-out' }
  | { kind: 'refused'; message: string }
  | { kind: 'no-deal' };

type Start =
  { kind: 'token'; token: string } | { kind: 'resumed'; dealId: string } | { kind: 'cookie' } | { kind: 'none' };

// The token read from the address (and removed from it), for a second mount of the page (React's strict mode).
let tokenStart: { crmId: string; start: Start } | null = null;

/** How the panel authenticates: the CRM's token in the address, a panel session of this tab, or the Byline cookie. */
function startOf(crmId: string): Start {
  const token = new URLSearchParams(window.location.search).get('token');
  if (!token && tokenStart?.crmId === crmId) {
    return tokenStart.start;
  }
  if (token) {
    tokenStart = { crmId, start: { kind: 'token', token } };
    // The token must not linger in the address bar, the history or a copied link.
    const url = new URL(window.location.href);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    return tokenStart.start;
  }
  const resumed = resumeBearerSession(crmId);
  if (resumed) {
    return { kind: 'resumed', dealId: resumed.dealId };
  }
  return hasSession() ? { kind: 'cookie' } : { kind: 'none' };
}

/** The panel's session for the deal of this CRM id, and the deal's id once known. */
export function useEmbedSession(crmId: string): EmbedSessionState {
  const [start] = useState(() => startOf(crmId));
  const [exchanged, setExchanged] = useState<EmbedSessionState>({ kind: 'loading' });

  useEffect(() => {
    if (start.kind !== 'token') {
      return;
    }
    let current = true;
    exchangeEmbedToken(start.token).then(
      (answer) => {
        startBearerSession({ token: answer.sessionToken, dealId: answer.dealId, crmId, expiresAt: answer.expiresAt });
        if (current) setExchanged({ kind: 'ready', dealId: answer.dealId });
      },
      (error: unknown) => {
        if (!current) return;
        setExchanged({
          kind: 'refused',
          message:
            error instanceof EmbedTokenRefused || error instanceof Error
              ? error.message
              : 'Byline could not open the deal.',
        });
      },
    );
    return () => {
      current = false;
    };
  }, [start, crmId]);

  const byCrmId = useQuery(EmbedDealByCrmIdDocument, { variables: { crmId }, skip: start.kind !== 'cookie' });

  switch (start.kind) {
    case 'token':
      return exchanged;
    case 'resumed':
      return { kind: 'ready', dealId: start.dealId };
    case 'none':
      return { kind: 'signed-out' };
    case 'cookie':
      if (byCrmId.error) {
        return { kind: 'signed-out' };
      }
      if (byCrmId.data) {
        return byCrmId.data.dealByCrmId ? { kind: 'ready', dealId: byCrmId.data.dealByCrmId.id } : { kind: 'no-deal' };
      }
      return { kind: 'loading' };
  }
}

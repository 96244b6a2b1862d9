/** What POST /embed/session answers for a good token. */
export interface EmbedSessionAnswer {
  sessionToken: string;
  dealId: string;
  expiresAt: string;
}

export class EmbedTokenRefused extends Error {}

// One exchange per token, however often the page mounts: the server accepts each token once.
const exchanges = new Map<string, Promise<EmbedSessionAnswer>>();

async function post(token: string): Promise<EmbedSessionAnswer> {
  const response = await fetch('/embed/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token }),
    credentials: 'omit',
  });
  if (response.status === 401 || response.status === 404) {
    throw new EmbedTokenRefused('This link from your CRM is not valid or has expired.');
  }
  if (response.status === 429) {
    throw new Error('Too many attempts. Wait a minute, then reload the CRM record.');
  }
  if (!response.ok) {
    throw new Error('Byline could not open the deal. Reload the CRM record to try again.');
  }
  return (await response.json()) as EmbedSessionAnswer;
}

/** Exchanges the CRM's signed token for a panel session. */
export function exchangeEmbedToken(token: string): Promise<EmbedSessionAnswer> {
  let exchange = exchanges.get(token);
  if (!exchange) {
    exchange = post(token);
    exchanges.set(token, exchange);
  }
  return exchange;
}

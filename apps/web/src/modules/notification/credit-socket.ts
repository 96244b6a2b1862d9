import { createClient } from 'graphql-ws';
import type { Client } from 'graphql-ws';

const MAX_RETRY_WAIT_MS = 30_000;

/** The GraphQL websocket on the page's own origin (`/graphql`), authenticated by the session cookie it sends. */
export function createCreditSocket(): Client {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return createClient({
    url: `${protocol}//${window.location.host}/graphql`,
    // Live credit should survive server restarts and flaky networks: keep reconnecting, backing off up to 30 s.
    retryAttempts: Number.POSITIVE_INFINITY,
    retryWait: (retries) =>
      new Promise((resolve) =>
        window.setTimeout(resolve, Math.min(MAX_RETRY_WAIT_MS, 1000 * 2 ** retries) + Math.random() * 1000),
      ),
    keepAlive: 20_000,
  });
}

import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** Waits before the 2nd, 3rd and 4th attempt. */
export const REUSE_RETRY_DELAYS_MS: readonly number[] = [500, 1500, 4000];

/**
 * Whether trying again could help: the request may never have reached the server, or the server (or a proxy in front
 * of it) failed. An answer from the API itself (a GraphQL error) is final.
 */
export function isRetryableError(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) {
    return false;
  }
  if (ServerError.is(error)) {
    return error.statusCode >= 500 || error.statusCode === 408;
  }
  // fetch() rejects with a TypeError when the network is down or the connection drops.
  return error instanceof TypeError;
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, ms));
}

/**
 * Runs `attempt` until it succeeds, retrying network failures only. The caller passes the same idempotency key to
 * every attempt, so a request that did reach the server is recorded once however often it is sent.
 */
export async function withRetries<T>(
  attempt: () => Promise<T>,
  delays: readonly number[] = REUSE_RETRY_DELAYS_MS,
): Promise<T> {
  for (let index = 0; ; index += 1) {
    try {
      return await attempt();
    } catch (error) {
      const wait = delays[index];
      if (wait === undefined || !isRetryableError(error)) {
        throw error;
      }
      await delay(wait);
    }
  }
}

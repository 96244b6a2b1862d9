import { AsyncLocalStorage } from 'node:async_hooks';

/** What routing a request's reads needs to know: who is asking, and whether the request writes. */
export interface ReadContext {
  /** The signed-in person, once the guard has read the token; null for anonymous requests and before that. */
  userId: string | null;
  /** A mutation or a non-GET route: everything it reads comes from the primary, which it is changing. */
  writing: boolean;
  /** The person's last remembered write (its WAL position), looked up once per request. */
  lastWrite?: Promise<bigint | null>;
}

/** The read context of the request being served; none for work outside requests (jobs, subscriptions). */
export const readContext = new AsyncLocalStorage<ReadContext>();

/** A WAL position as PostgreSQL prints it (`16/B374D848`) as a number that compares. */
export function parseLsn(text: string): bigint {
  const [high, low] = text.split('/');
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}

import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import pLimit from 'p-limit';
import { rateLimited } from '../graphql/errors.js';

// argon2id with OWASP's 64 MiB and 3 passes, on one lane: a check takes one core, never all of them.
const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 65536, timeCost: 3, parallelism: 1 } as const;

// Used when the email is unknown, so a failed login costs the same time whether or not the account exists.
const DECOY_HASH = '$argon2id$v=19$m=65536,p=1,t=3$0l6FINd/2YA6PgL9wAA4/w$/CGmFx5RMPvxR00x5K3+R9TAFWJtlSoR36N3/5JTpZ8';

/** Password checks run one at a time, so a flood of logins costs at most one core; beyond this many waiting, 429. */
export const PASSWORD_CHECKS_WAITING_MAX = 32;

@Injectable()
export class PasswordService {
  private readonly oneAtATime = pLimit(1);

  hash(password: string): Promise<string> {
    return this.queued(() => argon2.hash(password, HASH_OPTIONS));
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    const ok = await this.queued(() => argon2.verify(hash ?? DECOY_HASH, password).catch(() => false));
    return ok && hash !== null;
  }

  private queued<T>(work: () => Promise<T>): Promise<T> {
    if (this.oneAtATime.pendingCount >= PASSWORD_CHECKS_WAITING_MAX) return Promise.reject(rateLimited(1));
    return this.oneAtATime(work);
  }
}

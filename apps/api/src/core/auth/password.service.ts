import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

// Used when the email is unknown, so a failed login costs the same time whether or not the account exists.
const DECOY_HASH = '$argon2id$v=19$m=65536,p=4,t=3$p5PQGxxOeopvv/wzyuUlUA$cOMNI41YttfJe7OFBBS4AxSh2p0hZp7pXzps1WbZY4s';

@Injectable()
export class PasswordService {
  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    try {
      const ok = await argon2.verify(hash ?? DECOY_HASH, password);
      return ok && hash !== null;
    } catch {
      return false;
    }
  }
}

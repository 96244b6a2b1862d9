import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UserEntity } from '../user/user.entity.js';
import type { Role } from '../user/user.entity.js';

/** An account with what a sign-in checks: its status, and the identity at this issuer it is linked to, if any. */
export interface SsoAccount {
  user: UserEntity;
  /** The subject this account is linked to at the issuer, when it is. */
  linkedSubject: string | null;
}

@Injectable()
export class SsoRepository {
  /** The account linked to this issuer and subject, locked for the sign-in. */
  async bySubject(em: EntityManager, issuer: string, subject: string): Promise<UserEntity | null> {
    const [row] = await em.query<{ user_id: string }[]>(
      'SELECT user_id FROM user_identities WHERE issuer = $1 AND subject = $2 FOR UPDATE',
      [issuer, subject],
    );
    return row ? em.findOne(UserEntity, { where: { id: row.user_id }, lock: { mode: 'pessimistic_write' } }) : null;
  }

  /** The account of this (lower-case) email, locked, with the subject it is linked to at this issuer. */
  async byEmail(em: EntityManager, issuer: string, email: string): Promise<SsoAccount | null> {
    const user = await em.findOne(UserEntity, { where: { email }, lock: { mode: 'pessimistic_write' } });
    if (!user) return null;
    const [row] = await em.query<{ subject: string }[]>(
      'SELECT subject FROM user_identities WHERE issuer = $1 AND user_id = $2 LIMIT 1',
      [issuer, user.id],
    );
    return { user, linkedSubject: row?.subject ?? null };
  }

  async link(em: EntityManager, userId: string, issuer: string, subject: string, email: string): Promise<void> {
    await em.query('INSERT INTO user_identities (user_id, issuer, subject, email) VALUES ($1, $2, $3, $4)', [
      userId,
      issuer,
      subject,
      email,
    ]);
  }

  async touch(em: EntityManager, issuer: string, subject: string): Promise<void> {
    await em.query('UPDATE user_identities SET last_login_at = now() WHERE issuer = $1 AND subject = $2', [
      issuer,
      subject,
    ]);
  }

  /** The id of the team of this name (case does not matter), if there is exactly one. */
  async teamNamed(em: EntityManager, name: string): Promise<string | null> {
    const rows = await em.query<{ id: string }[]>('SELECT id FROM teams WHERE lower(name) = lower($1) LIMIT 2', [name]);
    return rows.length === 1 ? rows[0].id : null;
  }

  async createUser(
    em: EntityManager,
    values: { email: string; name: string; role: Role; teamId: string | null },
  ): Promise<UserEntity> {
    return em.save(em.create(UserEntity, { ...values, title: null, passwordHash: null }));
  }

  async setRoleAndTeam(em: EntityManager, user: UserEntity, role: Role, teamId: string | null): Promise<void> {
    if (role === user.role && teamId === user.teamId) return;
    await em.update(UserEntity, { id: user.id }, { role, teamId });
    user.role = role;
    user.teamId = teamId;
  }
}

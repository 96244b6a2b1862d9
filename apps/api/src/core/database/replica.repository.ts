import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { parseLsn } from './read-context.js';

/** A replica's replay, as the replica itself reports it. */
export interface ReplayState {
  /** False when the server is not (or no longer) a standby: it is then never read from. */
  inRecovery: boolean;
  replayLsn: bigint | null;
  /** Seconds since the last transaction it replayed committed on the primary; null before any. */
  sinceLastReplay: number | null;
}

/** The statements of read routing: WAL positions on the primary and replay state and reads on replicas. */
@Injectable()
export class ReplicaRepository {
  constructor(private readonly primary: DataSource) {}

  /** Where the primary's WAL is now: a write committed before this call is at or before it. */
  async primaryLsn(): Promise<bigint> {
    const [row] = await this.primary.query<{ lsn: string }[]>('SELECT pg_current_wal_lsn()::text AS lsn');
    return parseLsn(row.lsn);
  }

  async replayState(pool: Pool): Promise<ReplayState> {
    const { rows } = await pool.query<{ recovery: boolean; replay: string | null; since: number | null }>(
      `SELECT pg_is_in_recovery() AS recovery, pg_last_wal_replay_lsn()::text AS replay,
              extract(epoch FROM now() - pg_last_xact_replay_timestamp())::float8 AS since`,
    );
    const row = rows[0];
    return {
      inRecovery: row.recovery,
      replayLsn: row.replay ? parseLsn(row.replay) : null,
      sinceLastReplay: row.since,
    };
  }

  /** A read statement on a replica, answered as the primary's data source answers it (the rows). */
  async read<T>(pool: Pool, sql: string, params: readonly unknown[]): Promise<T> {
    const result = await pool.query(sql, params as unknown[]);
    return result.rows as T;
  }

  /** The same statement on the primary. */
  readPrimary<T>(sql: string, params: readonly unknown[]): Promise<T> {
    return this.primary.query<T>(sql, params as unknown[]);
  }
}

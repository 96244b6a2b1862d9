import { Inject, Injectable, Logger } from '@nestjs/common';
import type { OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import pg from 'pg';
import { APP_CONFIG } from '../config/config.js';
import type { AppConfig } from '../config/config.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { readContext } from './read-context.js';
import type { ReadContext } from './read-context.js';
import { RecentWrites } from './recent-writes.js';
import { ReplicaRepository } from './replica.repository.js';

/** Whether the database is the embedded one, which has no replicas. */
export const DATABASE_EMBEDDED = Symbol('DATABASE_EMBEDDED');

/** How often each process asks every replica how far it has replayed. */
const CHECK_EVERY_MS = 1000;
/** How long a replica has to answer a connection or a check before it counts as down. */
const REPLICA_TIMEOUT_MS = 2000;

/** A replica as /health/ready reports it. */
export interface ReplicaStatus {
  /** host:port/database, never the credentials. */
  name: string;
  up: boolean;
  /** Seconds of replay behind the primary at the last check; null when it could not be asked. */
  lagSeconds: number | null;
  /** Whether reads go to it now: up, a standby, and within BYLINE_REPLICA_MAX_LAG_SECONDS. */
  serving: boolean;
  error?: string;
}

interface Replica {
  name: string;
  pool: pg.Pool;
  up: boolean;
  inRecovery: boolean;
  lagSeconds: number | null;
  /** Replayed up to here at the last check (a lower bound of where it is now). */
  replayLsn: bigint;
  error?: string;
  checking: boolean;
}

/** Why a read went where it went (the `reason` label of byline_database_reads_total). */
type ReadReason = 'replica' | 'no_replica' | 'writing' | 'recent_write' | 'replica_unavailable' | 'replica_failed';

function replicaName(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname}`;
  } catch {
    return 'replica';
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Whether an error says the server or the connection is gone, rather than that the statement failed. */
function connectionLost(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code !== 'string' || code.startsWith('08') || code.startsWith('57P') || !/^[0-9A-Z]{5}$/.test(code);
}

/**
 * Where the heavy reads (leaderboards, reports, search, the feed, win/loss analytics) run: on a streaming replica
 * when one is configured, up, within BYLINE_REPLICA_MAX_LAG_SECONDS of the primary and past the reader's own last
 * write; on the primary otherwise. Writes, and every read of a request that writes, stay on the primary.
 *
 * Read-your-writes as GitLab's load balancer does it: after a person's write the primary's WAL position is
 * remembered (RecentWrites), and their reads go to a replica only once it has replayed past that position, so they
 * never see their change undone however far a replica lags, and go back to replicas as soon as one has caught up
 * (usually within the next check, a second) rather than after a fixed time.
 *
 * Each process checks every replica each second; a replica that fails a check or a read is skipped until a check
 * succeeds again, so a dead one costs at most one request its connect timeout.
 */
@Injectable()
export class ReadDatabase implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ReadDatabase.name);
  private readonly replicas: Replica[] = [];
  private readonly maxLagSeconds: number;
  private timer?: NodeJS.Timeout;
  private next = 0;

  constructor(
    private readonly statements: ReplicaRepository,
    private readonly writes: RecentWrites,
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(DATABASE_EMBEDDED) embedded: boolean,
  ) {
    this.maxLagSeconds = config.replicas.maxLagSeconds;
    if (!config.replicas.urls.length) return;
    if (embedded) {
      this.logger.warn(
        'DATABASE_REPLICA_URLS is set, but the embedded database has no replicas: every read goes to the embedded ' +
          'database. Set DATABASE_URL to a PostgreSQL server to read from its replicas.',
      );
      return;
    }
    for (const url of config.replicas.urls) {
      const pool = new pg.Pool({
        connectionString: url,
        max: config.databasePoolMax,
        connectionTimeoutMillis: REPLICA_TIMEOUT_MS,
        idleTimeoutMillis: 30_000,
        application_name: 'byline-read',
        options: '-c jit=off',
      });
      const replica: Replica = {
        name: replicaName(url),
        pool,
        up: false,
        inRecovery: false,
        lagSeconds: null,
        replayLsn: 0n,
        checking: false,
      };
      // An idle connection whose server went away reports here; without a listener it would end the process.
      pool.on('error', (error) => this.markDown(replica, error));
      this.replicas.push(replica);
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.replicas.length) return;
    await this.checkAll();
    for (const replica of this.replicas) {
      this.logger.log(`Replica ${replica.name}: ${replica.up ? `up, ${replica.lagSeconds ?? '?'} s behind` : 'down'}`);
    }
    this.timer = setInterval(() => void this.checkAll(), CHECK_EVERY_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all(this.replicas.map((r) => r.pool.end().catch(() => undefined)));
  }

  /** A read statement (rows back, as DataSource.query gives them) on a replica if one may serve it, else the primary. */
  async query<T = unknown[]>(sql: string, params: readonly unknown[] = []): Promise<T> {
    if (!this.replicas.length) return this.statements.readPrimary<T>(sql, params);
    const { replica, reason } = await this.choose(readContext.getStore());
    if (!replica) return this.primary<T>(sql, params, reason);
    try {
      const rows = await this.statements.read<T>(replica.pool, sql, params);
      this.metrics.databaseReads.inc({ target: 'replica', reason: 'replica' });
      return rows;
    } catch (error) {
      // The primary answers instead: with the rows if the replica failed, with the statement's own error if not.
      if (connectionLost(error)) this.markDown(replica, error);
      return this.primary<T>(sql, params, 'replica_failed');
    }
  }

  /** After a request that wrote: remembers where the primary's WAL is, for the writer's next reads. */
  async afterWrite(context: ReadContext): Promise<void> {
    if (!this.replicas.length || !context.writing || !context.userId) return;
    await this.writes.remember(context.userId, await this.statements.primaryLsn());
  }

  replicaStatus(): ReplicaStatus[] {
    return this.replicas.map((r) => ({
      name: r.name,
      up: r.up,
      lagSeconds: r.lagSeconds === null ? null : Math.round(r.lagSeconds * 1000) / 1000,
      serving: this.serves(r),
      ...(r.error ? { error: r.error } : {}),
    }));
  }

  private primary<T>(sql: string, params: readonly unknown[], reason: ReadReason): Promise<T> {
    this.metrics.databaseReads.inc({ target: 'primary', reason });
    return this.statements.readPrimary<T>(sql, params);
  }

  private serves(replica: Replica): boolean {
    return replica.up && replica.inRecovery && replica.lagSeconds !== null && replica.lagSeconds <= this.maxLagSeconds;
  }

  private async choose(context: ReadContext | undefined): Promise<{ replica?: Replica; reason: ReadReason }> {
    if (context?.writing) return { reason: 'writing' };
    let candidates = this.replicas.filter((r) => this.serves(r));
    if (!candidates.length) return { reason: 'replica_unavailable' };
    if (context?.userId) {
      context.lastWrite ??= this.writes.last(context.userId);
      const lastWrite = await context.lastWrite;
      if (lastWrite !== null) candidates = candidates.filter((r) => r.replayLsn >= lastWrite);
      if (!candidates.length) return { reason: 'recent_write' };
    }
    this.next = (this.next + 1) % candidates.length;
    return { replica: candidates[this.next], reason: 'replica' };
  }

  private async checkAll(): Promise<void> {
    let primaryLsn: bigint;
    try {
      primaryLsn = await this.statements.primaryLsn();
    } catch {
      return; // the primary's own health is /health/ready's database check
    }
    await Promise.all(this.replicas.map((r) => this.check(r, primaryLsn)));
  }

  private async check(replica: Replica, primaryLsn: bigint): Promise<void> {
    if (replica.checking) return;
    replica.checking = true;
    try {
      const state = await withTimeout(this.statements.replayState(replica.pool), REPLICA_TIMEOUT_MS);
      const wasUp = replica.up;
      replica.up = true;
      replica.error = state.inRecovery ? undefined : 'not a standby: not read from';
      replica.inRecovery = state.inRecovery;
      replica.replayLsn = state.replayLsn ?? 0n;
      // Replayed everything the primary had a moment ago: no lag, however long ago its last transaction was.
      replica.lagSeconds =
        state.replayLsn !== null && state.replayLsn >= primaryLsn
          ? 0
          : Math.max(0, state.sinceLastReplay ?? Number.POSITIVE_INFINITY);
      if (!wasUp) this.logger.log(`Replica ${replica.name} is up again`);
    } catch (error) {
      this.markDown(replica, error);
    } finally {
      replica.checking = false;
    }
  }

  private markDown(replica: Replica, error: unknown): void {
    if (replica.up) this.logger.warn(`Replica ${replica.name} is down, the primary serves its reads: ${String(error)}`);
    replica.up = false;
    replica.lagSeconds = null;
    replica.error = error instanceof Error ? error.message : String(error);
  }
}

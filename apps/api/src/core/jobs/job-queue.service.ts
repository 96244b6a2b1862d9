import { Inject, Injectable, Logger } from '@nestjs/common';
import type { OnModuleDestroy } from '@nestjs/common';
import { PgBoss } from 'pg-boss';
import type { Job, SendOptions } from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '../config/config.js';
import type { AppConfig } from '../config/config.js';
import { JobQueueRepository } from './job-queue.repository.js';

export interface QueueOptions {
  /** Attempts after the first when the handler throws. */
  retryLimit: number;
  /** How long one attempt may run before pg-boss takes the job back (a process that died mid-job). */
  expireInSeconds: number;
  /** Jobs of this queue one process works at once. */
  concurrency: number;
}

type Handler<T> = (data: T, job: Job<T>) => Promise<void>;

/**
 * The product's one job queue: pg-boss in its own schema of the same database (installed by a migration). Each
 * capability registers its queues when its module starts; every process with workers on works them, and pg-boss
 * hands each job to exactly one of them. pg-boss's own upkeep (expiring stalled jobs, retention) runs in the same
 * processes, under its own advisory locks.
 */
@Injectable()
export class JobQueue implements OnModuleDestroy {
  private readonly logger = new Logger(JobQueue.name);
  private readonly queues = new Map<string, { handler: Handler<never>; options: QueueOptions }>();
  private readonly schedules = new Map<string, string>();
  private readonly workerIds = new Map<string, string>();
  private boss: PgBoss | null = null;
  private started: Promise<PgBoss> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: JobQueueRepository,
  ) {}

  /** Declares a queue and its handler; call it from a module's constructor or onModuleInit. */
  register<T extends object>(name: string, options: QueueOptions, handler: Handler<T>): void {
    if (this.started) throw new Error(`Queue ${name} was registered after the job queue started.`);
    this.queues.set(name, { handler: handler, options });
  }

  /**
   * Sends a job to a registered queue on a cron schedule (UTC). pg-boss keeps one schedule per queue in the database
   * and its cron pass, under an advisory lock, sends each occurrence once however many processes run.
   */
  schedule(name: string, cron: string): void {
    if (this.started) throw new Error(`Queue ${name} was scheduled after the job queue started.`);
    if (!this.queues.has(name)) throw new Error(`Queue ${name} is scheduled but not registered.`);
    this.schedules.set(name, cron);
  }

  /**
   * Starts the queue, and this process's workers when configured: once the database is migrated (the server does
   * it after migrating; a job sent earlier starts it too).
   */
  start(): Promise<PgBoss> {
    this.started ??= (async () => {
      const boss = new PgBoss({ db: this.repository.pool(), schema: 'pgboss', migrate: false, createSchema: false });
      boss.on('error', (error: Error) => this.logger.error(`Job queue: ${error.message}`));
      await boss.start();
      for (const [name, { options }] of this.queues) {
        if (!(await boss.getQueue(name))) {
          await boss.createQueue(name, {
            retryLimit: options.retryLimit,
            expireInSeconds: options.expireInSeconds,
            retryBackoff: true,
          });
        }
      }
      for (const [name, cron] of this.schedules) await boss.schedule(name, cron, {}, { tz: 'UTC' });
      if (this.config.jobs.workers) {
        for (const [name, { handler, options }] of this.queues) {
          const id = await boss.work<object>(
            name,
            {
              pollingIntervalSeconds: this.config.jobs.pollSeconds,
              batchSize: 1,
              localConcurrency: options.concurrency,
            },
            async ([job]) => handler(job.data as never, job as never),
          );
          this.workerIds.set(name, id);
        }
      }
      this.boss = boss;
      return boss;
    })();
    return this.started;
  }

  /**
   * Queues a job. With `em`, inside that transaction: the job exists only if the transaction commits, and the
   * caller wakes the worker after it has.
   */
  async send<T extends object>(name: string, data: T, em?: EntityManager): Promise<void> {
    const boss = await this.start();
    const options: SendOptions = em ? { db: this.repository.transaction(em) } : {};
    await boss.send(name, data, options);
    // Sent outside a transaction, the job is there now: wake this process's worker rather than wait for its poll.
    if (!em) this.wake(name);
  }

  /** Wakes this process's worker for the queue (after the transaction that sent a job has committed). */
  wake(name: string): void {
    const id = this.workerIds.get(name);
    if (id && this.boss) this.boss.notifyWorker(id);
  }

  async onModuleDestroy(): Promise<void> {
    if (!this.started) return;
    const boss = await this.started.catch(() => null);
    await boss?.stop({ graceful: true, timeout: 10_000, close: false });
  }
}

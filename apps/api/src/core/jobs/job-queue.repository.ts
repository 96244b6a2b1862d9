import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import type { Db } from 'pg-boss';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

/** How pg-boss reaches the database: through the application's own pool, or inside a caller's transaction. */
@Injectable()
export class JobQueueRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The primary's pool (jobs are writes), shared with the application so the embedded database keeps one session. */
  pool(): Db {
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    return { executeSql: (text, values) => pool.query(text, values) };
  }

  /** The caller's transaction: a job sent here exists only if the transaction commits. */
  transaction(em: EntityManager): Db {
    const runner = em.queryRunner;
    if (!runner) throw new Error('A job can be sent in a transaction only from inside one.');
    return { executeSql: async (text, values) => ({ rows: (await runner.query(text, values, true)).records }) };
  }
}

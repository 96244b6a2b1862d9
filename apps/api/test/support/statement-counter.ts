import { DataSource } from 'typeorm';
import type { QueryRunner, ReplicationMode } from 'typeorm';
import type { TestApp } from './test-app.js';

export interface StatementCounter {
  /** The statements the application sent while `work` ran. */
  count(work: () => Promise<unknown>): Promise<number>;
}

/**
 * Counts the statements the application sends through its data source (every repository's query goes through one of
 * its query runners). The job queue's polling, which shares the pool but not the query runners, is left out, so a poll
 * that falls inside the window does not change the count.
 */
export function statementCounter(app: TestApp): StatementCounter {
  const dataSource = app.byline.app.get(DataSource);
  let statements = 0;
  let counting = false;
  const create = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (mode?: ReplicationMode): QueryRunner => {
    const runner = create(mode);
    const query = runner.query.bind(runner);
    runner.query = ((...args: Parameters<QueryRunner['query']>) => {
      if (counting) statements += 1;
      return query(...args);
    }) as QueryRunner['query'];
    return runner;
  };
  return {
    async count(work) {
      statements = 0;
      counting = true;
      try {
        await work();
      } finally {
        counting = false;
      }
      return statements;
    },
  };
}

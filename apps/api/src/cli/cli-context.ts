import { createReadStream } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module.js';
import { abandonStart, closeInOrder, migrate } from '../bootstrap.js';
import type { AppConfig } from '../core/config/config.js';
import { openDatabase } from '../core/database/embedded-postgres.js';
import { CrmImportService } from '../modules/crm-import/crm-import.service.js';
import type { ImportResultObject } from '../modules/crm-import/dto/import-result.object.js';
import type { ImportKind } from '../modules/crm-import/import-kind.js';
import { SetupService } from '../modules/setup/setup.service.js';
import type { SetupResult } from '../modules/setup/setup.service.js';

export interface BylineContext {
  app: INestApplicationContext;
  /** What start-up set up in an empty database (the first admin, the demo), as `npm start` would have. */
  setup: SetupResult;
  close(): Promise<void>;
}

/**
 * Byline without its HTTP server, on the database `npm start` would use (DATABASE_URL, else the embedded one in
 * BYLINE_DATA_DIR), migrated and set up the same way, so a database filled from the command line still gets its
 * first admin.
 */
export async function openByline(config: AppConfig): Promise<BylineContext> {
  const database = await openDatabase(config);
  let app: INestApplicationContext | undefined;
  try {
    app = await NestFactory.createApplicationContext(
      AppModule.forRoot({ config, databaseUrl: database.url, poolMax: database.poolMax, embedded: database.embedded }),
      { logger: ['error', 'warn'], abortOnError: false },
    );
    await migrate(app.get(DataSource), config);
    const setup = await app.get(SetupService).run();
    const running = app;
    return {
      app,
      setup,
      close: closeInOrder(running, database),
    };
  } catch (error) {
    return abandonStart(app, database, error);
  }
}

/** Imports a CSV file, streaming it; after each batch `onProgress` hears the rows and bytes of the file read so far. */
export async function importFile(
  app: INestApplicationContext,
  kind: ImportKind,
  file: string,
  onProgress?: (progress: { rows: number; bytes: number }) => void,
): Promise<ImportResultObject> {
  let read = 0;
  async function* counted(): AsyncGenerator<Buffer> {
    for await (const chunk of createReadStream(file)) {
      read += (chunk as Buffer).length;
      yield chunk as Buffer;
    }
  }
  return app.get(CrmImportService).run(kind, counted(), null, ({ rows }) => onProgress?.({ rows, bytes: read }));
}

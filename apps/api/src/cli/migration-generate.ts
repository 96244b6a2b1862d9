// Writes a migration with the statements that bring a fully migrated database to the entities' shape.
// Usage: DATABASE_URL=postgres://... npm run migration:generate -w @byline/api -- <kebab-name>
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { findRepoRoot } from '../core/config/repo-root.js';
import { dataSourceOptions } from '../core/database/data-source-options.js';
import { schemaDrift } from '../core/database/migration.repository.js';
import type { SchemaStatement } from '../core/database/migration.repository.js';

const name = process.argv[2];
const url = process.env.DATABASE_URL;
if (!name || !/^[a-z0-9-]+$/.test(name) || !url) {
  console.error('usage: DATABASE_URL=postgres://... migration-generate <kebab-name>');
  process.exit(2);
}
const dataSource = new DataSource(dataSourceOptions(url, 2));
await dataSource.initialize();
const sql = await schemaDrift(dataSource);
await dataSource.destroy();
if (sql.up.length === 0) {
  console.log('The entities and the migrations agree: nothing to generate.');
  process.exit(0);
}
const timestamp = Date.now();
const className = name.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase()) + timestamp;
const q = (s: string) => '`' + s.replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
const lines = (queries: SchemaStatement[]) =>
  queries
    .map((x) =>
      x.parameters?.length
        ? `    await queryRunner.query(${q(x.query)}, ${JSON.stringify(x.parameters)});`
        : `    await queryRunner.query(${q(x.query)});`,
    )
    .join('\n');
const file = join(findRepoRoot(), 'migrations', `${timestamp}-${name}.ts`);
writeFileSync(
  file,
  `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(sql.up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines([...sql.down].reverse())}
  }
}
`,
);
console.log(`Wrote ${file}; add ${className} to apps/api/src/core/database/migrations.ts and review it.`);

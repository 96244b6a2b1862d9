import type { MigrationInterface, QueryRunner } from 'typeorm';

// The title alone as a search document, so a search can take the assets whose title matches from their own (small)
// index before it ranks: a title match always outranks a match in the summary, body or files.
const TITLE_SEARCH = "setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')";

/** Search at scale: the title's own search document and its GIN index. */
export class SearchScale1797400000000 implements MigrationInterface {
  name = 'SearchScale1797400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), current_schema(), 'assets', 'GENERATED_COLUMN', 'title_search', $1)`,
      [TITLE_SEARCH],
    );
    await queryRunner.query(
      `ALTER TABLE "assets" ADD "title_search" tsvector GENERATED ALWAYS AS (${TITLE_SEARCH}) STORED NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "IX_assets_title_search" ON "assets" USING GIN ("title_search")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IX_assets_title_search"`);
    await queryRunner.query(`ALTER TABLE "assets" DROP COLUMN "title_search"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "name" = 'title_search' AND "table" = 'assets' AND "database" = current_database()`,
    );
  }
}

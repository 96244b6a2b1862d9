import type { MigrationInterface, QueryRunner } from 'typeorm';
import { getConstructionPlans } from 'pg-boss';

const SEARCH_WITHOUT_FILES =
  "setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(summary, '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce(body, '')), 'C')";
const SEARCH_WITH_FILES = `${SEARCH_WITHOUT_FILES} || setweight(to_tsvector('english'::regconfig, coalesce(file_text, '')), 'D')`;
const PAGE_SEARCH =
  "setweight(to_tsvector('english'::regconfig, coalesce(heading, '')), 'A') || setweight(to_tsvector('english'::regconfig, text), 'C')";

/**
 * Files as content: the job queue (pg-boss, in its own schema), what the extraction job read from each attachment
 * (status, progress, pages), the files' text in the asset's search document, and the slides a reuse names.
 */
export class Files1796400000000 implements MigrationInterface {
  name = 'Files1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The queue's tables, as pg-boss itself would install them (inside this migration's transaction, not its own);
    // the application role works the queues. A later pg-boss release brings its schema up with getMigrationPlans.
    const install = getConstructionPlans('pgboss')
      .replace(/^\s*BEGIN;/, '')
      .replace(/COMMIT;\s*$/, '');
    await queryRunner.query(install);
    await queryRunner.query(`
      DO $$ BEGIN
        IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'byline_app') THEN
          GRANT USAGE, CREATE ON SCHEMA pgboss TO byline_app;
          GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO byline_app;
          GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA pgboss TO byline_app;
          GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA pgboss TO byline_app;
        END IF;
      END $$`);

    await queryRunner.query(
      `CREATE TYPE "public"."file_extraction_status" AS ENUM('PENDING', 'RUNNING', 'DONE', 'FAILED')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."file_preview_kind" AS ENUM('PDF', 'CONVERTED', 'OUTLINE')`);
    await queryRunner.query(
      `CREATE TABLE "file_extractions" ("attachment_id" uuid NOT NULL, "status" "public"."file_extraction_status" NOT NULL DEFAULT 'PENDING', "progress" smallint NOT NULL DEFAULT '0', "kind" character varying(8) NOT NULL, "page_label" character varying(10), "page_count" integer, "title" character varying(200), "summary" character varying(1000), "preview" "public"."file_preview_kind", "has_thumbnail" boolean NOT NULL DEFAULT false, "error" character varying(500), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_file_extractions" PRIMARY KEY ("attachment_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "file_extractions" ADD CONSTRAINT "FK_file_extractions_attachment" FOREIGN KEY ("attachment_id") REFERENCES "attachments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), current_schema(), 'file_pages', 'GENERATED_COLUMN', 'search', $1)`,
      [PAGE_SEARCH],
    );
    await queryRunner.query(
      `CREATE TABLE "file_pages" ("attachment_id" uuid NOT NULL, "n" integer NOT NULL, "asset_id" uuid NOT NULL, "heading" character varying(300), "text" text NOT NULL, "search" tsvector GENERATED ALWAYS AS (${PAGE_SEARCH}) STORED NOT NULL, CONSTRAINT "PK_file_pages" PRIMARY KEY ("attachment_id", "n"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_file_pages_asset" ON "file_pages" ("asset_id") `);
    await queryRunner.query(`CREATE INDEX "IX_file_pages_search" ON "file_pages" USING GIN ("search")`);
    await queryRunner.query(
      `ALTER TABLE "file_pages" ADD CONSTRAINT "FK_file_pages_attachment" FOREIGN KEY ("attachment_id") REFERENCES "attachments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "file_pages" ADD CONSTRAINT "FK_file_pages_asset" FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    // The asset's search document takes its files' text at the lowest weight.
    await queryRunner.query(`ALTER TABLE "assets" ADD "file_text" text`);
    await this.replaceAssetSearch(queryRunner, SEARCH_WITHOUT_FILES, SEARCH_WITH_FILES);

    await queryRunner.query(`ALTER TABLE "reuse_events" ADD "slides" integer array`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reuse_events" DROP COLUMN "slides"`);
    await this.replaceAssetSearch(queryRunner, SEARCH_WITH_FILES, SEARCH_WITHOUT_FILES);
    await queryRunner.query(`ALTER TABLE "assets" DROP COLUMN "file_text"`);
    await queryRunner.query(`ALTER TABLE "file_pages" DROP CONSTRAINT "FK_file_pages_asset"`);
    await queryRunner.query(`ALTER TABLE "file_pages" DROP CONSTRAINT "FK_file_pages_attachment"`);
    await queryRunner.query(`DROP TABLE "file_pages"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "name" = 'search' AND "table" = 'file_pages' AND "database" = current_database()`,
    );
    await queryRunner.query(`ALTER TABLE "file_extractions" DROP CONSTRAINT "FK_file_extractions_attachment"`);
    await queryRunner.query(`DROP TABLE "file_extractions"`);
    await queryRunner.query(`DROP TYPE "public"."file_preview_kind"`);
    await queryRunner.query(`DROP TYPE "public"."file_extraction_status"`);
    await queryRunner.query(`DROP SCHEMA "pgboss" CASCADE`);
  }

  private async replaceAssetSearch(queryRunner: QueryRunner, from: string, to: string): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IX_assets_search"`);
    await queryRunner.query(`ALTER TABLE "assets" DROP COLUMN "search"`);
    await queryRunner.query(
      `UPDATE "typeorm_metadata" SET "value" = $1 WHERE "type" = 'GENERATED_COLUMN' AND "name" = 'search' AND "table" = 'assets' AND "database" = current_database() AND "value" = $2`,
      [to, from],
    );
    await queryRunner.query(`ALTER TABLE "assets" ADD "search" tsvector GENERATED ALWAYS AS (${to}) STORED NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IX_assets_search" ON "assets" USING GIN ("search")`);
  }
}

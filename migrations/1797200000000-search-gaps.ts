import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Searches that found nothing, for the knowledge-flow dashboard's content gaps: one row per normalised query text,
 * day and searcher's team with a count, so repeating a search adds one to a row rather than a row. The text is
 * capped at 100 characters (the header search's own limit).
 */
export class SearchGaps1797200000000 implements MigrationInterface {
  name = 'SearchGaps1797200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "search_gaps" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "query" character varying(100) NOT NULL, "day" date NOT NULL, "team_id" uuid, "count" integer NOT NULL DEFAULT 1, "last_searched_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_search_gaps_day_query_team" UNIQUE ("day", "query", "team_id"), CONSTRAINT "PK_f6de5320b7fe694caf98e965ca5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_search_gaps_team_day" ON "search_gaps" ("team_id", "day") `);
    await queryRunner.query(
      `ALTER TABLE "search_gaps" ADD CONSTRAINT "FK_search_gaps_team" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // The application role records (a new row, or one more on the day's row) and reads; it never deletes.
    await queryRunner.query(`DO $$ BEGIN
        IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'byline_app') THEN
          GRANT SELECT, INSERT, UPDATE ON "search_gaps" TO byline_app;
        END IF;
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "search_gaps" DROP CONSTRAINT "FK_search_gaps_team"`);
    await queryRunner.query(`DROP INDEX "public"."IX_search_gaps_team_day"`);
    await queryRunner.query(`DROP TABLE "search_gaps"`);
  }
}

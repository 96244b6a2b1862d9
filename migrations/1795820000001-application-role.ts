import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the application may do, granted to the NOLOGIN group role `byline_app`; the login role Byline connects with
 * (DATABASE_URL) is made a member of it by whoever runs the server, so no deployment's role names are in the schema.
 * The migrating role (DATABASE_MIGRATION_URL) owns every table. The event log and the ledger take SELECT and INSERT
 * only; the rollups SELECT only (the ledger's triggers keep them); the migration list nothing.
 * Tables created by later migrations get the ordinary read and write grants by default.
 */
export class ApplicationRole1795820000001 implements MigrationInterface {
  name = 'ApplicationRole1795820000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Roles are shared by every database of a server: another database's migration may have created it already.
    await queryRunner.query(`DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'byline_app') THEN CREATE ROLE byline_app NOLOGIN; END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END $$`);
    await queryRunner.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO byline_app`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO byline_app`);
    await queryRunner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO byline_app`);
    await queryRunner.query(`REVOKE UPDATE, DELETE ON "credit_events", "credit_entries" FROM byline_app`);
    await queryRunner.query(`REVOKE INSERT, UPDATE, DELETE ON "credit_rollups" FROM byline_app`);
    await queryRunner.query(`REVOKE ALL ON "migrations" FROM byline_app`);
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO byline_app`,
    );
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO byline_app`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM byline_app`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM byline_app`);
    await queryRunner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM byline_app`);
    await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM byline_app`);
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM byline_app`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Single sign-on: the OpenID Connect identities (issuer and subject) people signed in with, so a later sign-in finds
 * its account by subject, whatever email the provider reports then.
 */
export class OidcIdentities1796800000000 implements MigrationInterface {
  name = 'OidcIdentities1796800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "user_identities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "issuer" character varying(500) NOT NULL, "subject" character varying(255) NOT NULL, "email" character varying(254), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_login_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_user_identities_issuer_subject" UNIQUE ("issuer", "subject"), CONSTRAINT "PK_user_identities" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_user_identities_user" ON "user_identities"  ("user_id") `);
    await queryRunner.query(
      `ALTER TABLE "user_identities" ADD CONSTRAINT "FK_user_identities_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`DO $$ BEGIN
        IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'byline_app') THEN
          GRANT SELECT, INSERT, UPDATE ON "user_identities" TO byline_app;
        END IF;
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_identities" DROP CONSTRAINT "FK_user_identities_user"`);
    await queryRunner.query(`DROP INDEX "public"."IX_user_identities_user"`);
    await queryRunner.query(`DROP TABLE "user_identities"`);
  }
}

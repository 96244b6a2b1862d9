import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Co-authorship with consent: whether each named author has said yes, and the co-authors who declined. Approval of
 * client-facing content: the organisation's setting and the decisions on asset versions (append-only).
 */
export class CoauthorshipConsentAndApproval1797100000000 implements MigrationInterface {
  name = 'CoauthorshipConsentAndApproval1797100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "authorship_declines" ("asset_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" "public"."author_role" NOT NULL, "share" smallint NOT NULL, "declined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_authorship_declines" PRIMARY KEY ("asset_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_authorship_declines_user" ON "authorship_declines"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "approval_settings" ("id" smallint NOT NULL, "required" boolean NOT NULL, "required_since" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by" uuid NOT NULL, CONSTRAINT "CHK_approval_settings_one_row" CHECK (id = 1), CONSTRAINT "PK_approval_settings" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."approval_decision" AS ENUM('APPROVED', 'REJECTED')`);
    await queryRunner.query(
      `CREATE TABLE "asset_approvals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "asset_id" uuid NOT NULL, "version" integer NOT NULL, "decision" "public"."approval_decision" NOT NULL, "note" text, "decided_by" uuid NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_asset_approvals_note" CHECK (char_length(note) <= 2000), CONSTRAINT "PK_asset_approvals" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_asset_approvals_asset" ON "asset_approvals"  ("asset_id", "decided_at") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."authorship_consent" AS ENUM('PENDING', 'ACCEPTED')`);
    await queryRunner.query(
      `ALTER TABLE "authorships" ADD "consent" "public"."authorship_consent" NOT NULL DEFAULT 'ACCEPTED'`,
    );
    await queryRunner.query(
      `ALTER TABLE "authorship_declines" ADD CONSTRAINT "FK_authorship_declines_asset" FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "authorship_declines" ADD CONSTRAINT "FK_authorship_declines_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "approval_settings" ADD CONSTRAINT "FK_approval_settings_updated_by" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "asset_approvals" ADD CONSTRAINT "FK_asset_approvals_asset" FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "asset_approvals" ADD CONSTRAINT "FK_asset_approvals_decided_by" FOREIGN KEY ("decided_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // A decision is history: the application adds the next one and never changes or removes one.
    await queryRunner.query(`DO $$ BEGIN
        IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'byline_app') THEN
          GRANT SELECT, INSERT, UPDATE, DELETE ON "authorship_declines" TO byline_app;
          GRANT SELECT, INSERT, UPDATE ON "approval_settings" TO byline_app;
          GRANT SELECT, INSERT ON "asset_approvals" TO byline_app;
          REVOKE DELETE, TRUNCATE ON "approval_settings" FROM byline_app;
          REVOKE UPDATE, DELETE, TRUNCATE ON "asset_approvals" FROM byline_app;
        END IF;
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "asset_approvals" DROP CONSTRAINT "FK_asset_approvals_decided_by"`);
    await queryRunner.query(`ALTER TABLE "asset_approvals" DROP CONSTRAINT "FK_asset_approvals_asset"`);
    await queryRunner.query(`ALTER TABLE "approval_settings" DROP CONSTRAINT "FK_approval_settings_updated_by"`);
    await queryRunner.query(`ALTER TABLE "authorship_declines" DROP CONSTRAINT "FK_authorship_declines_user"`);
    await queryRunner.query(`ALTER TABLE "authorship_declines" DROP CONSTRAINT "FK_authorship_declines_asset"`);
    await queryRunner.query(`ALTER TABLE "authorships" DROP COLUMN "consent"`);
    await queryRunner.query(`DROP TYPE "public"."authorship_consent"`);
    await queryRunner.query(`DROP INDEX "public"."IX_asset_approvals_asset"`);
    await queryRunner.query(`DROP TABLE "asset_approvals"`);
    await queryRunner.query(`DROP TYPE "public"."approval_decision"`);
    await queryRunner.query(`DROP TABLE "approval_settings"`);
    await queryRunner.query(`DROP INDEX "public"."IX_authorship_declines_user"`);
    await queryRunner.query(`DROP TABLE "authorship_declines"`);
  }
}

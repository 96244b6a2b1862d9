import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Verification and freshness: a review interval per asset kind (90 days unless an admin sets one), each asset's
 * verifier when someone other than its lead author was named and when it was last verified, every verification kept
 * (append-only), and the review reminders sent, one per asset and due date (the unique key keeps several API
 * processes from sending one twice).
 */
export class Verification1797000000000 implements MigrationInterface {
  name = 'Verification1797000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "review_intervals" ("kind" "public"."asset_kind" NOT NULL, "days" integer NOT NULL, "updated_by" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_review_intervals_days" CHECK (days BETWEEN 1 AND 730), CONSTRAINT "PK_review_intervals" PRIMARY KEY ("kind"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "asset_verification_states" ("asset_id" uuid NOT NULL, "verifier_id" uuid, "verified_at" TIMESTAMP WITH TIME ZONE, "verified_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_asset_verification_states_verified" CHECK ((verified_at IS NULL) = (verified_by IS NULL)), CONSTRAINT "PK_asset_verification_states" PRIMARY KEY ("asset_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "asset_verifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "asset_id" uuid NOT NULL, "verified_by" uuid NOT NULL, "verified_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_asset_verifications" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_asset_verifications_asset" ON "asset_verifications" ("asset_id", "verified_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_asset_verifications_by" ON "asset_verifications" ("verified_by", "verified_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "review_due_notices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "asset_id" uuid NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "verifier_id" uuid NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_review_due_notices_asset_due" UNIQUE ("asset_id", "due_at"), CONSTRAINT "PK_review_due_notices" PRIMARY KEY ("id"))`,
    );
    for (const [table, column, target] of [
      ['review_intervals', 'updated_by', 'users'],
      ['asset_verification_states', 'asset_id', 'assets'],
      ['asset_verification_states', 'verifier_id', 'users'],
      ['asset_verification_states', 'verified_by', 'users'],
      ['asset_verifications', 'asset_id', 'assets'],
      ['asset_verifications', 'verified_by', 'users'],
      ['review_due_notices', 'asset_id', 'assets'],
      ['review_due_notices', 'verifier_id', 'users'],
    ]) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "FK_${table}_${column}" FOREIGN KEY ("${column}") REFERENCES "${target}"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
    }
    // Verifications and reminders sent are history: the application may add to them, never change them.
    await queryRunner.query(`DO $$ BEGIN
        IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'byline_app') THEN
          GRANT SELECT, INSERT, UPDATE ON "review_intervals", "asset_verification_states" TO byline_app;
          GRANT SELECT, INSERT ON "asset_verifications", "review_due_notices" TO byline_app;
        END IF;
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "review_due_notices"`);
    await queryRunner.query(`DROP TABLE "asset_verifications"`);
    await queryRunner.query(`DROP TABLE "asset_verification_states"`);
    await queryRunner.query(`DROP TABLE "review_intervals"`);
  }
}

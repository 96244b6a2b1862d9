import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notification digests: each person's digest setting (none, daily, weekly) and the digests sent, one per person and
 * period (the unique key keeps several API processes from sending one twice).
 */
export class NotificationDigests1796700000000 implements MigrationInterface {
  name = 'NotificationDigests1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification_digests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "period" character varying(20) NOT NULL, "notification_count" integer NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_notification_digests_user_period" UNIQUE ("user_id", "period"), CONSTRAINT "PK_d1dfad641230ea835751ccc8493" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_settings" ("user_id" uuid NOT NULL, "digest" character varying(10) NOT NULL DEFAULT 'NONE', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_notification_settings_digest" CHECK (digest IN ('NONE', 'DAILY', 'WEEKLY')), CONSTRAINT "PK_91a7ffebe8b406c4470845d4781" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_digests" ADD CONSTRAINT "FK_notification_digests_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_settings" ADD CONSTRAINT "FK_notification_settings_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // A digest claimed but not delivered is deleted so a later run can send it.
    await queryRunner.query(`DO $$ BEGIN
        IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'byline_app') THEN
          GRANT SELECT, INSERT, UPDATE ON "notification_settings" TO byline_app;
          GRANT SELECT, INSERT, DELETE ON "notification_digests" TO byline_app;
        END IF;
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification_settings" DROP CONSTRAINT "FK_notification_settings_user"`);
    await queryRunner.query(`ALTER TABLE "notification_digests" DROP CONSTRAINT "FK_notification_digests_user"`);
    await queryRunner.query(`DROP TABLE "notification_settings"`);
    await queryRunner.query(`DROP TABLE "notification_digests"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WinLossAnalyses1795759374574 implements MigrationInterface {
  name = 'WinLossAnalyses1795759374574';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."win_loss_outcome" AS ENUM('WON', 'LOST')`);
    await queryRunner.query(
      `CREATE TABLE "win_loss_analyses" ("asset_id" uuid NOT NULL, "deal_id" uuid NOT NULL, "outcome" "public"."win_loss_outcome" NOT NULL, "reasons" text array NOT NULL DEFAULT '{}', "competitor" character varying(120), "buyer_roles" text array NOT NULL DEFAULT '{}', "lessons" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_win_loss_analyses_lessons" CHECK (char_length(lessons) <= 20000), CONSTRAINT "PK_49f07fe50ab188208443a1bf73d" PRIMARY KEY ("asset_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_win_loss_analyses_deal" ON "win_loss_analyses"  ("deal_id") `);
    await queryRunner.query(
      `CREATE TABLE "win_loss_reasons" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "label" character varying(60) NOT NULL, "sort_order" integer NOT NULL DEFAULT '0', "archived" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2324ae7aa126f901ca44cde31ba" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_win_loss_reasons_label_lower" ON "win_loss_reasons" (lower("label"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "win_loss_analyses" ADD CONSTRAINT "FK_win_loss_analyses_asset" FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "win_loss_analyses" ADD CONSTRAINT "FK_win_loss_analyses_deal" FOREIGN KEY ("deal_id") REFERENCES "deals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "win_loss_analyses" DROP CONSTRAINT "FK_win_loss_analyses_deal"`);
    await queryRunner.query(`ALTER TABLE "win_loss_analyses" DROP CONSTRAINT "FK_win_loss_analyses_asset"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_win_loss_reasons_label_lower"`);
    await queryRunner.query(`DROP TABLE "win_loss_reasons"`);
    await queryRunner.query(`DROP INDEX "public"."IX_win_loss_analyses_deal"`);
    await queryRunner.query(`DROP TABLE "win_loss_analyses"`);
    await queryRunner.query(`DROP TYPE "public"."win_loss_outcome"`);
  }
}

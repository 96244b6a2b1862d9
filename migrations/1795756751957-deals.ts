import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Deals1795756751957 implements MigrationInterface {
  name = 'Deals1795756751957';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "accounts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "industry" character varying(120), "year_established" integer, "annual_revenue" numeric(16,2), "employees" integer, "headquarters" character varying(120), "parent_name" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5a7a02c20412299d198e097a8fe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_accounts_name_lower" ON "accounts" (lower("name"))`);
    await queryRunner.query(`CREATE TYPE "public"."deal_outcome" AS ENUM('OPEN', 'WON', 'LOST')`);
    await queryRunner.query(
      `CREATE TABLE "deals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "external_id" character varying(100) NOT NULL, "name" character varying(200) NOT NULL, "account_id" uuid, "owner_id" uuid, "team_id" uuid, "product" character varying(120), "amount" numeric(14,2), "stage" character varying(60), "outcome" "public"."deal_outcome" NOT NULL DEFAULT 'OPEN', "competitor" character varying(120), "engaged_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_deals_cycle" CHECK (engaged_at <= closed_at), CONSTRAINT "CHK_deals_amount" CHECK (amount >= 0), CONSTRAINT "CHK_deals_closed_at" CHECK ((outcome = 'OPEN') = (closed_at IS NULL)), CONSTRAINT "PK_8c66f03b250f613ff8615940b4b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_deals_external_id" ON "deals"  ("external_id") `);
    await queryRunner.query(`CREATE INDEX "IX_deals_account" ON "deals"  ("account_id") `);
    await queryRunner.query(`CREATE INDEX "IX_deals_owner" ON "deals"  ("owner_id") `);
    await queryRunner.query(`CREATE INDEX "IX_deals_team" ON "deals"  ("team_id") `);
    await queryRunner.query(`CREATE INDEX "IX_deals_closed_at" ON "deals"  ("closed_at") `);
    await queryRunner.query(
      `ALTER TABLE "deals" ADD CONSTRAINT "FK_deals_account" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deals" ADD CONSTRAINT "FK_deals_owner" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deals" ADD CONSTRAINT "FK_deals_team" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "deals" DROP CONSTRAINT "FK_deals_team"`);
    await queryRunner.query(`ALTER TABLE "deals" DROP CONSTRAINT "FK_deals_owner"`);
    await queryRunner.query(`ALTER TABLE "deals" DROP CONSTRAINT "FK_deals_account"`);
    await queryRunner.query(`DROP INDEX "public"."IX_deals_closed_at"`);
    await queryRunner.query(`DROP INDEX "public"."IX_deals_team"`);
    await queryRunner.query(`DROP INDEX "public"."IX_deals_owner"`);
    await queryRunner.query(`DROP INDEX "public"."IX_deals_account"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_deals_external_id"`);
    await queryRunner.query(`DROP TABLE "deals"`);
    await queryRunner.query(`DROP TYPE "public"."deal_outcome"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_accounts_name_lower"`);
    await queryRunner.query(`DROP TABLE "accounts"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Credit1795757069927 implements MigrationInterface {
  name = 'Credit1795757069927';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "closed_periods" ("period_start" TIMESTAMP WITH TIME ZONE NOT NULL, "period_end" TIMESTAMP WITH TIME ZONE NOT NULL, "label" character varying(40) NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closed_by" uuid NOT NULL, "snapshot" text NOT NULL, "digest" character(64) NOT NULL, CONSTRAINT "PK_bc246a6902c3cbae0f1ca216eca" PRIMARY KEY ("period_start"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."credit_event_type" AS ENUM('PUBLISHED', 'REUSE', 'ADAPTED', 'ENDORSED', 'ENDORSEMENT_WITHDRAWN', 'DEAL_WON')`,
    );
    await queryRunner.query(
      `CREATE TABLE "credit_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" BIGSERIAL NOT NULL, "type" "public"."credit_event_type" NOT NULL, "actor_id" uuid NOT NULL, "asset_id" uuid, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "payload" jsonb NOT NULL DEFAULT '{}', "facts" jsonb NOT NULL DEFAULT '[]', "policy_version" integer NOT NULL, "nominal_points" integer NOT NULL, "awarded_points" integer NOT NULL, "notes" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "PK_780dafc9e3a1e3e7b97e8488919" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_credit_events_seq" ON "credit_events"  ("seq") `);
    await queryRunner.query(`CREATE INDEX "IX_credit_events_asset" ON "credit_events"  ("asset_id") `);
    await queryRunner.query(
      `CREATE TABLE "credit_entries" ("id" BIGSERIAL NOT NULL, "event_id" uuid NOT NULL, "beneficiary_id" uuid NOT NULL, "points" integer NOT NULL, "reason" character varying(40) NOT NULL, "source_reason" character varying(40) NOT NULL, "rule" character varying(60) NOT NULL, "asset_id" uuid, "source_asset_id" uuid, "generation" smallint NOT NULL DEFAULT '0', "actor_id" uuid NOT NULL, "policy_version" integer NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "booked_at" TIMESTAMP WITH TIME ZONE NOT NULL, "capped" jsonb, CONSTRAINT "PK_a1974466f4738c102e78f457632" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_credit_entries_event" ON "credit_entries"  ("event_id") `);
    await queryRunner.query(
      `CREATE INDEX "IX_credit_entries_actor_day" ON "credit_entries"  ("actor_id", "beneficiary_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_credit_entries_beneficiary" ON "credit_entries"  ("beneficiary_id", "booked_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "credit_rollups" ("metric" character varying(30) NOT NULL, "period_kind" character varying(10) NOT NULL, "period_start" TIMESTAMP WITH TIME ZONE NOT NULL, "user_id" uuid NOT NULL, "value" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_5ac6d64dd450b6d8ff7af0a02d2" PRIMARY KEY ("metric", "period_kind", "period_start", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_credit_rollups_rank" ON "credit_rollups"  ("metric", "period_kind", "period_start", "value") `,
    );
    await queryRunner.query(
      `CREATE TABLE "scoring_policies" ("version" integer NOT NULL, "policy" jsonb NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c71181dc8136f6a1661bebf3383" PRIMARY KEY ("version"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."endorsement_kind" AS ENUM('HELPFUL', 'HELPED_WIN', 'VERIFIED')`);
    await queryRunner.query(
      `CREATE TABLE "endorsements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "asset_id" uuid NOT NULL, "endorser_id" uuid NOT NULL, "kind" "public"."endorsement_kind" NOT NULL, "comment" character varying(1000), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "credit_event_id" uuid, "points_awarded" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_c7a21592bc1b39fabf5ba56f738" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_endorsements_asset" ON "endorsements"  ("asset_id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."reuse_kind" AS ENUM('VIEW', 'COPY', 'SHARE_WITH_CUSTOMER', 'USED_IN_DEAL', 'ADAPT')`,
    );
    await queryRunner.query(
      `CREATE TABLE "reuse_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "asset_id" uuid NOT NULL, "actor_id" uuid NOT NULL, "kind" "public"."reuse_kind" NOT NULL, "deal_id" uuid, "client_event_id" character varying(100) NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "points_awarded" integer NOT NULL, "credit_event_id" uuid, CONSTRAINT "UQ_reuse_events_client_event" UNIQUE ("actor_id", "client_event_id"), CONSTRAINT "PK_48c2b756dc837f2988b6a290173" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_reuse_events_deal" ON "reuse_events"  ("deal_id") `);
    await queryRunner.query(`CREATE INDEX "IX_reuse_events_asset" ON "reuse_events"  ("asset_id", "occurred_at") `);
    await queryRunner.query(
      `ALTER TABLE "credit_events" ADD CONSTRAINT "FK_credit_events_actor" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "credit_entries" ADD CONSTRAINT "FK_credit_entries_event" FOREIGN KEY ("event_id") REFERENCES "credit_events"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "credit_entries" ADD CONSTRAINT "FK_credit_entries_beneficiary" FOREIGN KEY ("beneficiary_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "endorsements" ADD CONSTRAINT "FK_endorsements_asset" FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "endorsements" ADD CONSTRAINT "FK_endorsements_endorser" FOREIGN KEY ("endorser_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reuse_events" ADD CONSTRAINT "FK_reuse_events_asset" FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reuse_events" ADD CONSTRAINT "FK_reuse_events_actor" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Written by hand: the ledger and the event log are append-only, enforced by the database itself.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_endorsements_active" ON "endorsements" ("asset_id", "endorser_id", "kind") WHERE "withdrawn_at" IS NULL`,
    );
    for (const table of ['credit_entries', 'credit_events', 'reuse_events']) {
      await queryRunner.query(
        `CREATE TRIGGER "TR_${table}_append_only" BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION refuse_change()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "TR_${table}_no_truncate" BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['credit_entries', 'credit_events', 'reuse_events']) {
      await queryRunner.query(`DROP TRIGGER "TR_${table}_no_truncate" ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER "TR_${table}_append_only" ON "${table}"`);
    }
    await queryRunner.query(`DROP INDEX "public"."UQ_endorsements_active"`);
    await queryRunner.query(`ALTER TABLE "reuse_events" DROP CONSTRAINT "FK_reuse_events_actor"`);
    await queryRunner.query(`ALTER TABLE "reuse_events" DROP CONSTRAINT "FK_reuse_events_asset"`);
    await queryRunner.query(`ALTER TABLE "endorsements" DROP CONSTRAINT "FK_endorsements_endorser"`);
    await queryRunner.query(`ALTER TABLE "endorsements" DROP CONSTRAINT "FK_endorsements_asset"`);
    await queryRunner.query(`ALTER TABLE "credit_entries" DROP CONSTRAINT "FK_credit_entries_beneficiary"`);
    await queryRunner.query(`ALTER TABLE "credit_entries" DROP CONSTRAINT "FK_credit_entries_event"`);
    await queryRunner.query(`ALTER TABLE "credit_events" DROP CONSTRAINT "FK_credit_events_actor"`);
    await queryRunner.query(`DROP INDEX "public"."IX_reuse_events_asset"`);
    await queryRunner.query(`DROP INDEX "public"."IX_reuse_events_deal"`);
    await queryRunner.query(`DROP TABLE "reuse_events"`);
    await queryRunner.query(`DROP TYPE "public"."reuse_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IX_endorsements_asset"`);
    await queryRunner.query(`DROP TABLE "endorsements"`);
    await queryRunner.query(`DROP TYPE "public"."endorsement_kind"`);
    await queryRunner.query(`DROP TABLE "scoring_policies"`);
    await queryRunner.query(`DROP INDEX "public"."IX_credit_rollups_rank"`);
    await queryRunner.query(`DROP TABLE "credit_rollups"`);
    await queryRunner.query(`DROP INDEX "public"."IX_credit_entries_beneficiary"`);
    await queryRunner.query(`DROP INDEX "public"."IX_credit_entries_actor_day"`);
    await queryRunner.query(`DROP INDEX "public"."IX_credit_entries_event"`);
    await queryRunner.query(`DROP TABLE "credit_entries"`);
    await queryRunner.query(`DROP INDEX "public"."IX_credit_events_asset"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_credit_events_seq"`);
    await queryRunner.query(`DROP TABLE "credit_events"`);
    await queryRunner.query(`DROP TYPE "public"."credit_event_type"`);
    await queryRunner.query(`DROP TABLE "closed_periods"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DealAuditAndReplay1795800000000 implements MigrationInterface {
  name = 'DealAuditAndReplay1795800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."deal_change_source" AS ENUM('IMPORT', 'WEBHOOK', 'API')`);
    await queryRunner.query(
      `CREATE TABLE "deal_audit_entries" ("id" BIGSERIAL NOT NULL, "deal_id" uuid NOT NULL, "field" character varying(20) NOT NULL, "before" character varying(40), "after" character varying(40), "source" "public"."deal_change_source" NOT NULL, "actor_id" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0246a6440e5dafc1bcd0418871c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_deal_audit_entries_deal" ON "deal_audit_entries"  ("deal_id", "id") `);
    await queryRunner.query(
      `CREATE TABLE "webhook_deliveries" ("signature_hash" character(64) NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7b9ebd883f187ea6de048b662bf" PRIMARY KEY ("signature_hash"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_webhook_deliveries_received_at" ON "webhook_deliveries"  ("received_at") `,
    );
    await queryRunner.query(`ALTER TABLE "deals" ADD "webhook_sent_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TYPE "public"."credit_event_type" ADD VALUE 'DEAL_WON_REVERSED'`);
    await queryRunner.query(
      `ALTER TABLE "deal_audit_entries" ADD CONSTRAINT "FK_deal_audit_entries_deal" FOREIGN KEY ("deal_id") REFERENCES "deals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deal_audit_entries" ADD CONSTRAINT "FK_deal_audit_entries_actor" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Written by hand: a deal's awards and reversals (the new enum value cannot be named in this transaction), and
    // the audit trail is append-only like the ledger.
    await queryRunner.query(
      `CREATE INDEX "IX_credit_events_deal" ON "credit_events" ((payload->>'dealId'), "seq") WHERE payload ? 'dealId'`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "TR_deal_audit_entries_append_only" BEFORE UPDATE OR DELETE ON "deal_audit_entries" FOR EACH ROW EXECUTE FUNCTION refuse_change()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "TR_deal_audit_entries_no_truncate" BEFORE TRUNCATE ON "deal_audit_entries" FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "TR_deal_audit_entries_no_truncate" ON "deal_audit_entries"`);
    await queryRunner.query(`DROP TRIGGER "TR_deal_audit_entries_append_only" ON "deal_audit_entries"`);
    await queryRunner.query(`DROP INDEX "public"."IX_credit_events_deal"`);
    await queryRunner.query(`ALTER TABLE "deal_audit_entries" DROP CONSTRAINT "FK_deal_audit_entries_actor"`);
    await queryRunner.query(`ALTER TABLE "deal_audit_entries" DROP CONSTRAINT "FK_deal_audit_entries_deal"`);
    // An enum value cannot be dropped: the type is rebuilt without it (refused while an event still has it).
    await queryRunner.query(`ALTER TYPE "public"."credit_event_type" RENAME TO "credit_event_type_old"`);
    await queryRunner.query(
      `CREATE TYPE "public"."credit_event_type" AS ENUM('PUBLISHED', 'REUSE', 'ADAPTED', 'ENDORSED', 'ENDORSEMENT_WITHDRAWN', 'DEAL_WON')`,
    );
    await queryRunner.query(
      `ALTER TABLE "credit_events" ALTER COLUMN "type" TYPE "public"."credit_event_type" USING "type"::text::"public"."credit_event_type"`,
    );
    await queryRunner.query(`DROP TYPE "public"."credit_event_type_old"`);
    await queryRunner.query(`ALTER TABLE "deals" DROP COLUMN "webhook_sent_at"`);
    await queryRunner.query(`DROP INDEX "public"."IX_webhook_deliveries_received_at"`);
    await queryRunner.query(`DROP TABLE "webhook_deliveries"`);
    await queryRunner.query(`DROP INDEX "public"."IX_deal_audit_entries_deal"`);
    await queryRunner.query(`DROP TABLE "deal_audit_entries"`);
    await queryRunner.query(`DROP TYPE "public"."deal_change_source"`);
  }
}

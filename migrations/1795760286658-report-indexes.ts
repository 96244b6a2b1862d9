import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportIndexes1795760286658 implements MigrationInterface {
  name = 'ReportIndexes1795760286658';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IX_endorsements_endorser" ON "endorsements"  ("endorser_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_reuse_events_used_in_deal" ON "reuse_events"  ("asset_id", "deal_id") WHERE kind = 'USED_IN_DEAL'`,
    );
    await queryRunner.query(`CREATE INDEX "IX_reuse_events_actor" ON "reuse_events"  ("actor_id", "occurred_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IX_reuse_events_actor"`);
    await queryRunner.query(`DROP INDEX "public"."IX_reuse_events_used_in_deal"`);
    await queryRunner.query(`DROP INDEX "public"."IX_endorsements_endorser"`);
  }
}

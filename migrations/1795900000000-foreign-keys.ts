import type { MigrationInterface, QueryRunner } from 'typeorm';

interface ForeignKey {
  name: string;
  table: string;
  column: string;
  references: string;
  /** Optional references in tables the application may update: an existing dangling one is set to NULL first. */
  nullOrphans?: boolean;
}

/**
 * Foreign keys for the columns that named another table's row without one. All are ON DELETE RESTRICT: users, assets
 * and deals are never deleted by the application (people depart, assets are archived), and the ledger, the event
 * log and the reuse log are append-only, so neither CASCADE nor SET NULL could ever run on them.
 *
 * Rows written before these keys existed may dangle. In endorsements and scoring_policies such a reference is set to
 * NULL. The ledger (credit_entries, credit_events), the reuse log and the rollups are never rewritten (entries'
 * ids are hashed into the chain): there the key is added NOT VALID, validated when every row satisfies it, and left
 * unvalidated with a warning otherwise; it refuses new dangling rows either way.
 *
 * Not keyed, by design: follows.target (a user id or a tag, by kind), win_loss_analyses.reasons (labels as written),
 * the taxonomy arrays on assets, and the ids inside credit_events.payload.
 */
const KEYS: ForeignKey[] = [
  { name: 'FK_reuse_events_deal', table: 'reuse_events', column: 'deal_id', references: 'deals' },
  {
    name: 'FK_reuse_events_credit_event',
    table: 'reuse_events',
    column: 'credit_event_id',
    references: 'credit_events',
  },
  { name: 'FK_credit_events_asset', table: 'credit_events', column: 'asset_id', references: 'assets' },
  { name: 'FK_credit_entries_asset', table: 'credit_entries', column: 'asset_id', references: 'assets' },
  { name: 'FK_credit_entries_source_asset', table: 'credit_entries', column: 'source_asset_id', references: 'assets' },
  { name: 'FK_credit_entries_actor', table: 'credit_entries', column: 'actor_id', references: 'users' },
  { name: 'FK_credit_rollups_user', table: 'credit_rollups', column: 'user_id', references: 'users' },
  {
    name: 'FK_endorsements_credit_event',
    table: 'endorsements',
    column: 'credit_event_id',
    references: 'credit_events',
    nullOrphans: true,
  },
  { name: 'FK_closed_periods_closed_by', table: 'closed_periods', column: 'closed_by', references: 'users' },
  {
    name: 'FK_scoring_policies_created_by',
    table: 'scoring_policies',
    column: 'created_by',
    references: 'users',
    nullOrphans: true,
  },
];

export class ForeignKeys1795900000000 implements MigrationInterface {
  name = 'ForeignKeys1795900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const key of KEYS) {
      if (key.nullOrphans) {
        await queryRunner.query(
          `UPDATE "${key.table}" t SET "${key.column}" = NULL
            WHERE "${key.column}" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "${key.references}" r WHERE r.id = t."${key.column}")`,
        );
      }
      await queryRunner.query(
        `ALTER TABLE "${key.table}" ADD CONSTRAINT "${key.name}" FOREIGN KEY ("${key.column}") REFERENCES "${key.references}"("id") ON DELETE RESTRICT ON UPDATE NO ACTION NOT VALID`,
      );
      await queryRunner.query(`DO $$ BEGIN
          ALTER TABLE "${key.table}" VALIDATE CONSTRAINT "${key.name}";
        EXCEPTION WHEN foreign_key_violation THEN
          RAISE WARNING '${key.name} is left NOT VALID: ${key.table} has rows written before it whose ${key.column} names no ${key.references} row';
        END $$`);
    }
    // What an asset's page sums: the credit its reuses and adaptations generated.
    await queryRunner.query(`CREATE INDEX "IX_credit_entries_source_asset" ON "credit_entries"  ("source_asset_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IX_credit_entries_source_asset"`);
    for (const key of [...KEYS].reverse()) {
      await queryRunner.query(`ALTER TABLE "${key.table}" DROP CONSTRAINT "${key.name}"`);
    }
  }
}

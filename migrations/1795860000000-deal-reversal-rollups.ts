import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A won pool's reversal takes back the won-deal influence its award counted (−1 for each person it had credited at
 * generation 0), as `rollupDeltas` states it; and the deal audit trail is append-only for the application role too.
 */
export class DealReversalRollups1795860000000 implements MigrationInterface {
  name = 'DealReversalRollups1795860000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      rollupsFromEntries(`CASE WHEN ev.type = 'DEAL_WON' THEN 1 ELSE -1 END`, `('DEAL_WON', 'DEAL_WON_REVERSED')`),
    );
    await queryRunner.query(`DO $$ BEGIN
        IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'byline_app') THEN
          REVOKE UPDATE, DELETE, TRUNCATE ON "deal_audit_entries" FROM byline_app;
        END IF;
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(rollupsFromEntries('1', `('DEAL_WON')`));
  }
}

function rollupsFromEntries(influence: string, wonTypes: string): string {
  return `CREATE OR REPLACE FUNCTION credit_rollups_from_entries() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        INSERT INTO credit_rollups (metric, period_kind, period_start, user_id, value)
        SELECT d.metric, p.kind, p.start, d.user_id, sum(d.value)
          FROM (SELECT 'CREDIT' AS metric, n.beneficiary_id AS user_id, n.booked_at AS at,
                       ev.fiscal_year_start_month AS fiscal, n.points::bigint AS value
                  FROM new_entries n JOIN credit_events ev ON ev.id = n.event_id
                UNION ALL
                SELECT 'WON_DEAL_INFLUENCE', n.beneficiary_id, min(n.booked_at), ev.fiscal_year_start_month,
                       ${influence}
                  FROM new_entries n JOIN credit_events ev ON ev.id = n.event_id
                 WHERE ev.type IN ${wonTypes} AND n.generation = 0
                 GROUP BY n.event_id, n.beneficiary_id, ev.fiscal_year_start_month, ev.type) d
          CROSS JOIN LATERAL credit_periods(d.at, d.fiscal) p
         GROUP BY 1, 2, 3, 4 HAVING sum(d.value) <> 0
        ON CONFLICT (metric, period_kind, period_start, user_id) DO UPDATE SET value = credit_rollups.value + EXCLUDED.value;
        RETURN NULL;
      END $$`;
}

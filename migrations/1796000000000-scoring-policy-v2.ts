import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Version 1 as built into the credit rules (apps keep it in code; here it is the base when no version is stored). */
const POLICY_V1 = {
  version: 1,
  publication: 10,
  reuse: { VIEW: 0, COPY: 4, SHARE_WITH_CUSTOMER: 10, USED_IN_DEAL: 10, ADAPT: 15 },
  endorsement: { HELPFUL: 4, HELPED_WIN: 10, VERIFIED: 6 },
  dealWonPool: 100,
  lineage: { percent: 25, maxGenerations: 3 },
  caps: {
    repeatReuseWindowHours: 24,
    perActorPerBeneficiaryDaily: 40,
    perBeneficiaryEndorsementDaily: 200,
    publicationsPerAuthorDaily: 3,
  },
};

/**
 * Scoring policy v2: evidence-based share credit, templates personalised for a deal.
 *
 * - Two event types: SHARE_VIEWED (the first counted buyer session on a share link) and TEMPLATE_PERSONALISED.
 * - `credit_events.evidence`: what an event's credit rests on (a SHARE_VIEWED's share link and buyer session), for
 *   the statement; not an input of the rules. Its ids are not keyed, like those inside `payload`.
 * - The rollups count both new types as a reuse received by the asset's authors (as `rollupDeltas` states it).
 * - A new policy version (the newest + 1, or 2 over the built-in version 1) becomes the one in force: the current
 *   policy with v2's changes (a self-reported share 4 points; share link created 4, first buyer session 6), published
 *   by nobody. Entries already booked keep the version they were booked under.
 */
export class ScoringPolicyV21796000000000 implements MigrationInterface {
  name = 'ScoringPolicyV21796000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The new values cannot be named in this transaction; the rollup function below only compares them when it runs.
    await queryRunner.query(`ALTER TYPE "public"."credit_event_type" ADD VALUE 'SHARE_VIEWED'`);
    await queryRunner.query(`ALTER TYPE "public"."credit_event_type" ADD VALUE 'TEMPLATE_PERSONALISED'`);
    await queryRunner.query(`ALTER TABLE "credit_events" ADD "evidence" jsonb`);
    await queryRunner.query(rollupsFromEvents(`n.type::text IN ('ADAPTED', 'SHARE_VIEWED', 'TEMPLATE_PERSONALISED')`));
    await queryRunner.query(
      `WITH current AS (
         SELECT version, policy FROM scoring_policies ORDER BY version DESC LIMIT 1
       ), base AS (
         SELECT version, policy FROM current
         UNION ALL SELECT 1, $1::jsonb WHERE NOT EXISTS (SELECT FROM current)
       )
       INSERT INTO scoring_policies (version, policy, created_by)
       SELECT version + 1,
              jsonb_set(policy, '{reuse,SHARE_WITH_CUSTOMER}', '4')
                || jsonb_build_object('version', version + 1, 'shareLink', '{"created": 4, "firstBuyerSession": 6}'::jsonb),
              NULL
         FROM base`,
      [JSON.stringify(POLICY_V1)],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The policy version stays: entries may have been booked under it. The event types stay too (an enum value
    // cannot be dropped while events have it); the rollups stop counting them.
    await queryRunner.query(rollupsFromEvents(`n.type = 'ADAPTED'`));
    await queryRunner.query(`ALTER TABLE "credit_events" DROP COLUMN "evidence"`);
  }
}

// REUSES_RECEIVED for every author but the actor of a counted reuse or of `receivedTypes`; CONTRIBUTIONS per publication.
function rollupsFromEvents(receivedTypes: string): string {
  return `CREATE OR REPLACE FUNCTION credit_rollups_from_events() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        INSERT INTO credit_rollups (metric, period_kind, period_start, user_id, value)
        SELECT m.metric, p.kind, p.start, (a->>'userId')::uuid, count(*)
          FROM new_events n
          CROSS JOIN LATERAL (SELECT CASE
                   WHEN n.type = 'PUBLISHED' THEN 'CONTRIBUTIONS'
                   WHEN ${receivedTypes} OR (n.type = 'REUSE'
                     AND n.payload->>'reuseKind' IN ('COPY', 'SHARE_WITH_CUSTOMER', 'USED_IN_DEAL')) THEN 'REUSES_RECEIVED'
                 END AS metric) m
          CROSS JOIN LATERAL jsonb_array_elements(n.facts) f
          CROSS JOIN LATERAL jsonb_array_elements(f->'authors') a
          CROSS JOIN LATERAL credit_periods(n.booked_at, n.fiscal_year_start_month) p
         WHERE m.metric IS NOT NULL AND f->>'assetId' = n.asset_id::text
           AND (m.metric = 'CONTRIBUTIONS' OR a->>'userId' <> n.actor_id::text)
         GROUP BY 1, 2, 3, 4
        ON CONFLICT (metric, period_kind, period_start, user_id) DO UPDATE SET value = credit_rollups.value + EXCLUDED.value;
        RETURN NULL;
      END $$`;
}

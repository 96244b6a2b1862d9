import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tamper evidence and database-kept rollups.
 *
 * Chain: every ledger entry carries `chain_hash` = hex(SHA-256(previous entry's hash as 32 bytes || canonical bytes)),
 * the first entry chaining from 32 zero bytes. The canonical bytes are the UTF-8 text of the JSON array
 *   [chain_position, id, event_id, beneficiary_id, points, reason, source_reason, rule, asset_id, source_asset_id,
 *    generation, actor_id, policy_version, occurred_at, booked_at, capped]
 * as PostgreSQL's json_build_array prints it (", " between elements; numbers bare; uuids and text as JSON strings;
 * times as "YYYY-MM-DDTHH:MM:SS.ffffffZ" in UTC; capped as its jsonb text, or null). Entries are linked when their
 * transaction commits (a deferred trigger taking a transaction-scoped advisory lock), so chain order is commit order
 * and the lock is held only for the commit, never while a writer waits for other locks.
 *
 * Rollups: the leaderboard totals are derived by the database from the rows the credit write path inserts (entries
 * and events), in SECURITY DEFINER triggers, so the application role can read them but never write them.
 */
export class CreditChain1795820000000 implements MigrationInterface {
  name = 'CreditChain1795820000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // What the rollups of an event need even when it has no entries: when it counts and under which fiscal calendar.
    await queryRunner.query(
      `ALTER TABLE "credit_events" ADD "booked_at" TIMESTAMP WITH TIME ZONE, ADD "fiscal_year_start_month" smallint`,
    );
    await queryRunner.query(`ALTER TABLE "credit_events" DISABLE TRIGGER "TR_credit_events_append_only"`);
    await queryRunner.query(
      `UPDATE "credit_events" ev SET
         booked_at = coalesce((SELECT min(ce.booked_at) FROM credit_entries ce WHERE ce.event_id = ev.id), ev.occurred_at),
         fiscal_year_start_month = coalesce((SELECT extract(month FROM period_start AT TIME ZONE 'UTC')::smallint
                                               FROM credit_rollups WHERE period_kind = 'YEAR' LIMIT 1), 1)`,
    );
    await queryRunner.query(`ALTER TABLE "credit_events" ENABLE TRIGGER "TR_credit_events_append_only"`);
    await queryRunner.query(
      `ALTER TABLE "credit_events" ALTER "booked_at" SET NOT NULL, ALTER "fiscal_year_start_month" SET NOT NULL`,
    );

    await queryRunner.query(`ALTER TABLE "credit_entries" ADD "chain_position" bigint, ADD "chain_hash" character(64)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_credit_entries_chain_position" ON "credit_entries" ("chain_position") `,
    );
    await queryRunner.query(`CREATE FUNCTION credit_entry_canonical(e credit_entries, chain_position bigint) RETURNS text
      LANGUAGE sql IMMUTABLE AS $$
        SELECT json_build_array(chain_position, e.id, e.event_id, e.beneficiary_id, e.points, e.reason, e.source_reason,
          e.rule, e.asset_id, e.source_asset_id, e.generation, e.actor_id, e.policy_version,
          to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
          to_char(e.booked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), e.capped)::text
      $$`);
    // Owned by the migrating role, which may link entries. The advisory lock is held from here to the end of the
    // commit, so the entry before is the last one a committed transaction (or this one) linked.
    await queryRunner.query(`CREATE FUNCTION credit_chain_link() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        last_position bigint;
        last_hash character(64);
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended('credit_chain', 0));
        SELECT chain_position, chain_hash INTO last_position, last_hash
          FROM credit_entries WHERE chain_position IS NOT NULL ORDER BY chain_position DESC LIMIT 1;
        last_position := coalesce(last_position, 0) + 1;
        UPDATE credit_entries SET chain_position = last_position,
               chain_hash = encode(sha256(decode(coalesce(last_hash, repeat('0', 64)), 'hex')
                 || convert_to(credit_entry_canonical(NEW, last_position), 'UTF8')), 'hex')
         WHERE id = NEW.id;
        RETURN NULL;
      END $$`);
    // The ledger stays append-only: the one change allowed is linking an unlinked entry, leaving its content as it is.
    await queryRunner.query(`DROP TRIGGER "TR_credit_entries_append_only" ON "credit_entries"`);
    await queryRunner.query(`CREATE FUNCTION credit_entry_link_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.chain_hash IS NULL AND NEW.chain_hash IS NOT NULL
           AND to_jsonb(NEW) - 'chain_position' - 'chain_hash' = to_jsonb(OLD) - 'chain_position' - 'chain_hash' THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION '% rows are immutable: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "TR_credit_entries_append_only" BEFORE UPDATE ON "credit_entries"
      FOR EACH ROW EXECUTE FUNCTION credit_entry_link_only()`);
    await queryRunner.query(`CREATE TRIGGER "TR_credit_entries_no_delete" BEFORE DELETE ON "credit_entries"
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
    // Existing entries join the chain in the order they were written.
    await queryRunner.query(`DO $$
      DECLARE
        e credit_entries;
        pos bigint := 0;
        last_hash character(64) := repeat('0', 64);
      BEGIN
        FOR e IN SELECT * FROM credit_entries ORDER BY id LOOP
          pos := pos + 1;
          last_hash := encode(sha256(decode(last_hash, 'hex') || convert_to(credit_entry_canonical(e, pos), 'UTF8')), 'hex');
          UPDATE credit_entries SET chain_position = pos, chain_hash = last_hash WHERE id = e.id;
        END LOOP;
      END $$`);
    await queryRunner.query(`CREATE CONSTRAINT TRIGGER "TR_credit_entries_chain" AFTER INSERT ON "credit_entries"
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION credit_chain_link()`);

    // Every period (kind and start) an instant counts towards, as libs/credit's periodKeysContaining computes them.
    await queryRunner.query(`CREATE FUNCTION credit_periods(instant timestamptz, fiscal_start smallint)
      RETURNS TABLE (kind text, start timestamptz) LANGUAGE sql IMMUTABLE AS $$
        WITH u AS (SELECT instant AT TIME ZONE 'UTC' AS t),
        f AS (SELECT t, make_date(extract(year FROM t)::int - CASE WHEN extract(month FROM t) >= fiscal_start THEN 0 ELSE 1 END,
                                  fiscal_start, 1)::timestamp AS fiscal_year FROM u)
        SELECT 'WEEK', date_trunc('week', t) AT TIME ZONE 'UTC' FROM f
        UNION ALL SELECT 'MONTH', date_trunc('month', t) AT TIME ZONE 'UTC' FROM f
        UNION ALL SELECT 'QUARTER', (fiscal_year + make_interval(months =>
                    ((extract(month FROM t)::int - fiscal_start + 12) % 12) / 3 * 3)) AT TIME ZONE 'UTC' FROM f
        UNION ALL SELECT 'YEAR', fiscal_year AT TIME ZONE 'UTC' FROM f
        UNION ALL SELECT 'ALL_TIME', timestamptz '1970-01-01 00:00:00+00'
      $$`);
    // CREDIT from each entry's points, WON_DEAL_INFLUENCE once per person a won deal's own assets credited.
    await queryRunner.query(`CREATE FUNCTION credit_rollups_from_entries() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        INSERT INTO credit_rollups (metric, period_kind, period_start, user_id, value)
        SELECT d.metric, p.kind, p.start, d.user_id, sum(d.value)
          FROM (SELECT 'CREDIT' AS metric, n.beneficiary_id AS user_id, n.booked_at AS at,
                       ev.fiscal_year_start_month AS fiscal, n.points::bigint AS value
                  FROM new_entries n JOIN credit_events ev ON ev.id = n.event_id
                UNION ALL
                SELECT 'WON_DEAL_INFLUENCE', n.beneficiary_id, min(n.booked_at), ev.fiscal_year_start_month, 1
                  FROM new_entries n JOIN credit_events ev ON ev.id = n.event_id
                 WHERE ev.type = 'DEAL_WON' AND n.generation = 0
                 GROUP BY n.event_id, n.beneficiary_id, ev.fiscal_year_start_month) d
          CROSS JOIN LATERAL credit_periods(d.at, d.fiscal) p
         GROUP BY 1, 2, 3, 4 HAVING sum(d.value) <> 0
        ON CONFLICT (metric, period_kind, period_start, user_id) DO UPDATE SET value = credit_rollups.value + EXCLUDED.value;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "TR_credit_entries_rollups" AFTER INSERT ON "credit_entries"
      REFERENCING NEW TABLE AS new_entries FOR EACH STATEMENT EXECUTE FUNCTION credit_rollups_from_entries()`);
    // REUSES_RECEIVED for every author but the actor of a counted reuse or an adaptation; CONTRIBUTIONS per publication.
    await queryRunner.query(`CREATE FUNCTION credit_rollups_from_events() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        INSERT INTO credit_rollups (metric, period_kind, period_start, user_id, value)
        SELECT m.metric, p.kind, p.start, (a->>'userId')::uuid, count(*)
          FROM new_events n
          CROSS JOIN LATERAL (SELECT CASE
                   WHEN n.type = 'PUBLISHED' THEN 'CONTRIBUTIONS'
                   WHEN n.type = 'ADAPTED' OR (n.type = 'REUSE'
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
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "TR_credit_events_rollups" AFTER INSERT ON "credit_events"
      REFERENCING NEW TABLE AS new_events FOR EACH STATEMENT EXECUTE FUNCTION credit_rollups_from_events()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "TR_credit_events_rollups" ON "credit_events"`);
    await queryRunner.query(`DROP FUNCTION credit_rollups_from_events()`);
    await queryRunner.query(`DROP TRIGGER "TR_credit_entries_rollups" ON "credit_entries"`);
    await queryRunner.query(`DROP FUNCTION credit_rollups_from_entries()`);
    await queryRunner.query(`DROP FUNCTION credit_periods(timestamptz, smallint)`);
    await queryRunner.query(`DROP TRIGGER "TR_credit_entries_chain" ON "credit_entries"`);
    await queryRunner.query(`DROP TRIGGER "TR_credit_entries_no_delete" ON "credit_entries"`);
    await queryRunner.query(`DROP TRIGGER "TR_credit_entries_append_only" ON "credit_entries"`);
    await queryRunner.query(`DROP FUNCTION credit_entry_link_only()`);
    await queryRunner.query(`CREATE TRIGGER "TR_credit_entries_append_only" BEFORE UPDATE OR DELETE ON "credit_entries"
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
    await queryRunner.query(`DROP FUNCTION credit_chain_link()`);
    await queryRunner.query(`DROP FUNCTION credit_entry_canonical(credit_entries, bigint)`);
    await queryRunner.query(`DROP INDEX "public"."UQ_credit_entries_chain_position"`);
    await queryRunner.query(`ALTER TABLE "credit_entries" DROP COLUMN "chain_hash", DROP COLUMN "chain_position"`);
    await queryRunner.query(
      `ALTER TABLE "credit_events" DROP COLUMN "fiscal_year_start_month", DROP COLUMN "booked_at"`,
    );
  }
}

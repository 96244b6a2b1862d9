-- The numbers of authorship reports for many subjects at once, one row per subject.
-- A subject is one person or a team; $1/$2 pair each subject with the people it stands for
-- (a person: just them; a team: every member), so a team and its members take one round trip.
--   $1 text[]       subject keys, one per (subject, person) pair
--   $2 uuid[]       the person of each pair
--   $3 timestamptz  period start (inclusive)
--   $4 timestamptz  period end (exclusive)
--   $5 text         period kind, for the credit rollups
-- Reuse, endorsement and deal counts are over the assets the subject's people author now (authorships);
-- "by others" means by someone who is not an author of that asset, the same rule as credit (no self-credit).
WITH s AS (
  SELECT * FROM unnest($1::text[], $2::uuid[]) AS s(subject, user_id)
),
mine AS (
  SELECT DISTINCT s.subject, au.asset_id
    FROM s JOIN authorships au ON au.user_id = s.user_id
),
-- Reuses of the subjects' assets by someone who is not an author of the asset, counted once per asset, kind and
-- reusing person (a team and its members share assets: each asset's reuses are read once, then added up per subject).
received AS (
  SELECT re.asset_id, re.kind::text AS kind, re.actor_id, count(*)::int AS n
    FROM (SELECT DISTINCT asset_id FROM mine) m
    JOIN reuse_events re ON re.asset_id = m.asset_id AND re.occurred_at >= $3 AND re.occurred_at < $4
   WHERE NOT EXISTS (SELECT 1 FROM authorships x WHERE x.asset_id = re.asset_id AND x.user_id = re.actor_id)
   GROUP BY re.asset_id, re.kind, re.actor_id
),
received_by_kind AS (
  SELECT subject, json_object_agg(kind, n) AS by_kind
    FROM (SELECT m.subject, r.kind, sum(r.n)::int AS n
            FROM mine m JOIN received r ON r.asset_id = m.asset_id
           GROUP BY m.subject, r.kind) k
   GROUP BY subject
),
reach AS (
  SELECT m.subject,
         count(DISTINCT r.actor_id)::int AS unique_reusers,
         count(DISTINCT u.team_id)::int AS teams_reached
    FROM mine m JOIN received r ON r.asset_id = m.asset_id JOIN users u ON u.id = r.actor_id
   WHERE r.kind <> 'VIEW'
   GROUP BY m.subject
),
endorsed AS (
  SELECT subject, json_object_agg(kind, n) AS by_kind
    FROM (SELECT m.subject, e.kind::text AS kind, count(*)::int AS n
            FROM mine m
            JOIN endorsements e ON e.asset_id = m.asset_id AND e.created_at >= $3 AND e.created_at < $4
           WHERE e.withdrawn_at IS NULL
           GROUP BY m.subject, e.kind) k
   GROUP BY subject
),
authored AS (
  SELECT m.subject,
         count(*) FILTER (WHERE a.published_at < $4)::int AS assets_authored,
         count(*) FILTER (WHERE a.published_at >= $3 AND a.published_at < $4)::int AS contributing
    FROM mine m JOIN assets a ON a.id = m.asset_id
   WHERE a.published_at IS NOT NULL
   GROUP BY m.subject
),
derived AS (
  SELECT m.subject, count(DISTINCT d.id)::int AS derived_assets
    FROM mine m JOIN assets d ON d.derived_from_id = m.asset_id
   WHERE d.published_at >= $3 AND d.published_at < $4
   GROUP BY m.subject
),
-- Deals won in the period in which one of the subject's assets was used (deal_asset_uses: a USED_IN_DEAL reuse or a
-- share link the buyer viewed), whenever the use was recorded: from the subject's assets through the partial index of
-- USED_IN_DEAL reuses (IX_reuse_events_used_in_deal) and the share links' asset index to the deals.
won AS (
  SELECT subject, count(*)::int AS won_deals, coalesce(sum(amount), 0)::float8 AS won_amount
    FROM (SELECT DISTINCT m.subject, d.id, d.amount
            FROM mine m
            JOIN deal_asset_uses re ON re.asset_id = m.asset_id
            JOIN deals d ON d.id = re.deal_id
           WHERE d.outcome = 'WON' AND d.closed_at >= $3 AND d.closed_at < $4) w
   GROUP BY subject
),
shared AS (
  SELECT s.subject, count(*)::int AS sharing
    FROM s
    JOIN reuse_events re ON re.actor_id = s.user_id AND re.occurred_at >= $3 AND re.occurred_at < $4
   WHERE re.kind <> 'VIEW'
     AND NOT EXISTS (SELECT 1 FROM authorships x WHERE x.asset_id = re.asset_id AND x.user_id = re.actor_id)
   GROUP BY s.subject
),
-- Participating: endorsements given (not withdrawn), comments and answers written, and questions asked in the period.
participated AS (
  SELECT subject, sum(n)::int AS participating
    FROM (SELECT s.subject, count(*) AS n
            FROM s
            JOIN endorsements e ON e.endorser_id = s.user_id AND e.created_at >= $3 AND e.created_at < $4
           WHERE e.withdrawn_at IS NULL
           GROUP BY s.subject
          UNION ALL
          SELECT s.subject, count(*) AS n
            FROM s
            JOIN comments c ON c.author_id = s.user_id AND c.created_at >= $3 AND c.created_at < $4
           GROUP BY s.subject
          UNION ALL
          SELECT s.subject, count(*) AS n
            FROM s
            JOIN questions q ON q.asker_id = s.user_id AND q.created_at >= $3 AND q.created_at < $4
           GROUP BY s.subject) p
   GROUP BY subject
),
credit AS (
  SELECT s.subject, sum(r.value)::int AS credit
    FROM s
    JOIN credit_rollups r ON r.metric = 'CREDIT' AND r.period_kind = $5 AND r.period_start = $3 AND r.user_id = s.user_id
   GROUP BY s.subject
)
SELECT sub.subject,
       coalesce(c.credit, 0) AS credit,
       coalesce(au.assets_authored, 0) AS "assetsAuthored",
       coalesce(rk.by_kind, '{}') AS "reusesReceived",
       coalesce(rr.unique_reusers, 0) AS "uniqueReusers",
       coalesce(rr.teams_reached, 0) AS "teamsReached",
       coalesce(en.by_kind, '{}') AS "endorsementsReceived",
       coalesce(dv.derived_assets, 0) AS "derivedAssets",
       coalesce(w.won_deals, 0) AS "wonDealsInfluenced",
       coalesce(w.won_amount, 0) AS "wonAmountInfluenced",
       coalesce(sh.sharing, 0) AS sharing,
       coalesce(pa.participating, 0) AS participating,
       coalesce(au.contributing, 0) AS contributing
  FROM (SELECT DISTINCT subject FROM s) sub
  LEFT JOIN credit c ON c.subject = sub.subject
  LEFT JOIN authored au ON au.subject = sub.subject
  LEFT JOIN received_by_kind rk ON rk.subject = sub.subject
  LEFT JOIN reach rr ON rr.subject = sub.subject
  LEFT JOIN endorsed en ON en.subject = sub.subject
  LEFT JOIN derived dv ON dv.subject = sub.subject
  LEFT JOIN won w ON w.subject = sub.subject
  LEFT JOIN shared sh ON sh.subject = sub.subject
  LEFT JOIN participated pa ON pa.subject = sub.subject

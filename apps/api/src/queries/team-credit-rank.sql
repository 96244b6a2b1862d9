-- Rank of a team among teams by the summed credit of their members (everyone in the team now, whatever their
-- status) for one period; standard competition ranking among teams with positive credit. No row: not ranked.
--   $1 text         period kind
--   $2 timestamptz  period start
--   $3 uuid         the team
WITH totals AS (
  SELECT u.team_id, sum(r.value) AS value
    FROM credit_rollups r JOIN users u ON u.id = r.user_id
   WHERE r.metric = 'CREDIT' AND r.period_kind = $1 AND r.period_start = $2 AND u.team_id IS NOT NULL
   GROUP BY u.team_id
)
SELECT 1 + (SELECT count(*) FROM totals o WHERE o.value > t.value)::int AS rank
  FROM totals t
 WHERE t.team_id = $3 AND t.value > 0

-- The CREDIT leaderboard of a quarter as it stands, for the snapshot taken when the quarter is closed: the board the
-- `leaderboard` query shows (active people with positive credit, standard competition ranking), every person on it,
-- ordered by rank then user id.
--   $1 timestamptz  quarter start
SELECT rank() OVER (ORDER BY r.value DESC)::int AS rank, r.user_id AS "userId", u.name, r.value::bigint::text AS value
  FROM credit_rollups r JOIN users u ON u.id = r.user_id
 WHERE r.metric = 'CREDIT' AND r.period_kind = 'QUARTER' AND r.period_start = $1 AND r.value > 0 AND u.status = 'ACTIVE'
 ORDER BY rank, r.user_id

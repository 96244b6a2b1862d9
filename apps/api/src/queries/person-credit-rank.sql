-- Rank of people on the organisation's CREDIT leaderboard for one period, as the leaderboard shows it:
-- active people with positive credit, standard competition ranking (1, 2, 2, 4). People not on it get no row.
-- One pass over the period's board, so a team's members cost the same as one person.
--   $1 text         period kind
--   $2 timestamptz  period start
--   $3 uuid[]       the people
SELECT user_id, rank
  FROM (SELECT r.user_id, rank() OVER (ORDER BY r.value DESC)::int AS rank
          FROM credit_rollups r JOIN users u ON u.id = r.user_id
         WHERE r.metric = 'CREDIT' AND r.period_kind = $1 AND r.period_start = $2 AND r.value > 0 AND u.status = 'ACTIVE') board
 WHERE user_id = ANY($3)

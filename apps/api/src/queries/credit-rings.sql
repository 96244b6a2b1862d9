-- Pairs of people who mostly credit each other in a period, for review (nothing is taken away automatically).
-- A flow A→B is the net credit B received in the period from A's actions (reuses, adaptations, endorsements and
-- their withdrawals, won deals, lineage); publication credit is authorship, not one person crediting another, and
-- credit from one's own actions is no flow. A pair is flagged when both flows reach the threshold and each is at
-- least half of everything its receiver got from other people in the period.
--   $1 timestamptz  period start
--   $2 timestamptz  period end (exclusive)
--   $3 int          the least points each way
WITH flows AS (
  SELECT actor_id AS giver, beneficiary_id AS receiver, sum(points)::bigint AS points
    FROM credit_entries
   WHERE booked_at >= $1 AND booked_at < $2 AND actor_id <> beneficiary_id AND reason <> 'PUBLISHED'
   GROUP BY actor_id, beneficiary_id
),
received AS (
  SELECT receiver, sum(points) AS total FROM flows GROUP BY receiver
)
SELECT ab.giver AS a, ab.receiver AS b,
       ab.points::int AS a_to_b, ba.points::int AS b_to_a,
       ra.total::int AS received_a, rb.total::int AS received_b
  FROM flows ab
  JOIN flows ba ON ba.giver = ab.receiver AND ba.receiver = ab.giver
  JOIN received ra ON ra.receiver = ab.giver
  JOIN received rb ON rb.receiver = ab.receiver
 WHERE ab.giver < ab.receiver
   AND ab.points >= $3 AND ba.points >= $3
   AND ba.points * 2 >= ra.total AND ab.points * 2 >= rb.total
 ORDER BY least(ab.points, ba.points) DESC, ab.giver, ab.receiver
 LIMIT 200

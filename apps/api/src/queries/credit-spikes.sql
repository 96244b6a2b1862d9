-- People whose credit on one UTC day is far above their usual, for review (nothing is taken away automatically).
-- A person's credit on a day is the net sum of their ledger entries that occurred that day. Their usual is the median
-- of their daily credit over the 90 days before it, days without credit counting as 0. A day is flagged when its
-- credit reaches the floor and is more than `ratio` times that median (with a quiet history, a median of 0, any
-- day at the floor is flagged). Each flag lists the events that made the day's credit, largest first.
--   $1 timestamptz  period start
--   $2 timestamptz  period end (exclusive)
--   $3 int          the floor: the least credit in a day to be flagged
--   $4 numeric      the ratio to the median the day's credit must pass
--   $5 int          at most this many events listed per flag
WITH daily AS (
  SELECT beneficiary_id AS user_id, date_trunc('day', occurred_at AT TIME ZONE 'UTC') AS day, sum(points)::int AS points
    FROM credit_entries
   WHERE occurred_at >= $1::timestamptz - interval '90 days' AND occurred_at < $2
   GROUP BY 1, 2
),
flagged AS (
  SELECT c.user_id, c.day, c.points, usual.median
    FROM daily c
    CROSS JOIN LATERAL (
      SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY coalesce(d.points, 0)) AS median
        FROM generate_series(c.day - interval '90 days', c.day - interval '1 day', interval '1 day') s(day)
        LEFT JOIN daily d ON d.user_id = c.user_id AND d.day = s.day
    ) usual
   WHERE c.day >= ($1::timestamptz AT TIME ZONE 'UTC') AND c.points >= $3 AND c.points > $4 * usual.median
)
SELECT f.user_id, f.day AT TIME ZONE 'UTC' AS day, f.points, f.median::float8 AS median,
       (SELECT json_agg(json_build_object('eventId', ev.id, 'type', ev.type, 'actorId', ev.actor_id,
                 'assetId', ev.asset_id, 'occurredAt', ev.occurred_at, 'points', e.points)
                 ORDER BY e.points DESC, ev.occurred_at, ev.id)
          FROM (SELECT event_id, sum(points)::int AS points
                  FROM credit_entries
                 WHERE beneficiary_id = f.user_id
                   AND occurred_at >= f.day AT TIME ZONE 'UTC' AND occurred_at < (f.day + interval '1 day') AT TIME ZONE 'UTC'
                 GROUP BY event_id
                 ORDER BY sum(points) DESC, event_id
                 LIMIT $5) e
          JOIN credit_events ev ON ev.id = e.event_id) AS events
  FROM flagged f
 ORDER BY f.day DESC, f.points DESC, f.user_id
 LIMIT 200

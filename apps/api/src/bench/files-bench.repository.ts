import type pg from 'pg';

/** Seeded assets' text, a page at a time in id order (`after` the last id of the page before). */
export async function assetTextPage(
  sql: pg.ClientBase,
  after: string | null,
  limit: number,
): Promise<{ id: string; text: string }[]> {
  const { rows } = await sql.query<{ id: string; text: string }>(
    `SELECT id, concat_ws(E'\\n', title, summary, body) AS text FROM assets
      WHERE $1::uuid IS NULL OR id > $1 ORDER BY id LIMIT $2`,
    [after, limit],
  );
  return rows;
}

/** Whole-text signatures of many assets and their bands, in one statement (as the similarity repository stores them). */
export async function insertSignatures(
  sql: pg.ClientBase,
  rows: { assetId: string; minhash: number[]; shingles: number; bandKeys: string[] }[],
): Promise<void> {
  await sql.query(
    `WITH input AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS r("assetId" uuid, minhash int[], shingles int, "bandKeys" bigint[])
     ), stored AS (
       INSERT INTO similarity_signatures (asset_id, part, minhash, shingles)
       SELECT i."assetId", '', i.minhash, i.shingles FROM input i
       RETURNING id, asset_id
     )
     INSERT INTO similarity_bands (band_key, signature_id)
     SELECT DISTINCT k.key, s.id FROM stored s JOIN input i ON i."assetId" = s.asset_id CROSS JOIN unnest(i."bandKeys") AS k(key)`,
    [JSON.stringify(rows)],
  );
}

/** A published asset created now, newer than every seeded one: the asset whose text the lookups check. */
export async function insertProbeAsset(sql: pg.ClientBase, authorId: string): Promise<string> {
  const { rows } = await sql.query<{ id: string }>(
    `WITH a AS (INSERT INTO assets (kind, title, body, visibility, status, team_id, created_by, published_at)
                SELECT 'CLIENT_FACING', 'Probe', 'Probe', 'ORG', 'PUBLISHED', u.team_id, u.id, now()
                  FROM users u WHERE u.id = $1 RETURNING id, created_by)
     , au AS (INSERT INTO authorships (asset_id, user_id, role, share) SELECT id, created_by, 'LEAD_AUTHOR', 100 FROM a)
     SELECT id FROM a`,
    [authorId],
  );
  return rows[0].id;
}

export async function analyzeSimilarity(sql: pg.ClientBase): Promise<void> {
  await sql.query('ANALYZE similarity_signatures, similarity_bands, assets');
}

export async function bandRows(sql: pg.ClientBase): Promise<number> {
  const { rows } = await sql.query<{ n: number }>('SELECT count(*)::int AS n FROM similarity_bands');
  return rows[0].n;
}

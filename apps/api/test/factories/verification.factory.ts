import { DataSource } from 'typeorm';
import type { TestApp } from '../support/test-app.js';

/** Moves an asset's publication (and its last verification, if any) `days` into the past, as if time had passed. */
export async function ageAsset(app: TestApp, assetId: string, days: number): Promise<void> {
  const db = app.byline.app.get(DataSource);
  await db.query(
    `UPDATE assets SET published_at = published_at - make_interval(days => $2), created_at = created_at - make_interval(days => $2)
      WHERE id = $1`,
    [assetId, days],
  );
  await db.query(
    `UPDATE asset_verification_states SET verified_at = verified_at - make_interval(days => $2) WHERE asset_id = $1`,
    [assetId, days],
  );
}

/** Records that `userId` last verified the asset `days` ago (its publication stays where it is). */
export async function verifiedDaysAgo(app: TestApp, assetId: string, userId: string, days: number): Promise<void> {
  await app.byline.app.get(DataSource).query(
    `INSERT INTO asset_verification_states (asset_id, verified_at, verified_by)
     VALUES ($1, now() - make_interval(days => $3), $2)
     ON CONFLICT (asset_id) DO UPDATE SET verified_at = EXCLUDED.verified_at, verified_by = EXCLUDED.verified_by`,
    [assetId, userId, days],
  );
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';

/** The first-run setup's own reads and its lock. */
@Injectable()
export class SetupRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Serialises concurrent first starts of several replicas on one database, until the transaction ends. */
  async lockUsers(em: EntityManager): Promise<void> {
    await em.query('LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE');
  }

  /** Whether the person has a standing (not withdrawn) endorsement of this kind on the asset. */
  async hasStandingEndorsement(em: EntityManager, assetId: string, endorserId: string, kind: string): Promise<boolean> {
    const rows: unknown[] = await em.query(
      'SELECT 1 FROM endorsements WHERE asset_id = $1 AND endorser_id = $2 AND kind = $3 AND withdrawn_at IS NULL',
      [assetId, endorserId, kind],
    );
    return rows.length > 0;
  }

  /** Everyone with an email, with the name of their team. */
  people(): Promise<{ id: string; email: string; team: string | null }[]> {
    return this.dataSource.query(
      'SELECT u.id, u.email, t.name AS team FROM users u LEFT JOIN teams t ON t.id = u.team_id WHERE u.email IS NOT NULL',
    );
  }

  /** Every asset's id and title. */
  assetTitles(): Promise<{ id: string; title: string }[]> {
    return this.dataSource.query('SELECT id, title FROM assets');
  }
}

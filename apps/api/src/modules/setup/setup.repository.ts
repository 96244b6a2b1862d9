import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { DemoAccount } from './demo-data.js';

/**
 * The first-run setup's statements. Loading the demo writes a few rows of tables other capabilities own (accounts,
 * an asset's reuse counter) the way their own write paths do, without those paths' checks and events.
 */
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

  /** Counts one more (credited) reuse of the asset. */
  async countReuse(em: EntityManager, assetId: string): Promise<void> {
    await em.query('UPDATE assets SET reuse_count = reuse_count + 1 WHERE id = $1', [assetId]);
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

  async insertAccounts(em: EntityManager, accounts: DemoAccount[]): Promise<void> {
    await em.query(
      `INSERT INTO accounts (name, industry, headquarters, employees, year_established)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[])`,
      [
        accounts.map((a) => a.name),
        accounts.map((a) => a.industry),
        accounts.map((a) => a.headquarters),
        accounts.map((a) => a.employees),
        accounts.map((a) => a.yearEstablished),
      ],
    );
  }
}

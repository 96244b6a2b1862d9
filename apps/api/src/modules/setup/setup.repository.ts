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

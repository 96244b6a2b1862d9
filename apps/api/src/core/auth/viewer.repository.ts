import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Role, UserStatus } from '../../modules/user/user.entity.js';
import { GenerateSql } from '../database/generate-sql.js';

export interface ViewerRow {
  id: string;
  role: Role;
  status: UserStatus;
  team_id: string | null;
}

/** The one statement that tells who a request's user is. */
@Injectable()
export class ViewerRepository {
  constructor(private readonly dataSource: DataSource) {}

  @GenerateSql({ params: ['00000000-0000-0000-0000-000000000001'] })
  async user(id: string): Promise<ViewerRow | undefined> {
    const rows: ViewerRow[] = await this.dataSource.query('SELECT id, role, status, team_id FROM users WHERE id = $1', [
      id,
    ]);
    return rows[0];
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { GenerateSql, SQL_MANAGER } from '../../core/database/generate-sql.js';

/** The user and deal an embed token names, when both exist and the user may see the deal. */
export interface PanelTarget {
  userId: string;
  dealId: string;
}

@Injectable()
export class EmbedRepository {
  /**
   * The active user of this email and the deal of this CRM id, in one row, or none. Every signed-in user may see
   * every deal (as the deal query does), so the deal only has to exist.
   */
  @GenerateSql({ params: [SQL_MANAGER, 'someone@example.com', 'crm-1'] })
  async panelTarget(em: EntityManager, email: string, crmId: string): Promise<PanelTarget | null> {
    const [row] = await em.query<{ user_id: string; deal_id: string }[]>(
      `SELECT u.id AS user_id, d.id AS deal_id
         FROM users u JOIN deals d ON d.external_id = $2
        WHERE u.email = $1 AND u.status = 'ACTIVE'`,
      [email, crmId],
    );
    return row ? { userId: row.user_id, dealId: row.deal_id } : null;
  }

  /**
   * Records an exchanged token by its jti's hash until it expires; false when it was exchanged before. Entries of
   * expired tokens are pruned first: those tokens are refused as expired anyway.
   */
  async claimToken(em: EntityManager, jtiHash: string, expiresAt: Date): Promise<boolean> {
    await em.query('DELETE FROM embed_token_uses WHERE expires_at < now()');
    const claimed = await em.query<unknown[]>(
      'INSERT INTO embed_token_uses (jti_hash, expires_at) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1',
      [jtiHash, expiresAt],
    );
    return claimed.length === 1;
  }
}

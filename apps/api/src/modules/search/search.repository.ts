import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../core/auth/viewer.js';
import { GenerateSql } from '../../core/database/generate-sql.js';
import { ReadDatabase } from '../../core/database/read-database.js';
import { positional, visibleAssets } from '../asset/asset-visibility.js';
import { Role } from '../user/user.entity.js';

// Accented Latin letters folded to their base letter, so "Jose" finds "José" and "muller" finds "Müller"; ILIKE then
// ignores case. A plain translate() rather than the unaccent extension, which the embedded database does not ship;
// the two alphabets travel as parameters ($2 and $3 in every statement) and the text is folded here the same way.
const ACCENTED = 'áàâäãåāăąçćčďéèêëēėęěíìîïīįłñńňóòôöõøōőœŕřśšşťúùûüūůűųýÿźżž';
const BASE: Record<string, string> = { ł: 'l', ø: 'o', œ: 'o' };
const plain = (letters: string) => [...letters].map((c) => BASE[c] ?? c.normalize('NFD')[0]).join('');
const FROM = ACCENTED + ACCENTED.toUpperCase();
const TO = plain(ACCENTED) + plain(ACCENTED).toUpperCase();
const FOLDS = new Map([...FROM].map((c, i) => [c, [...TO][i]]));
const fold = (sql: string) => `translate(${sql}, $2, $3)`;

/** The text folded as `fold` folds a column, as a LIKE pattern body: its wildcards and escape taken literally. */
const likeBody = (text: string) =>
  [...text]
    .map((c) => FOLDS.get(c) ?? c)
    .join('')
    .replace(/[%_\\]/g, '\\$&');

/** The first parameters of every statement: the pattern body, then the folding alphabets. */
const textParams = (text: string): unknown[] => [likeBody(text), FROM, TO];

const VIEWER: Viewer = { id: '00000000-0000-0000-0000-000000000001', role: Role.MEMBER, teamId: null };

/**
 * The header search's statements: for each kind, the ids of the best matches in order (the callers read the rows
 * through their modules, which map them as everywhere else). `$1` is the text as the body of a LIKE pattern.
 */
@Injectable()
export class SearchRepository {
  constructor(private readonly reads: ReadDatabase) {}

  /**
   * Published assets the viewer may see (the asset module's one visibility rule), matching by full text (weighted
   * title > summary > body) or, for a word still being typed, by a title containing the text.
   */
  @GenerateSql({ params: [VIEWER, 'discovery', 5] })
  async assetIds(viewer: Viewer, text: string, limit: number): Promise<string[]> {
    const params: unknown[] = [...textParams(text), text];
    const visible = positional(visibleAssets('a', viewer), params);
    const rows: { id: string }[] = await this.reads.query(
      `SELECT a.id FROM assets a
        WHERE a.status = 'PUBLISHED' AND ${visible}
          AND (a.search @@ websearch_to_tsquery('english', $4) OR ${fold('a.title')} ILIKE '%' || $1::text || '%')
        ORDER BY ts_rank(a.search, websearch_to_tsquery('english', $4)) DESC,
                 ${fold('a.title')} ILIKE $1::text || '%' DESC, a.published_at DESC, a.id
        LIMIT $${params.push(limit)}`,
      params,
    );
    return rows.map((r) => r.id);
  }

  /**
   * People whose name, job title or team name contains the text; names starting with it first, then names with a
   * word starting with it. Only active people unless `everyone` (admins), and then the active ones first.
   */
  @GenerateSql({ params: ['rossi', false, 5] })
  async personIds(text: string, everyone: boolean, limit: number): Promise<string[]> {
    const contains = `'%' || $1::text || '%'`;
    const rows: { id: string }[] = await this.reads.query(
      `SELECT u.id FROM users u LEFT JOIN teams t ON t.id = u.team_id
        WHERE ($4 OR u.status = 'ACTIVE')
          AND (${fold('u.name')} ILIKE ${contains} OR ${fold("coalesce(u.title, '')")} ILIKE ${contains}
               OR ${fold("coalesce(t.name, '')")} ILIKE ${contains})
        ORDER BY u.status = 'ACTIVE' DESC, ${fold('u.name')} ILIKE $1::text || '%' DESC,
                 ${fold('u.name')} ILIKE '% ' || $1::text || '%' DESC, lower(u.name), u.id
        LIMIT $5`,
      [...textParams(text), everyone, limit],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Deals whose name or account name contains the text: the viewer's own first, then open ones, then names starting
   * with it, then the latest activity.
   */
  @GenerateSql({ params: [VIEWER, 'acme', 5] })
  async dealIds(viewer: Viewer, text: string, limit: number): Promise<string[]> {
    const contains = `'%' || $1::text || '%'`;
    const rows: { id: string }[] = await this.reads.query(
      `SELECT d.id FROM deals d LEFT JOIN accounts a ON a.id = d.account_id
        WHERE ${fold('d.name')} ILIKE ${contains} OR ${fold("coalesce(a.name, '')")} ILIKE ${contains}
        ORDER BY d.owner_id IS NOT DISTINCT FROM $4 DESC, d.outcome = 'OPEN' DESC,
                 ${fold('d.name')} ILIKE $1::text || '%' DESC,
                 coalesce(d.closed_at, d.engaged_at, d.created_at) DESC, d.id
        LIMIT $5`,
      [...textParams(text), viewer.id, limit],
    );
    return rows.map((r) => r.id);
  }
}

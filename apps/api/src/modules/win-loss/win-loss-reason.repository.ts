import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { WinLossReasonObject } from './dto/win-loss-reason.object.js';

const COLUMNS = 'id, label, sort_order AS "sortOrder", archived';

/** Every statement on `win_loss_reasons`, the one writer of the reasons list. */
@Injectable()
export class WinLossReasonRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Adds these reasons, in order, to an empty list (one statement; concurrent callers are kept apart by the unique index). */
  async seedEmpty(em: EntityManager, labels: readonly string[]): Promise<void> {
    await em.query(
      `INSERT INTO win_loss_reasons (label, sort_order)
       SELECT label, ord::int * 10 FROM unnest($1::text[]) WITH ORDINALITY AS d(label, ord)
        WHERE NOT EXISTS (SELECT 1 FROM win_loss_reasons)
       ON CONFLICT DO NOTHING`,
      [[...labels]],
    );
  }

  list(includeArchived: boolean): Promise<WinLossReasonObject[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM win_loss_reasons WHERE $1 OR NOT archived ORDER BY sort_order, lower(label), id`,
      [includeArchived],
    );
  }

  async findByLabel(em: EntityManager, label: string): Promise<WinLossReasonObject | undefined> {
    const [existing] = await em.query<WinLossReasonObject[]>(
      `SELECT ${COLUMNS} FROM win_loss_reasons WHERE lower(label) = lower($1)`,
      [label],
    );
    return existing;
  }

  /** Archives or restores a reason; undefined when there is no such reason. */
  async setArchived(em: EntityManager, id: string, archived: boolean): Promise<WinLossReasonObject | undefined> {
    const [rows] = await em.query<[WinLossReasonObject[], number]>(
      `UPDATE win_loss_reasons SET archived = $2 WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, archived],
    );
    return rows[0];
  }

  /** Adds a reason at the end of the list. */
  async append(em: EntityManager, label: string): Promise<WinLossReasonObject> {
    const [created] = await em.query<WinLossReasonObject[]>(
      `INSERT INTO win_loss_reasons (label, sort_order)
       SELECT $1, coalesce(max(sort_order), 0) + 10 FROM win_loss_reasons
       RETURNING ${COLUMNS}`,
      [label],
    );
    return created;
  }

  /** The list's spelling of these lower-cased labels: archived ones only when also in `keptLower`. */
  async labels(em: EntityManager, wantedLower: string[], keptLower: string[]): Promise<string[]> {
    const rows = await em.query<{ label: string }[]>(
      `SELECT label FROM win_loss_reasons WHERE lower(label) = ANY($1) AND (NOT archived OR lower(label) = ANY($2))`,
      [wantedLower, keptLower],
    );
    return rows.map((r) => r.label);
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { EXAMPLE_ID, GenerateSql, SQL_MANAGER } from '../../core/database/generate-sql.js';
import { positional, visibleAssets } from '../asset/asset-visibility.js';
import { worksOnDeal } from '../deal/deal-access.js';
import { Role } from '../user/user.entity.js';
import { TemplatePersonalisationEntity } from './template.entity.js';

const VIEWER: Viewer = { id: EXAMPLE_ID, role: Role.MEMBER, teamId: null };

/** A deal as a template is filled from it: its account and owner joined in. */
export interface DealForTemplate {
  id: string;
  name: string;
  product: string | null;
  stage: string | null;
  amount: number | null;
  competitor: string | null;
  closedAt: Date | null;
  accountName: string | null;
  accountIndustry: string | null;
  ownerName: string | null;
  ownerTitle: string | null;
}

/** A personalised copy's template as the viewer sees it now, and the template's text the copy was filled from. */
export interface CopyTemplateState {
  copyId: string;
  templateId: string;
  dealId: string;
  fromVersion: number;
  toVersion: number;
  fromBody: string | null;
  toBody: string;
}

/** Every statement on `template_personalisations`. */
@Injectable()
export class TemplateRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The deal, if the viewer works on it, with what a template needs. */
  @GenerateSql({ params: [SQL_MANAGER, VIEWER, EXAMPLE_ID] })
  async dealForTemplate(em: EntityManager, viewer: Viewer, dealId: string): Promise<DealForTemplate | null> {
    const params: unknown[] = [dealId];
    const worked = positional(worksOnDeal('d', viewer), params);
    const [row] = await em.query<DealForTemplate[]>(
      `SELECT d.id, d.name, d.product, d.stage, d.amount::float8 AS amount, d.competitor, d.closed_at AS "closedAt",
              ac.name AS "accountName", ac.industry AS "accountIndustry", u.name AS "ownerName", u.title AS "ownerTitle"
         FROM deals d LEFT JOIN accounts ac ON ac.id = d.account_id LEFT JOIN users u ON u.id = d.owner_id
        WHERE d.id = $1 AND ${worked}`,
      params,
    );
    return row ?? null;
  }

  /** Takes the lock of one template, person and deal for the transaction and reads their personalisation, if any. */
  @GenerateSql({ params: [SQL_MANAGER, EXAMPLE_ID, EXAMPLE_ID, EXAMPLE_ID] })
  async lockAndFind(
    em: EntityManager,
    templateId: string,
    actorId: string,
    dealId: string,
  ): Promise<TemplatePersonalisationEntity | null> {
    const [row] = await em.query<(TemplatePersonalisationEntity & { locked: unknown })[]>(
      `SELECT p.id, p.copy_id AS "copyId", p.template_version AS "templateVersion"
         FROM (SELECT pg_advisory_xact_lock(hashtextextended($1::text || $2::text || $3::text, 2))) l
         LEFT JOIN template_personalisations p ON p.template_id = $1::uuid AND p.actor_id = $2::uuid AND p.deal_id = $3::uuid`,
      [templateId, actorId, dealId],
    );
    return row?.id ? Object.assign(new TemplatePersonalisationEntity(), row) : null;
  }

  insert(
    em: EntityManager,
    row: Pick<TemplatePersonalisationEntity, 'templateId' | 'actorId' | 'dealId' | 'copyId' | 'templateVersion'>,
  ) {
    return em.save(em.create(TemplatePersonalisationEntity, row));
  }

  async setTemplateVersion(em: EntityManager, id: string, templateVersion: number): Promise<void> {
    await em.update(TemplatePersonalisationEntity, { id }, { templateVersion });
  }

  /** For each copy: its template (if the viewer still sees it), its version now and the text it was filled from. */
  @GenerateSql({ params: [VIEWER, [EXAMPLE_ID]] })
  async templateStates(viewer: Viewer, copyIds: readonly string[]): Promise<CopyTemplateState[]> {
    const params: unknown[] = [copyIds];
    const visible = positional(visibleAssets('t', viewer), params);
    return this.dataSource.query(
      `SELECT p.copy_id AS "copyId", p.template_id AS "templateId", p.deal_id AS "dealId",
              p.template_version AS "fromVersion", t.version AS "toVersion",
              v.snapshot->>'body' AS "fromBody", t.body AS "toBody"
         FROM template_personalisations p
         JOIN assets t ON t.id = p.template_id
         LEFT JOIN asset_versions v ON v.asset_id = t.id AND v.version = p.template_version
        WHERE p.copy_id = ANY($1::uuid[]) AND ${visible}`,
      params,
    );
  }
}

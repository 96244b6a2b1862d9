import { Injectable, Logger } from '@nestjs/common';
import type { CreditedReuseKind } from '@byline/credit';
import type { EntityManager } from 'typeorm';
import { VersionChange } from '../asset/asset-version.entity.js';
import { AssetEntity, AssetKind, AssetStatus, JourneyPhase, Visibility } from '../asset/asset.entity.js';
import { AssetRepository } from '../asset/asset.repository.js';
import { AuthorRole } from '../authorship/authorship.entity.js';
import { AuthorshipRepository } from '../authorship/authorship.repository.js';
import { CreditService } from '../credit/credit.service.js';
import { EndorsementEntity, EndorsementKind } from '../endorsement/endorsement.entity.js';
import { EndorsementRepository } from '../endorsement/endorsement.repository.js';
import { ReuseKind } from '../reuse/reuse-event.entity.js';
import { ReuseRepository } from '../reuse/reuse.repository.js';
import { TaxonomyKind } from '../taxonomy/taxonomy-term.entity.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { Role } from '../user/user.entity.js';
import { demoData } from './demo-data.js';
import { seededRandom } from './seeded-random.js';

const DAY = 24 * 3600 * 1000;

type Activity =
  | { at: Date; type: 'PUBLISH'; assetKey: string }
  | { at: Date; type: 'REUSE'; assetKey: string; actor: string; kind: ReuseKind }
  | { at: Date; type: 'ENDORSE'; assetKey: string; actor: string; kind: EndorsementKind; withdrawAfterDays?: number };

/**
 * The demo's content and a year of activity on it (publications, reuse, endorsements), recorded through the real
 * credit path in time order, so statements, leaderboards and charts have history and the ledger rebuilds exactly.
 */
@Injectable()
export class DemoActivity {
  private readonly logger = new Logger(DemoActivity.name);

  constructor(
    private readonly credit: CreditService,
    private readonly taxonomy: TaxonomyService,
    private readonly assetRows: AssetRepository,
    private readonly authorships: AuthorshipRepository,
    private readonly endorsements: EndorsementRepository,
    private readonly reuses: ReuseRepository,
  ) {}

  async load(
    em: EntityManager,
    people: Map<string, { id: string; teamId: string | null }>,
    teams: Map<string, string>,
    now = new Date(),
  ) {
    const { taxonomy, assets: demoAssets, organisation } = demoData();
    // Enablement verifies enablement material.
    const verifier = organisation.people.find((p) => p.role === Role.ENABLEMENT)?.email;
    await this.taxonomy.ensure(em, TaxonomyKind.INDUSTRY, [...taxonomy.industries]);
    await this.taxonomy.ensure(em, TaxonomyKind.BUYER_ROLE, [...taxonomy.buyerRoles]);
    await this.taxonomy.ensure(em, TaxonomyKind.PRODUCT, [...taxonomy.products]);
    const rand = seededRandom(20261127);
    const ids = new Map<string, string>();
    const assets = new Map<string, AssetEntity>();
    const activity: Activity[] = [];
    const emails = [...people.keys()];

    for (const demo of demoAssets) {
      const lead = people.get(demo.authors[0].email)!;
      const publishedAt = new Date(now.getTime() - demo.publishedDaysAgo * DAY + Math.floor(rand() * 8) * 3600 * 1000);
      const createdAt = new Date(publishedAt.getTime() - (1 + Math.floor(rand() * 5)) * DAY);
      const asset = await this.assetRows.insert(em, {
        kind: demo.kind as AssetKind,
        title: demo.title,
        summary: demo.summary,
        body: demo.body,
        visibility: demo.visibility as Visibility,
        status: AssetStatus.DRAFT,
        teamId: teams.get(demo.team) ?? lead.teamId,
        derivedFromId: demo.derivedFrom ? ids.get(demo.derivedFrom)! : null,
        isTemplate: demo.isTemplate ?? false,
        industries: demo.industries,
        buyerRoles: demo.buyerRoles,
        journeyPhases: demo.journeyPhases as JourneyPhase[],
        products: demo.products,
        tags: demo.tags,
        createdById: lead.id,
        createdAt,
        updatedAt: createdAt,
      });
      ids.set(demo.key, asset.id);
      assets.set(demo.key, asset);
      const authors = demo.authors.map((a) => ({
        assetId: asset.id,
        userId: people.get(a.email)!.id,
        role: a.role as AuthorRole,
        share: a.share,
      }));
      await this.authorships.insert(em, asset.id, authors);
      await this.assetRows.insertVersion(
        em,
        {
          assetId: asset.id,
          version: 1,
          change: VersionChange.CREATED,
          editedById: lead.id,
          snapshot: {
            kind: demo.kind,
            title: demo.title,
            summary: demo.summary,
            body: demo.body,
            visibility: demo.visibility,
            industries: demo.industries,
            buyerRoles: demo.buyerRoles,
            journeyPhases: demo.journeyPhases,
            products: demo.products,
            tags: demo.tags,
            authors: authors.map(({ userId, role, share }) => ({ userId, role, share })),
          },
        },
        createdAt,
      );
      if (demo.status !== 'PUBLISHED') continue;
      activity.push({ at: publishedAt, type: 'PUBLISH', assetKey: demo.key });
      if (demo.visibility === 'PRIVATE') continue;
      // Reuse by others, more for older and client-facing assets; TEAM assets only within their team.
      const authorEmails = new Set(demo.authors.map((a) => a.email));
      const audience = emails.filter(
        (e) => !authorEmails.has(e) && (demo.visibility === 'ORG' || people.get(e)!.teamId === teams.get(demo.team)),
      );
      const days = Math.max(1, Math.floor((now.getTime() - publishedAt.getTime()) / DAY));
      const count = Math.min(14, Math.floor(2 + rand() * 6 + days / 45 + (demo.kind === 'CLIENT_FACING' ? 3 : 0)));
      for (let i = 0; i < count && audience.length; i++) {
        const actor = audience[Math.floor(rand() * audience.length)];
        const roll = rand();
        const kind =
          roll < 0.35
            ? ReuseKind.VIEW
            : roll < 0.65
              ? ReuseKind.COPY
              : roll < 0.85
                ? ReuseKind.SHARE_WITH_CUSTOMER
                : ReuseKind.USED_IN_DEAL;
        activity.push({
          at: new Date(publishedAt.getTime() + Math.floor(rand() * days * DAY)),
          type: 'REUSE',
          assetKey: demo.key,
          actor,
          kind,
        });
      }
      if (rand() < 0.45 && audience.length) {
        const actor = audience[Math.floor(rand() * audience.length)];
        const kind = demo.kind === 'WIN_LOSS' || rand() < 0.3 ? EndorsementKind.HELPED_WIN : EndorsementKind.HELPFUL;
        activity.push({
          at: new Date(publishedAt.getTime() + Math.floor(rand() * days * DAY)),
          type: 'ENDORSE',
          assetKey: demo.key,
          actor,
          kind,
          withdrawAfterDays: rand() < 0.08 ? 3 : undefined,
        });
      }
      if (demo.kind === 'ENABLEMENT' && rand() < 0.5 && verifier && !authorEmails.has(verifier)) {
        activity.push({
          at: new Date(publishedAt.getTime() + 2 * DAY),
          type: 'ENDORSE',
          assetKey: demo.key,
          actor: verifier,
          kind: EndorsementKind.VERIFIED,
        });
      }
    }

    const withdrawals: { at: Date; endorsement: EndorsementEntity }[] = [];
    let recorded = 0;
    for (const a of activity.filter((x) => x.at <= now).sort((x, y) => x.at.getTime() - y.at.getTime())) {
      const asset = assets.get(a.assetKey)!;
      if (a.type === 'PUBLISH') {
        asset.status = AssetStatus.PUBLISHED;
        asset.publishedAt = a.at;
        await this.assetRows.save(em, asset);
        await this.credit.record(em, {
          kind: 'PUBLISHED',
          actorId: asset.createdById,
          assetId: asset.id,
          occurredAt: a.at,
        });
        if (asset.derivedFromId) {
          const result = await this.credit.record(em, {
            kind: 'ADAPTED',
            actorId: asset.createdById,
            assetId: asset.derivedFromId,
            derivedAssetId: asset.id,
            occurredAt: a.at,
          });
          await this.reuseRow(
            em,
            asset.derivedFromId,
            asset.createdById,
            ReuseKind.ADAPT,
            `adapt:${asset.id}`,
            a.at,
            result.awardedPoints,
            result.eventId,
          );
        }
      } else if (a.type === 'REUSE') {
        const actorId = people.get(a.actor)!.id;
        let points = 0;
        let eventId: string | null = null;
        if (a.kind !== ReuseKind.VIEW) {
          const result = await this.credit.record(em, {
            kind: 'REUSE',
            actorId,
            assetId: asset.id,
            reuseKind: a.kind as CreditedReuseKind,
            occurredAt: a.at,
          });
          points = result.awardedPoints;
          eventId = result.eventId;
        }
        await this.reuseRow(em, asset.id, actorId, a.kind, `demo:${recorded}`, a.at, points, eventId);
      } else {
        const actorId = people.get(a.actor)!.id;
        if (await this.endorsements.hasActive(em, asset.id, actorId, a.kind)) continue;
        const result = await this.credit.record(em, {
          kind: 'ENDORSED',
          actorId,
          assetId: asset.id,
          endorsementKind: a.kind,
          occurredAt: a.at,
        });
        const endorsement = await this.endorsements.insert(em, {
          assetId: asset.id,
          endorserId: actorId,
          kind: a.kind,
          comment:
            a.kind === EndorsementKind.HELPED_WIN ? 'Used this in a deal that closed; it made the difference.' : null,
          createdAt: a.at,
          creditEventId: result.eventId,
          pointsAwarded: result.awardedPoints,
        });
        if (a.withdrawAfterDays) {
          withdrawals.push({ at: new Date(a.at.getTime() + a.withdrawAfterDays * DAY), endorsement });
        }
      }
      recorded++;
    }
    for (const { at, endorsement } of withdrawals.filter((w) => w.at <= now)) {
      await this.credit.record(
        em,
        {
          kind: 'ENDORSEMENT_WITHDRAWN',
          actorId: endorsement.endorserId,
          assetId: endorsement.assetId,
          endorsementKind: endorsement.kind,
          occurredAt: at,
        },
        { reversesEventId: endorsement.creditEventId ?? undefined },
      );
      await this.endorsements.markWithdrawn(em, endorsement.id, at);
    }
    this.logger.log(`Demo content: ${demoAssets.length} assets and ${recorded} activities over the past year`);
  }

  private async reuseRow(
    em: EntityManager,
    assetId: string,
    actorId: string,
    kind: ReuseKind,
    clientEventId: string,
    at: Date,
    points: number,
    creditEventId: string | null,
  ) {
    await this.reuses.insert(em, {
      assetId,
      actorId,
      kind,
      dealId: null,
      clientEventId,
      occurredAt: at,
      pointsAwarded: points,
      creditEventId,
    });
  }
}

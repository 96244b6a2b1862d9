import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import type { CreditResult } from '@byline/credit';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../core/config/config.js';
import type { AppConfig } from '../../core/config/config.js';
import { AttachmentService } from '../attachment/attachment.service.js';
import type { AttachmentEntity } from '../attachment/attachment.entity.js';
import { CreditNotifier } from '../credit/credit-notifier.js';
import { CreditService } from '../credit/credit.service.js';
import type { NotificationEntity } from '../notification/notification.entity.js';
import { NotificationService } from '../notification/notification.service.js';
import { RenderedBodies, gatePage, gonePage, shareHeadTags, sharePage } from './share-page.js';
import type { PageFrame } from './share-page.js';
import { ShareRateLimitService } from './share-rate-limit.service.js';
import {
  MAX_TOKEN_LENGTH,
  addressHash,
  deviceClass,
  gateCookieEmail,
  gateCookieValue,
  hashShareToken,
  isAutomated,
} from './share-token.util.js';
import { ShareRepository } from './share.repository.js';
import type { OpenSession } from './share.repository.js';
import { isEmail } from './share.service.js';

/** The gate cookie's name; its path is the link's own, so each link has its own. */
export const GATE_COOKIE = 'byline_share_gate';
const GATE_TITLE = 'Shared with you';
/** A session counts (as a view) after this much visible time, or a second page. */
export const COUNTED_AFTER_SECONDS = 5;
/** A beacon may claim at most the wall time since the session's previous beacon plus this. */
export const BEACON_SLACK_SECONDS = 5;
const MAX_BEACON_SECONDS = 120;
const MAX_PAGES = 2000;
/** The most beacons one POST may carry (a tab that was offline sends what it kept). */
export const MAX_BEACONS_PER_POST = 20;

/** What the public routes know about a request. */
export interface ShareRequest {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  address: string;
  cookies: Record<string, string | undefined>;
  /** Whether the browser carries a Byline session (a signed-in user, perhaps the sharer). */
  signedIn: boolean;
}

export type PublicAnswer =
  | { status: 200 | 400 | 410; html: string }
  | { status: 303; location: string; cookie?: { value: string; maxAgeSeconds: number } }
  | { status: 429; retryAfter: number };

export type BeaconAnswer =
  { status: 204 | 410 } | { status: 400; message: string } | { status: 429; retryAfter: number };

export interface Beacon {
  viewer: string;
  visibleSeconds: number;
  pages: Record<string, number>;
  page: number | null;
}

const VIEWER = /^[A-Za-z0-9_-]{16,64}$/;

/** A beacon body as sent (JSON, or text holding JSON from navigator.sendBeacon), checked; a message when it is not. */
export function parseBeacon(body: unknown): Beacon | string {
  let value = body;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return 'The body must be JSON.';
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'The body must be a JSON object.';
  const b = value as Record<string, unknown>;
  if (typeof b.viewer !== 'string' || !VIEWER.test(b.viewer)) return 'viewer must be 16 to 64 of A-Z a-z 0-9 _ -';
  const seconds = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_BEACON_SECONDS;
  if (!seconds(b.visibleSeconds)) return `visibleSeconds must be a number from 0 to ${MAX_BEACON_SECONDS}`;
  const pageNumber = (k: unknown) => typeof k === 'string' && /^[1-9][0-9]{0,4}$/.test(k);
  const pages = b.pages ?? {};
  if (typeof pages !== 'object' || pages === null || Array.isArray(pages)) return 'pages must be an object';
  const entries = Object.entries(pages);
  if (entries.length > 100) return 'pages may name at most 100 pages';
  if (!entries.every(([k, v]) => pageNumber(k) && seconds(v))) {
    return `pages must map page numbers to seconds from 0 to ${MAX_BEACON_SECONDS}`;
  }
  const page = b.page ?? null;
  if (page !== null && !(typeof page === 'number' && pageNumber(String(page)))) {
    return 'page must be a page number or null';
  }
  return {
    viewer: b.viewer,
    visibleSeconds: b.visibleSeconds as number,
    pages: Object.fromEntries(entries),
    page: page,
  };
}

/**
 * The deltas a beacon may add: each at most the wall time since the session's previous beacon plus slack (so a
 * script cannot claim more time than passed), and the pages' seconds at most the visible seconds between them.
 */
export function clampBeacon(
  beacon: Pick<Beacon, 'visibleSeconds' | 'pages'>,
  idleSeconds: number,
): { visible: number; pages: Record<string, number> } {
  const allowance = Math.min(MAX_BEACON_SECONDS, Math.max(0, idleSeconds) + BEACON_SLACK_SECONDS);
  const visible = Math.min(beacon.visibleSeconds, allowance);
  const capped = Object.entries(beacon.pages).map(([page, s]) => [page, Math.min(s, visible)] as const);
  const sum = capped.reduce((total, [, s]) => total + s, 0);
  const scale = sum > visible && sum > 0 ? visible / sum : 1;
  return { visible, pages: Object.fromEntries(capped.map(([page, s]) => [page, s * scale])) };
}

/** A session's totals after a beacon: its clamped deltas added, and whether it now counts as a view. */
export function sessionAfter(
  open: Pick<OpenSession, 'visibleSeconds' | 'pageSeconds' | 'idleSeconds'> | null,
  beacon: Beacon,
): { visibleSeconds: number; pageSeconds: Record<string, number>; counted: boolean } {
  const delta = clampBeacon(beacon, open ? open.idleSeconds : 0);
  const pageSeconds = { ...(open?.pageSeconds ?? {}) };
  const room = () => Object.keys(pageSeconds).length < MAX_PAGES;
  for (const [page, seconds] of Object.entries(delta.pages)) {
    if (!(page in pageSeconds) && !room()) continue;
    pageSeconds[page] = Math.round(((pageSeconds[page] ?? 0) + seconds) * 10) / 10;
  }
  if (beacon.page !== null && !(String(beacon.page) in pageSeconds) && room()) pageSeconds[String(beacon.page)] = 0;
  const visibleSeconds = (open?.visibleSeconds ?? 0) + Math.round(delta.visible);
  const counted = visibleSeconds >= COUNTED_AFTER_SECONDS || Object.keys(pageSeconds).length >= 2;
  return { visibleSeconds, pageSeconds, counted };
}

/** The public side of share links: the buyer's page, its gate, its files and its view beacons. */
@Injectable()
export class ShareViewService {
  private readonly headTags: string;
  private readonly gone: string;
  private readonly bodies = new RenderedBodies();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly shares: ShareRepository,
    private readonly limits: ShareRateLimitService,
    private readonly attachments: AttachmentService,
    private readonly credit: CreditService,
    private readonly notifier: CreditNotifier,
    private readonly notifications: NotificationService,
  ) {
    // Read once: the web build does not change under a running server.
    this.headTags = shareHeadTags(config.webDist);
    this.gone = gonePage(this.headTags);
  }

  /** The body of every unknown, revoked and expired link's answer. */
  gonePage(): string {
    return this.gone;
  }

  /** The buyer's page; a person's load (not a preview, prefetch or scanner, nor a Byline user's) counts an open. */
  async page(token: string, req: ShareRequest, nonce: string): Promise<PublicAnswer> {
    const tokenHash = hashShareToken(token.slice(0, MAX_TOKEN_LENGTH + 1));
    const wait = await this.limits.page(req.address, tokenHash);
    if (wait) return { status: 429, retryAfter: wait };
    if (token.length > MAX_TOKEN_LENGTH) return { status: 410, html: this.gone };
    const countOpen = !isAutomated(req.method, req.headers) && !req.signedIn;
    const page = await this.shares.page(tokenHash, countOpen);
    if (!page?.live) return { status: 410, html: this.gone };
    // Behind the gate nothing of the asset shows, its title neither.
    if (page.requireEmail && !gateCookieEmail(this.config.jwtSecret, page.id, req.cookies[GATE_COOKIE])) {
      return { status: 200, html: gatePage(this.frame(GATE_TITLE, nonce), token) };
    }
    const body = this.bodies.get(page.assetId, page.assetVersion, page.body);
    return { status: 200, html: sharePage(this.frame(page.title, nonce), token, page, body) };
  }

  /** The email gate's answer: the buyer's email in a cookie bound to the link, then back to the page. */
  async gate(token: string, email: unknown, req: ShareRequest, nonce: string): Promise<PublicAnswer> {
    const tokenHash = hashShareToken(token.slice(0, MAX_TOKEN_LENGTH + 1));
    const wait = await this.limits.page(req.address, tokenHash);
    if (wait) return { status: 429, retryAfter: wait };
    const link = token.length > MAX_TOKEN_LENGTH ? null : await this.shares.byToken(tokenHash);
    if (!link?.live) return { status: 410, html: this.gone };
    const location = `/s/${encodeURIComponent(token)}`;
    if (!link.requireEmail) return { status: 303, location };
    const given = typeof email === 'string' ? email.trim().toLowerCase() : '';
    if (!isEmail(given)) {
      return {
        status: 400,
        html: gatePage(
          this.frame(GATE_TITLE, nonce),
          token,
          'Please enter a valid email address.',
          given.slice(0, 254),
        ),
      };
    }
    return {
      status: 303,
      location,
      cookie: { value: gateCookieValue(this.config.jwtSecret, link.id, given), maxAgeSeconds: 30 * 86400 },
    };
  }

  /** An attachment of the link's asset; null when there is no such file (or the gate is not passed). */
  async file(
    token: string,
    attachmentId: string,
    req: ShareRequest,
  ): Promise<{ attachment: AttachmentEntity; stream: Readable } | 'gone' | 'limited' | null> {
    const tokenHash = hashShareToken(token.slice(0, MAX_TOKEN_LENGTH + 1));
    if (await this.limits.page(req.address, tokenHash)) return 'limited';
    const link = token.length > MAX_TOKEN_LENGTH ? null : await this.shares.byToken(tokenHash);
    if (!link?.live) return 'gone';
    if (link.requireEmail && !gateCookieEmail(this.config.jwtSecret, link.id, req.cookies[GATE_COOKIE])) return null;
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(attachmentId)) return null;
    return this.attachments.openOfAsset(link.assetId, attachmentId);
  }

  /**
   * A view beacon: adds this tab's visible time and time per page to its open session (or starts one). The first
   * time any session of the link is counted, the link is first viewed: the authors' credit is topped up (once per
   * link), its deal counts the asset as used, and the sharer is told.
   */
  async beacon(token: string, body: unknown, req: ShareRequest): Promise<BeaconAnswer> {
    return this.beaconOf(token, parseBeacon(body), req);
  }

  /**
   * Several beacons in one POST (`{ "beacons": [...] }`, at most MAX_BEACONS_PER_POST), each applied as if it came
   * alone, in order, and each counted by the rate limits; the answers in the same order.
   */
  async beacons(token: string, beacons: unknown, req: ShareRequest): Promise<BeaconAnswer[] | BeaconAnswer> {
    if (!Array.isArray(beacons) || beacons.length === 0 || beacons.length > MAX_BEACONS_PER_POST) {
      return { status: 400, message: `beacons must be a list of 1 to ${MAX_BEACONS_PER_POST} beacons` };
    }
    const answers: BeaconAnswer[] = [];
    for (const beacon of beacons) answers.push(await this.beaconOf(token, parseBeacon(beacon), req));
    return answers;
  }

  private async beaconOf(token: string, parsed: Beacon | string, req: ShareRequest): Promise<BeaconAnswer> {
    const tokenHash = hashShareToken(token.slice(0, MAX_TOKEN_LENGTH + 1));
    const wait = await this.limits.beacon(req.address, tokenHash, typeof parsed === 'string' ? '' : parsed.viewer);
    if (wait) return { status: 429, retryAfter: wait };
    if (typeof parsed === 'string') return { status: 400, message: parsed };
    // Previews and scanners are not buyers; nor is anyone signed in to Byline (the sharer above all).
    if (isAutomated(req.method, req.headers) || req.signedIn) return { status: 204 };
    if (token.length > MAX_TOKEN_LENGTH) return { status: 410 };
    // Beacons of one tab rarely overlap; when one changed the session between our read and our write, read again.
    for (let attempt = 0; attempt < 3; attempt++) {
      const state = await this.shares.beaconState(tokenHash, parsed.viewer);
      if (!state?.link.live) return { status: 410 };
      const { link, open } = state;
      if (link.creatorAddressHash && link.creatorAddressHash === addressHash(this.config.jwtSecret, req.address)) {
        return { status: 204 };
      }
      const email = link.requireEmail
        ? gateCookieEmail(this.config.jwtSecret, link.id, req.cookies[GATE_COOKIE])
        : null;
      if (link.requireEmail && !email) return { status: 204 };
      const next = sessionAfter(open, parsed);
      const agent = req.headers['user-agent'];
      const write = (em?: EntityManager) =>
        open
          ? this.shares
              .updateSession({ id: open.id, version: open.version, email, ...next }, em)
              .then((written) => (written ? open.id : null))
          : this.shares.insertSession(
              {
                linkId: link.id,
                viewerKey: parsed.viewer,
                device: deviceClass(typeof agent === 'string' ? agent : undefined),
                email,
                ...next,
              },
              em,
            );
      // Most beacons only add seconds; the one that makes a session counted is written with what that may bring
      // (unless the link was first viewed already: then a counted session is analytics only).
      const firstCount = next.counted && !open?.countedAt && !link.firstViewed;
      const written = firstCount ? await this.counted(link.id, write) : await write();
      if (!written) continue;
      return { status: 204 };
    }
    return { status: 204 };
  }

  /**
   * Writes the beacon that makes a session counted and, if it is the link's first counted session, in the same
   * transaction: the authors' top-up with the session as evidence, the link's deal counting the asset as used from
   * now on, and the sharer's notification (the conditional update lets one through however many are counted at
   * once). The session's id, or null when another beacon changed it first.
   */
  private async counted(linkId: string, write: (em: EntityManager) => Promise<string | null>): Promise<string | null> {
    const results: CreditResult[] = [];
    const told: NotificationEntity[] = [];
    const sessionId = await this.dataSource.transaction(async (em: EntityManager) => {
      const id = await write(em);
      const first = id ? await this.shares.claimFirstView(em, linkId, id) : null;
      if (!id || !first) return id;
      await this.shares.durableCommit(em);
      const result = await this.credit.record(em, {
        kind: 'SHARE_VIEWED',
        actorId: first.sharerId,
        assetId: first.assetId,
        shareLinkId: linkId,
        shareSessionId: id,
      });
      results.push(result);
      await this.shares.setTopUp(em, linkId, result.eventId);
      told.push(
        await this.notifications.add(
          em,
          first.sharerId,
          'SHARE_OPENED',
          `${first.recipientName ?? 'Your buyer'} opened ${first.assetTitle}`,
          `/assets/${first.assetId}`,
        ),
      );
      return id;
    });
    this.notifier.publish(results);
    this.notifications.announce(told);
    return sessionId;
  }

  private frame(title: string, nonce: string): PageFrame {
    return { title, headTags: this.headTags, nonce, organisationName: this.config.organisationName };
  }
}

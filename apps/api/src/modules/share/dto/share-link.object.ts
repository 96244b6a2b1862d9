import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ShareLinkRow, ShareSessionRow } from '../share.repository.js';

/** What `url` shows after creation, in place of the token (which only its creator is ever shown). */
export const MASKED_TOKEN = '••••••••';

@ObjectType('SharePageTime', { description: 'Time a buyer spent on one page of a PDF in a session.' })
export class SharePageTimeObject {
  @Field(() => Int)
  page: number;

  @Field(() => Int)
  seconds: number;
}

@ObjectType('ShareSession', {
  description: 'A counted buyer visit to a share link (at least 5 s visible or a second page; 10 idle minutes end it).',
})
export class ShareSessionObject {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  startedAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When the buyer was last seen on the page in this session.' })
  lastActivityAt: Date;

  @Field(() => Int, { description: 'Seconds the page was visible.' })
  durationSeconds: number;

  @Field(() => Int, { description: 'Distinct PDF pages seen.' })
  pagesViewed: number;

  @Field(() => [SharePageTimeObject], { description: 'Seconds per PDF page, in page order.' })
  pageSeconds: SharePageTimeObject[];

  @Field(() => String, { nullable: true, description: 'phone, tablet or desktop.' })
  device: string | null;

  @Field(() => String, { nullable: true, description: 'The email the buyer gave at the gate, if the link asks.' })
  email: string | null;
}

@ObjectType('ShareLink', { description: 'A link that lets a buyer read one client-safe asset without logging in.' })
export class ShareLinkObject {
  @Field(() => ID)
  id: string;

  @Field({
    description: `The link: <public URL>/s/<token>. The token is shown once, in the answer of createShareLink; every later read shows <public URL>/s/${MASKED_TOKEN} (only the token's hash is kept).`,
  })
  url: string;

  assetId: string;

  dealId: string | null;

  sharerId: string;

  @Field(() => String, { nullable: true })
  recipientName: string | null;

  @Field(() => String, { nullable: true })
  recipientEmail: string | null;

  @Field({ description: 'Whether the buyer gives an email before viewing.' })
  requireEmail: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  expiresAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => Int, { description: 'Page loads by people (link previews, prefetches and mail scanners excluded).' })
  opens: number;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the first buyer session was counted: the evidence that topped up the credit.',
  })
  firstViewedAt: Date | null;

  @Field(() => Int, { description: 'Seconds visible over all counted sessions.' })
  totalSeconds: number;
}

export function toShareLinkObject(row: ShareLinkRow, baseUrl: string, token?: string): ShareLinkObject {
  return {
    id: row.id,
    url: `${baseUrl}/s/${token ?? MASKED_TOKEN}`,
    assetId: row.assetId,
    dealId: row.dealId,
    sharerId: row.sharerId,
    recipientName: row.recipientName,
    recipientEmail: row.recipientEmail,
    requireEmail: row.requireEmail,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    createdAt: row.createdAt,
    opens: row.opens,
    firstViewedAt: row.firstViewedAt,
    totalSeconds: row.totalSeconds,
  };
}

export function toShareSessionObject(row: ShareSessionRow): ShareSessionObject {
  return {
    id: row.id,
    startedAt: row.startedAt,
    lastActivityAt: row.lastActivityAt,
    durationSeconds: row.durationSeconds,
    pagesViewed: row.pagesViewed,
    pageSeconds: Object.entries(row.pageSeconds)
      .map(([page, seconds]) => ({ page: Number(page), seconds: Math.round(seconds) }))
      .sort((a, b) => a.page - b.page),
    device: row.device,
    email: row.email,
  };
}

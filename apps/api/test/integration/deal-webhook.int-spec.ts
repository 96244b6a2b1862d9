import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { DealEventsService } from '../../src/modules/deal/deal-events.service.js';
import { signWebhook } from '../../src/modules/deal/webhook-signature.util.js';
import { Role } from '../../src/modules/user/user.entity.js';
import { createAccount, storedDeals, uniqueTag } from '../factories/deal.factory.js';
import { createTeam, createUser, signedIn } from '../factories/user.factory.js';
import { graphql } from '../generated/gql.js';
import { startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

const DEAL = graphql(`
  query DealWebhookDeal($id: ID!) {
    deal(id: $id) {
      externalId
      name
      accountName
      industry
      product
      amount
      outcome
      stage
      competitor
      engagedAt
      closedAt
      owner {
        id
      }
      team {
        id
      }
    }
  }
`);

const SECRET = 'crm-webhook-secret-for-the-tests';
const now = () => Math.floor(Date.now() / 1000);

interface Delivery {
  timestamp?: number | string;
  secret?: string;
  signature?: string;
  contentType?: string;
}

/** Sends a body to the webhook, signed as a CRM would unless told otherwise. */
async function deliver(app: TestApp, body: string | object, options: Delivery = {}) {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  const timestamp = String(options.timestamp ?? now());
  const response = await fetch(`${app.url}/webhooks/crm/deals`, {
    method: 'POST',
    headers: {
      'content-type': options.contentType ?? 'application/json',
      'x-byline-timestamp': timestamp,
      'x-byline-signature': options.signature ?? signWebhook(options.secret ?? SECRET, timestamp, raw),
    },
    body: raw,
  });
  return {
    status: response.status,
    body: (await response.json()) as { id?: string; change?: string; message?: string },
  };
}

describe('the CRM deal webhook', () => {
  let app: TestApp;
  let member: string;
  let world: { owner: { id: string; email: string }; teamId: string; account: string };
  const onDealWon = () => jest.spyOn(app.byline.app.get(DealEventsService), 'onDealWon');

  beforeAll(async () => {
    app = await startTestApp({ BYLINE_WEBHOOK_SECRET: SECRET });
    member = (await signedIn(app, Role.MEMBER)).token;
    const team = await createTeam(app);
    const owner = await createUser(app, { teamId: team.id });
    world = {
      owner,
      teamId: team.id,
      account: (await createAccount(app, `Webhook Account ${uniqueTag()}`, 'finance')).name,
    };
  });
  afterAll(() => app.close());

  const open = (externalId: string) => ({
    externalId,
    name: 'Renewal 2017',
    account: world.account,
    owner: world.owner.email,
    product: 'GTX Pro',
    amount: 4821,
    stage: 'Engaging',
    competitor: 'Acme CRM',
    engagedAt: '2017-01-10',
  });

  it('upserts a signed deal, fires the won hook once on the transition to WON, and ignores repeats', async () => {
    const won = onDealWon();
    const externalId = `WH-${uniqueTag()}`;
    const created = await deliver(app, open(externalId));
    expect(created).toMatchObject({ status: 200, body: { externalId, change: 'created' } });
    const deal = await app.gql(DEAL, { id: created.body.id! }, member);
    expect(deal.data?.deal).toEqual({
      externalId,
      name: 'Renewal 2017',
      accountName: world.account,
      industry: 'finance',
      product: 'GTX Pro',
      amount: 4821,
      outcome: 'OPEN',
      stage: 'Engaging',
      competitor: 'Acme CRM',
      engagedAt: '2017-01-10T00:00:00.000Z',
      closedAt: null,
      owner: { id: world.owner.id },
      team: { id: world.teamId },
    });
    expect(won).not.toHaveBeenCalled();

    const closing = { externalId, stage: 'Closed Won', closedAt: '2017-03-01T12:00:00Z', amount: '5,000' };
    expect(await deliver(app, closing)).toMatchObject({
      status: 200,
      body: { id: created.body.id, change: 'updated' },
    });
    expect(won).toHaveBeenCalledTimes(1);
    expect(won.mock.calls[0][0]).toBe(created.body.id);
    const afterWin = await storedDeals(app, [externalId]);
    // The same deal again (a retry signs it anew, a second later) changes nothing and fires nothing.
    for (let i = 1; i <= 2; i++) {
      expect(await deliver(app, closing, { timestamp: now() + i })).toMatchObject({
        status: 200,
        body: { change: 'unchanged' },
      });
    }
    expect(await storedDeals(app, [externalId])).toEqual(afterWin);
    expect(won).toHaveBeenCalledTimes(1);
    // Only the keys sent change: the product, owner and account stay.
    expect(afterWin[0]).toMatchObject({
      outcome: 'WON',
      stage: 'Closed Won',
      amount: 5000,
      product: 'GTX Pro',
      owner_id: world.owner.id,
    });
    won.mockRestore();
  });

  it('refuses bad signatures, stale or future timestamps and missing headers with 401, writing nothing', async () => {
    const externalId = `WH-${uniqueTag()}`;
    const body = open(externalId);
    // A minute past the 300 s allowance each way: a busy machine's slow request cannot bring one back inside it.
    const refusals = [
      await deliver(app, body, { secret: 'not-the-secret-at-all' }),
      await deliver(app, body, { timestamp: now() - 360 }),
      await deliver(app, body, { timestamp: now() + 360 }),
      await deliver(app, body, { signature: 'sha256=' + '0'.repeat(64) }),
      await deliver(app, body, { signature: '' }),
    ];
    expect(refusals.map((r) => r.status)).toEqual([401, 401, 401, 401, 401]);
    // A body tampered with after signing.
    const raw = JSON.stringify(body);
    const timestamp = now();
    const tampered = await fetch(`${app.url}/webhooks/crm/deals`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-byline-timestamp': String(timestamp),
        'x-byline-signature': signWebhook(SECRET, timestamp, raw),
      },
      body: raw.replace('4821', '9999'),
    });
    expect(tampered.status).toBe(401);
    expect(await storedDeals(app, [externalId])).toEqual([]);
    // A refused update leaves the stored deal as it was.
    await deliver(app, body);
    const before = await storedDeals(app, [externalId]);
    expect(
      (await deliver(app, { externalId, stage: 'Won', closedAt: '2017-02-01' }, { timestamp: now() - 3600 })).status,
    ).toBe(401);
    expect(await storedDeals(app, [externalId])).toEqual(before);
  });

  it('answers malformed JSON and invalid fields with 400, writing nothing', async () => {
    const externalId = `WH-${uniqueTag()}`;
    const cases: [string | object, RegExp][] = [
      ['{"externalId": "x", ', /json/i],
      ['[1, 2]', /one deal/],
      [{ ...open(externalId), stage: 'Daydreaming' }, /stage "Daydreaming"/],
      [{ externalId, owner: world.owner.email }, /stage or outcome is required/],
      [{ ...open(externalId), stage: 'Won' }, /won deal needs closedAt/],
      [
        { ...open(externalId), stage: 'Won', outcome: 'LOST', closedAt: '2017-02-01' },
        /means WON, but outcome says LOST/,
      ],
      [{ ...open(externalId), amount: 'lots' }, /amount "lots"/],
      [{ ...open(externalId), amount: -5 }, /must not be negative/],
      [{ ...open(externalId), engagedAt: '2017-02-30' }, /engagedAt "2017-02-30" is not a date/],
      [{ ...open(externalId), owner: 'nobody@test.byline' }, /owner "nobody@test.byline"/],
      [{ ...open(externalId), account: 'No Such Account Ltd' }, /account "No Such Account Ltd" is not known/],
      [{ ...open(externalId), externalId: '' }, /externalId is missing/],
      [{ ...open(externalId), name: 42 }, /name must be a string/],
      [{ ...open(externalId), outcome: 'LOST', stage: null, closedAt: '2016-12-01' }, /before the engage date/],
    ];
    for (const [body, message] of cases) {
      const res = await deliver(app, body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      expect(res.body.message).toMatch(message);
    }
    expect(await storedDeals(app, [externalId])).toEqual([]);
    // Closing a stored deal before the engage date it has.
    await deliver(app, open(externalId));
    const stored = await storedDeals(app, [externalId]);
    const early = await deliver(app, { externalId, stage: 'Won', closedAt: '2016-12-01' });
    expect(early.status).toBe(400);
    expect(early.body.message).toMatch(/before the deal's engage date 2017-01-10/);
    expect(await storedDeals(app, [externalId])).toEqual(stored);
  });

  it('is off, with 503 and a clear message, while BYLINE_WEBHOOK_SECRET is unset', async () => {
    const off = await startTestApp();
    try {
      const externalId = `WH-${uniqueTag()}`;
      const res = await deliver(off, open(externalId));
      expect(res.status).toBe(503);
      expect(res.body.message).toMatch(/BYLINE_WEBHOOK_SECRET/);
      expect(await storedDeals(app, [externalId])).toEqual([]);
    } finally {
      await off.close();
    }
  });
});

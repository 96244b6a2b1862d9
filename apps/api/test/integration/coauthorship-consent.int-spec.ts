import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { splitByShares } from '@byline/credit';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import type { Client } from 'graphql-ws';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import { CreditRebuildService } from '../../src/modules/credit/credit-rebuild.service.js';
import { Role } from '../../src/modules/user/user.entity.js';
import { createAsset, deriveAsset, setAuthors } from '../factories/asset.factory.js';
import { reuse } from '../factories/credit.factory.js';
import { createUser, login } from '../factories/user.factory.js';
import { graphql } from '../generated/gql.js';
import type { CoauthorNotificationAddedSubscription } from '../generated/graphql.js';
import { errorCode, startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

const DECLINE = graphql(`
  mutation CoauthorDecline($assetId: ID!) {
    declineCoauthorship(assetId: $assetId) {
      user {
        id
      }
      role
      share
      consent
    }
  }
`);

const ACCEPT = graphql(`
  mutation CoauthorAccept($assetId: ID!) {
    acceptCoauthorship(assetId: $assetId) {
      user {
        id
      }
      consent
    }
  }
`);

const ASSET = graphql(`
  query CoauthorAsset($id: ID!) {
    asset(id: $id) {
      id
      version
      authors {
        user {
          id
        }
        role
        share
        consent
      }
      declinedAuthors {
        user {
          id
        }
        share
      }
      viewerCan {
        declineCoauthorship
        acceptCoauthorship
      }
      versions {
        version
        change
      }
    }
  }
`);

const NOTIFICATIONS = graphql(`
  query CoauthorNotifications {
    notifications(first: 50) {
      kind
      text
      path
    }
  }
`);

const NOTIFICATION_ADDED = graphql(`
  subscription CoauthorNotificationAdded {
    notificationAdded {
      kind
      text
      path
    }
  }
`);

interface Person {
  id: string;
  name: string;
  token: string;
}

async function person(app: TestApp, role = Role.MEMBER): Promise<Person> {
  const user = await createUser(app, { role });
  return { id: user.id, name: user.name, token: await login(app, user) };
}

describe('co-authorship with consent', () => {
  let app: TestApp;
  let db: DataSource;
  const clients: Client[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    db = app.byline.app.get(DataSource);
  });
  afterAll(async () => {
    for (const client of clients) void client.dispose();
    await app.close();
  });

  /** The ledger entries a reuse booked, by beneficiary. */
  async function entriesOf(reuseId: string): Promise<Record<string, number>> {
    const rows = await db.query<{ beneficiary_id: string; points: number }[]>(
      `SELECT ce.beneficiary_id, ce.points FROM credit_entries ce
         JOIN reuse_events r ON r.credit_event_id = ce.event_id WHERE r.id = $1`,
      [reuseId],
    );
    return Object.fromEntries(rows.map((r) => [r.beneficiary_id, Number(r.points)]));
  }

  it('tells a person named as co-author, live, with a link to the asset', async () => {
    const lead = await person(app);
    const co = await person(app);
    const client = createClient({
      url: app.url.replace('http', 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${co.token}` },
    });
    clients.push(client);
    const live = new Promise<CoauthorNotificationAddedSubscription['notificationAdded']>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no notification in time')), 5000);
      client.subscribe<CoauthorNotificationAddedSubscription>(
        { query: print(NOTIFICATION_ADDED) },
        {
          next: (msg) => {
            clearTimeout(timer);
            if (msg.data) resolve(msg.data.notificationAdded);
            else reject(new Error(JSON.stringify(msg.errors)));
          },
          error: (e) => reject(e instanceof Error ? e : new Error(JSON.stringify(e))),
          complete: () => undefined,
        },
      );
    });
    await new Promise((r) => setTimeout(r, 300));
    const asset = await createAsset(app, lead.token, { title: 'Pricing objection playbook' });
    await setAuthors(app, lead.token, asset.id, [
      { userId: lead.id, role: 'LEAD_AUTHOR', share: 70 },
      { userId: co.id, role: 'CO_AUTHOR', share: 30 },
    ]);
    const added = await live;
    expect(added).toMatchObject({ kind: 'COAUTHORSHIP', path: `/assets/${asset.id}` });
    expect(added.text).toContain(lead.name);
    expect(added.text).toContain('Pricing objection playbook');

    const seen = (await app.gql(ASSET, { id: asset.id }, co.token)).data!.asset!;
    expect(seen.authors.find((a) => a.user.id === co.id)?.consent).toBe('PENDING');
    expect(seen.authors.find((a) => a.user.id === lead.id)?.consent).toBe('ACCEPTED');
    expect(seen.viewerCan).toEqual({ declineCoauthorship: true, acceptCoauthorship: true });
    // The lead named nobody but themself: nothing for them.
    const leadNotes = (await app.gql(NOTIFICATIONS, {}, lead.token)).data!.notifications;
    expect(leadNotes.filter((n) => n.kind === 'COAUTHORSHIP')).toEqual([]);

    const accepted = await app.gql(ACCEPT, { assetId: asset.id }, co.token);
    expect(accepted.data?.acceptCoauthorship.find((a) => a.user.id === co.id)?.consent).toBe('ACCEPTED');
  });

  it('re-splits a declined share in proportion; credit booked before stays, credit after follows the new shares, and the rebuild still matches', async () => {
    const [lead, co, sme, reuserBefore, reuserAfter] = await Promise.all([
      person(app),
      person(app),
      person(app),
      person(app),
      person(app),
    ]);
    const asset = await createAsset(app, lead.token);
    await setAuthors(app, lead.token, asset.id, [
      { userId: lead.id, role: 'LEAD_AUTHOR', share: 50 },
      { userId: co.id, role: 'CO_AUTHOR', share: 30 },
      { userId: sme.id, role: 'SUBJECT_MATTER_EXPERT', share: 20 },
    ]);
    const before = await reuse(app, reuserBefore.token, asset.id, 'USED_IN_DEAL');
    const bookedBefore = await entriesOf(before.id);
    expect(Object.keys(bookedBefore).sort()).toEqual([lead.id, co.id, sme.id].sort());

    const declined = await app.gql(DECLINE, { assetId: asset.id }, sme.token);
    expect(declined.errors).toBeUndefined();
    // The declined 20 spread over 50/30.
    const expected = Object.fromEntries(
      splitByShares(100, [
        { userId: lead.id, share: 50 },
        { userId: co.id, share: 30 },
      ]).map((a) => [a.userId, a.points]),
    );
    const shares = Object.fromEntries(declined.data!.declineCoauthorship.map((a) => [a.user.id, a.share]));
    expect(shares).toEqual(expected);
    // 62.5 and 37.5: the tie of remainders goes to the smaller user id, so 63/37 or 62/38, summing to 100.
    expect(shares[lead.id]).toBe(lead.id < co.id ? 63 : 62);
    expect(shares[lead.id] + shares[co.id]).toBe(100);

    // What was booked before the decline is untouched.
    expect(await entriesOf(before.id)).toEqual(bookedBefore);
    const after = await reuse(app, reuserAfter.token, asset.id, 'USED_IN_DEAL');
    const bookedAfter = await entriesOf(after.id);
    expect(Object.keys(bookedAfter).sort()).toEqual([lead.id, co.id].sort());
    const total = Object.values(bookedAfter).reduce((s, p) => s + p, 0);
    expect(bookedAfter).toEqual(
      Object.fromEntries(
        splitByShares(
          total,
          Object.entries(shares).map(([userId, share]) => ({ userId, share })),
        ).map((a) => [a.userId, a.points]),
      ),
    );

    // The authors see who declined; the asset records the change as a version.
    const seen = (await app.gql(ASSET, { id: asset.id }, lead.token)).data!.asset!;
    expect(seen.declinedAuthors).toEqual([{ user: { id: sme.id }, share: 20 }]);
    expect(seen.versions[0]).toMatchObject({ version: seen.version, change: 'AUTHORS_CHANGED' });
    const leadNotes = (await app.gql(NOTIFICATIONS, {}, lead.token)).data!.notifications;
    expect(leadNotes.some((n) => n.kind === 'COAUTHORSHIP' && n.text.includes('declined'))).toBe(true);
    // Someone outside the authors does not learn who declined.
    expect((await app.gql(ASSET, { id: asset.id }, reuserAfter.token)).data!.asset!.declinedAuthors).toEqual([]);

    const report = await app.byline.app.get(CreditRebuildService).check();
    expect(report).toMatchObject({ firstDifference: null, chainDifference: null, rollupDifference: null });
  });

  it('refuses a decline from someone not named (NOT_FOUND) and from the lead author (FORBIDDEN, with a reason)', async () => {
    const [lead, co, stranger] = await Promise.all([person(app), person(app), person(app)]);
    const asset = await createAsset(app, lead.token);
    await setAuthors(app, lead.token, asset.id, [
      { userId: lead.id, role: 'LEAD_AUTHOR', share: 60 },
      { userId: co.id, role: 'CO_AUTHOR', share: 40 },
    ]);
    expect(errorCode(await app.gql(DECLINE, { assetId: asset.id }, stranger.token))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(DECLINE, { assetId: randomUUID() }, co.token))).toBe('NOT_FOUND');
    const draft = await createAsset(app, lead.token, {}, { publish: false });
    // A draft the stranger cannot see answers as if it did not exist.
    expect(errorCode(await app.gql(DECLINE, { assetId: draft.id }, stranger.token))).toBe('NOT_FOUND');

    const refused = await app.gql(DECLINE, { assetId: asset.id }, lead.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'LEAD_AUTHOR' });
    const seen = (await app.gql(ASSET, { id: asset.id }, lead.token)).data!.asset!;
    expect(seen.viewerCan.declineCoauthorship).toBe(false);
    expect(seen.authors.map((a) => a.share)).toEqual([60, 40]);
  });

  it('does not let the only lead of an adaptation decline', async () => {
    const [origin, adapter, helper] = await Promise.all([person(app), person(app), person(app)]);
    const parent = await createAsset(app, origin.token);
    const adaptation = await deriveAsset(app, adapter.token, parent.id);
    await setAuthors(app, adapter.token, adaptation.id, [
      { userId: adapter.id, role: 'ADAPTER', share: 80 },
      { userId: helper.id, role: 'CO_AUTHOR', share: 20 },
    ]);
    const refused = await app.gql(DECLINE, { assetId: adaptation.id }, adapter.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'LAST_LEAD' });
    // The helper may leave: the adapter then holds it all.
    const left = await app.gql(DECLINE, { assetId: adaptation.id }, helper.token);
    expect(left.data?.declineCoauthorship).toEqual([
      { user: { id: adapter.id }, role: 'ADAPTER', share: 100, consent: 'ACCEPTED' },
    ]);
  });

  it('names someone who declined again only with a new notification, pending again', async () => {
    const [lead, co] = await Promise.all([person(app), person(app)]);
    const asset = await createAsset(app, lead.token);
    const authors = [
      { userId: lead.id, role: 'LEAD_AUTHOR' as const, share: 75 },
      { userId: co.id, role: 'CO_AUTHOR' as const, share: 25 },
    ];
    await setAuthors(app, lead.token, asset.id, authors);
    expect((await app.gql(DECLINE, { assetId: asset.id }, co.token)).errors).toBeUndefined();
    // Declined and gone: declining again is NOT_FOUND, the shares stay where they went.
    expect(errorCode(await app.gql(DECLINE, { assetId: asset.id }, co.token))).toBe('NOT_FOUND');

    await setAuthors(app, lead.token, asset.id, authors);
    const notes = (await app.gql(NOTIFICATIONS, {}, co.token)).data!.notifications;
    expect(notes.filter((n) => n.kind === 'COAUTHORSHIP' && n.path === `/assets/${asset.id}`)).toHaveLength(2);
    const seen = (await app.gql(ASSET, { id: asset.id }, lead.token)).data!.asset!;
    expect(seen.authors.find((a) => a.user.id === co.id)?.consent).toBe('PENDING');
    expect(seen.declinedAuthors).toEqual([]);
  });
});

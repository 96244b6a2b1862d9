import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import type { Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createAsset } from '../factories/asset.factory.js';
import { createUser, login } from '../factories/user.factory.js';
import { graphql } from '../generated/gql.js';
import type { NotificationsCreditReceivedSubscription } from '../generated/graphql.js';
import { startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

const REUSE = graphql(`
  mutation NotificationsReuse($input: RecordReuseInput!) {
    recordReuse(input: $input) {
      pointsAwarded
    }
  }
`);
const CREDIT_RECEIVED = graphql(`
  subscription NotificationsCreditReceived {
    creditReceived {
      points
      reason
      assetId
      occurredAt
    }
  }
`);

type Notice = NotificationsCreditReceivedSubscription['creditReceived'];

/** Subscribes to creditReceived on `app` and resolves with the first notice (or rejects after `ms`). */
function firstNotice(
  app: TestApp,
  token: string,
  clients: Client[],
  ms = 5000,
  ignore: (notice: Notice) => boolean = () => false,
): { ready: Promise<void>; notice: Promise<Notice> } {
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const client = createClient({
    url: app.url.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    on: { connected: () => markReady() },
  });
  clients.push(client);
  const notice = new Promise<Notice>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no notice in time')), ms);
    client.subscribe<NotificationsCreditReceivedSubscription>(
      { query: print(CREDIT_RECEIVED) },
      {
        next: (msg) => {
          if (msg.data && ignore(msg.data.creditReceived)) return;
          clearTimeout(timer);
          if (msg.data) resolve(msg.data.creditReceived);
          else reject(new Error(JSON.stringify(msg.errors)));
        },
        error: (e) => reject(e instanceof Error ? e : new Error(JSON.stringify(e))),
        complete: () => undefined,
      },
    );
  });
  return { ready, notice };
}

describe('live credit notifications', () => {
  const clients: Client[] = [];
  const apps: TestApp[] = [];
  afterAll(async () => {
    for (const client of clients) void client.dispose();
    await Promise.all(apps.map((a) => a.close()));
  });

  it('tells an author within a second that a reuse credited them', async () => {
    const app = await startTestApp();
    apps.push(app);
    const author = await createUser(app);
    const authorToken = await login(app, author);
    const reuser = await login(app, await createUser(app));
    const asset = await createAsset(app, authorToken);
    const { ready, notice } = firstNotice(app, authorToken, clients);
    await ready;
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    await app.gql(
      REUSE,
      { input: { assetId: asset.id, kind: 'SHARE_WITH_CUSTOMER', clientEventId: randomUUID() } },
      reuser,
    );
    const received = await notice;
    expect(received).toMatchObject({ points: 4, reason: 'SHARED_WITH_CUSTOMER', assetId: asset.id });
    expect(Date.parse(received.occurredAt ?? '')).toBeGreaterThan(started - 5000);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('refuses a subscription without a valid token', async () => {
    const app = apps[0];
    const { notice } = firstNotice(app, 'not-a-token', clients, 3000);
    await expect(notice).rejects.toThrow(/UNAUTHENTICATED|log in/);
  });

  describe('across API processes', () => {
    const redisUrl = process.env.BYLINE_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
    let redisAnswers = false;
    beforeAll(async () => {
      const { Redis } = await import('ioredis');
      const probe = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      redisAnswers = await probe.connect().then(
        () => true,
        () => false,
      );
      probe.disconnect();
      if (!redisAnswers) console.warn(`Skipping the cross-process notification test: no Redis at ${redisUrl}`);
    });

    it('delivers a notice to a subscriber on another process through Redis', async () => {
      if (!redisAnswers) return;
      const [a, b] = [await startTestApp({ REDIS_URL: redisUrl }), await startTestApp({ REDIS_URL: redisUrl })];
      apps.push(a, b);
      const author = await createUser(a);
      const authorToken = await login(a, author);
      const reuser = await login(b, await createUser(b));
      const asset = await createAsset(a, authorToken);
      // The author's own publication notice travels through Redis too and may arrive after the subscription opens.
      const { ready, notice } = firstNotice(a, authorToken, clients, 5000, (n) => n.reason === 'PUBLISHED');
      await ready;
      await new Promise((r) => setTimeout(r, 200));
      await b.gql(REUSE, { input: { assetId: asset.id, kind: 'COPY', clientEventId: randomUUID() } }, reuser);
      expect(await notice).toMatchObject({ points: 4, reason: 'REUSED_COPY', assetId: asset.id });
    });
  });
});

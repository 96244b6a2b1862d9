import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { CreditService } from '../../src/modules/credit/credit.service.js';
import { Role } from '../../src/modules/user/user.entity.js';
import { createAsset } from '../factories/asset.factory.js';
import { createUser, login, signedIn } from '../factories/user.factory.js';
import { graphql } from '../generated/gql.js';
import { errorCode, startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

const SPIKES = graphql(`
  query CreditSpikesOfWeek($at: DateTime) {
    creditSpikes(period: { kind: WEEK, at: $at }) {
      user {
        id
      }
      day
      points
      medianPoints
      events {
        eventId
        kind
        points
        actor {
          id
        }
        asset {
          id
        }
      }
    }
  }
`);
const DAY = 24 * 3600 * 1000;

describe('credit spikes', () => {
  let app: TestApp;
  let adminToken: string;
  // A day two weeks back, so the week asked about holds only what this test recorded.
  const spikeDay = new Date(Math.floor(Date.now() / DAY) * DAY - 14 * DAY);
  const at = (daysBefore: number) => new Date(spikeDay.getTime() - daysBefore * DAY + 9 * 3600 * 1000);

  beforeAll(async () => {
    app = await startTestApp();
    adminToken = (await signedIn(app, Role.ADMIN)).token;
  });
  afterAll(() => app.close());

  /** Uses of the asset in deals, recorded as they happened on earlier days: 10 points to its author each. */
  const shares = (assetId: string, events: { actorId: string; at: Date }[]) =>
    app.byline.app.get(DataSource).transaction(async (em) => {
      for (const e of events) {
        await app.byline.app.get(CreditService).record(em, {
          kind: 'REUSE',
          actorId: e.actorId,
          assetId,
          reuseKind: 'USED_IN_DEAL',
          occurredAt: e.at,
        });
      }
    });
  const author = async () => {
    const user = await createUser(app);
    return { id: user.id, assetId: (await createAsset(app, await login(app, user))).id };
  };

  it('flags a day far above a quiet history with the events that made it, and not a usual busy day', async () => {
    const actors = await Promise.all(Array.from({ length: 5 }, () => createUser(app)));
    const [quiet, busy] = [await author(), await author()];
    // The spike day: five people use each author's asset in a deal, 50 points each.
    const spike = actors.map((a) => ({ actorId: a.id, at: at(0) }));
    // Quiet: two uses in the 90 days before (median 0). Busy: a use on 50 of those 90 days (median 10), so 50
    // is not more than 5× the usual.
    await shares(quiet.assetId, [
      { actorId: actors[0].id, at: at(10) },
      { actorId: actors[1].id, at: at(30) },
      ...spike,
    ]);
    await shares(busy.assetId, [
      ...Array.from({ length: 50 }, (_, i) => ({ actorId: actors[i % 5].id, at: at(i + 1) })),
      ...spike,
    ]);

    const res = await app.gql(SPIKES, { at: spikeDay.toISOString() }, adminToken);
    expect(res.errors).toBeUndefined();
    const mine = res.data!.creditSpikes.filter((s) => [quiet.id, busy.id].includes(s.user.id));
    expect(mine).toHaveLength(1);
    const [flag] = mine;
    expect(flag).toMatchObject({ user: { id: quiet.id }, day: spikeDay.toISOString(), points: 50, medianPoints: 0 });
    expect(flag.events).toHaveLength(5);
    expect(flag.events.map((e) => e.actor!.id).sort()).toEqual(actors.map((a) => a.id).sort());
    for (const e of flag.events) expect(e).toMatchObject({ kind: 'REUSE', points: 10, asset: { id: quiet.assetId } });
  });

  it('is for admins only', async () => {
    for (const role of [Role.MEMBER, Role.MANAGER, Role.ENABLEMENT]) {
      const { token } = await signedIn(app, role);
      expect(errorCode(await app.gql(SPIKES, {}, token))).toBe('FORBIDDEN');
    }
  });
});

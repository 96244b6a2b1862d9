import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/modules/user/user.entity.js';
import { createAsset } from '../factories/asset.factory.js';
import { createUser, login, signedIn } from '../factories/user.factory.js';
import { graphql } from '../generated/gql.js';
import { errorCode, startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

const RINGS = graphql(`
  query RingCreditRings($min: Int) {
    creditRings(period: { kind: QUARTER }, minMutualPoints: $min) {
      users {
        id
      }
      mutualPoints
      share
      flows {
        from {
          id
        }
        to {
          id
        }
        points
        receivedTotal
        share
      }
    }
  }
`);
const COPY = graphql(`
  mutation RingCopy($i: RecordReuseInput!) {
    recordReuse(input: $i) {
      pointsAwarded
    }
  }
`);

describe('credit rings', () => {
  let app: TestApp;
  let admin: string;
  const people: Record<string, { id: string; token: string; assets: string[] }> = {};

  const person = async (key: string, assets: number) => {
    const user = await createUser(app);
    const token = await login(app, user);
    const ids: string[] = [];
    for (let i = 0; i < assets; i++) ids.push((await createAsset(app, token)).id);
    people[key] = { id: user.id, token, assets: ids };
  };
  // Copies `count` different assets of `whose`: 4 points each to their author.
  const copies = async (who: string, whose: string, count: number) => {
    for (const assetId of people[whose].assets.slice(0, count)) {
      const res = await app.gql(
        COPY,
        {
          i: { assetId, kind: 'COPY', clientEventId: randomUUID() },
        },
        people[who].token,
      );
      expect(res.errors).toBeUndefined();
    }
  };
  const ringsOf = async (min?: number) => {
    const res = await app.gql(RINGS, { min }, admin);
    expect(res.errors).toBeUndefined();
    const mine = new Set(Object.values(people).map((p) => p.id));
    return res.data!.creditRings.filter((r) => r.users.some((u) => mine.has(u.id)));
  };
  const pair = (a: string, b: string) => [people[a].id, people[b].id].sort();

  beforeAll(async () => {
    app = await startTestApp();
    admin = (await signedIn(app, Role.ADMIN)).token;
    // R1 and R2 credit only each other, 20 points each way.
    await person('R1', 5);
    await person('R2', 5);
    await copies('R1', 'R2', 5);
    await copies('R2', 'R1', 5);
    // C1 gives C2 20 points, C2 gives back only 8.
    await person('C1', 2);
    await person('C2', 5);
    await copies('C1', 'C2', 5);
    await copies('C2', 'C1', 2);
    // G1 and G2 give each other 20, but K gives G2 24 more: G1's 20 is less than half of what G2 received.
    await person('G1', 5);
    await person('G2', 6);
    await person('K', 0);
    await copies('G1', 'G2', 5);
    await copies('G2', 'G1', 5);
    await copies('K', 'G2', 6);
  });
  afterAll(() => app.close());

  it('flags a pair who mostly credit each other, with the points and shares each way, and not the control pairs', async () => {
    const rings = await ringsOf();
    expect(rings.map((r) => r.users.map((u) => u.id))).toEqual([pair('R1', 'R2')]);
    const [ring] = rings;
    expect(ring.mutualPoints).toBe(20);
    expect(ring.share).toBe(1);
    const [a, b] = ring.users.map((u) => u.id);
    expect(ring.flows).toEqual([
      { from: { id: a }, to: { id: b }, points: 20, receivedTotal: 20, share: 1 },
      { from: { id: b }, to: { id: a }, points: 20, receivedTotal: 20, share: 1 },
    ]);
  });

  it('takes the threshold from minMutualPoints', async () => {
    expect(await ringsOf(21)).toEqual([]);
    const low = await ringsOf(8);
    expect(low.map((r) => r.users.map((u) => u.id))).toEqual([pair('R1', 'R2'), pair('C1', 'C2')]);
    expect(low[1]).toMatchObject({ mutualPoints: 8, share: 1 });
    expect(errorCode(await app.gql(RINGS, { min: 0 }, admin))).toBe('BAD_USER_INPUT');
  });

  it('is for admins only', async () => {
    expect(errorCode(await app.gql(RINGS, {}, people.R1.token))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(RINGS, {}, (await signedIn(app, Role.MANAGER)).token))).toBe('FORBIDDEN');
  });
});

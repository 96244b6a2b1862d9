import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { Role, UserStatus } from '../../src/modules/user/user.entity.js';
import { createAsset } from '../factories/asset.factory.js';
import { createAccount } from '../factories/deal.factory.js';
import { createTeam, createUser, person } from '../factories/user.factory.js';
import type { SignedIn } from '../factories/user.factory.js';
import { graphql } from '../generated/gql.js';
import type { GlobalSearchQueryVariables } from '../generated/graphql.js';
import { errorCode, startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

const GLOBAL_SEARCH = graphql(`
  query GlobalSearch($query: String!, $first: Int) {
    globalSearch(query: $query, first: $first) {
      assets {
        id
        title
      }
      people {
        id
        name
        status
        team {
          name
        }
      }
      deals {
        id
        name
        accountName
      }
    }
  }
`);

describe('globalSearch', () => {
  let app: TestApp;
  // Made-up words only this file's rows contain, so rows of tests running alongside never match.
  const tag = randomUUID().slice(0, 6);
  const word = `quorvex${tag}`;
  const surname = `Brzęczyszkiewicz${tag}`;
  const teamName = `Harbour ${tag} Squad`;
  let member: SignedIn;
  let other: SignedIn;
  let admin: SignedIn;
  const ids: Record<string, string> = {};
  const search = async (token: string, variables: GlobalSearchQueryVariables) => {
    const res = await app.gql(GLOBAL_SEARCH, variables, token);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.globalSearch;
  };

  beforeAll(async () => {
    app = await startTestApp();
    const team = await createTeam(app, teamName);
    member = await person(app, { teamId: team.id, name: `Mina ${tag} Okafor` });
    other = await person(app, { name: `Tomás ${surname}` });
    admin = await person(app, { role: Role.ADMIN });
    ids.departed = (await createUser(app, { name: `Leif ${surname}`, status: UserStatus.DEPARTED })).id;
    ids.published = (await createAsset(app, other.token, { title: `Winning the ${word} renewal` })).id;
    ids.othersPrivate = (
      await createAsset(app, other.token, { title: `My ${word} private notes`, visibility: 'PRIVATE' })
    ).id;
    ids.draft = (await createAsset(app, other.token, { title: `${word} unfinished draft` }, { publish: false })).id;
    const account = await createAccount(app, `Fjordlight ${tag} AS`);
    const db = app.byline.app.get(DataSource);
    const deal = async (name: string, ownerId: string, accountId: string | null = null) => {
      const [row] = await db.query<{ id: string }[]>(
        'INSERT INTO deals (external_id, name, owner_id, account_id) VALUES ($1, $2, $3, $4) RETURNING id',
        [`gs-${randomUUID()}`, name, ownerId, accountId],
      );
      return row.id;
    };
    ids.othersDeal = await deal(`Zentrix ${tag} expansion`, other.id);
    ids.ownDeal = await deal(`Zentrix ${tag} renewal`, member.id, account.id);
    ids.unrelatedDeal = await deal(`Unrelated ${tag} pilot`, member.id);
  });
  afterAll(() => app.close());

  it('finds a published asset by a word of its title or by its start, never a private asset of someone else or a draft', async () => {
    const byWord = await search(member.token, { query: word });
    expect(byWord.assets.map((a) => a.id)).toEqual([ids.published]);
    // A word still being typed matches the title too.
    const typing = await search(member.token, { query: `  ${word.slice(0, 9).toUpperCase()}` });
    expect(typing.assets.map((a) => a.id)).toEqual([ids.published]);
    // Their author still finds both.
    const forAuthor = await search(other.token, { query: word });
    expect(forAuthor.assets.map((a) => a.id).sort()).toEqual([ids.published, ids.othersPrivate].sort());
  });

  it('finds colleagues by part of the name (any accent), by team, and departed people only for admins', async () => {
    const byName = await search(member.token, { query: surname.slice(3).replace('ę', 'e') });
    expect(byName.people.map((p) => p.id)).toEqual([other.id]);
    const byTeam = await search(other.token, { query: `harbour ${tag}` });
    expect(byTeam.people).toEqual([
      expect.objectContaining({ id: member.id, name: member.name, team: { name: teamName } }),
    ]);
    const forAdmin = await search(admin.token, { query: surname });
    expect(forAdmin.people.map((p) => [p.id, p.status])).toEqual([
      [other.id, 'ACTIVE'],
      [ids.departed, 'DEPARTED'],
    ]);
  });

  it('finds deals by name and by account, the viewer’s own first', async () => {
    const byName = await search(member.token, { query: `zentrix ${tag}` });
    expect(byName.deals.map((d) => d.id)).toEqual([ids.ownDeal, ids.othersDeal]);
    const forOther = await search(other.token, { query: `zentrix ${tag}` });
    expect(forOther.deals.map((d) => d.id)).toEqual([ids.othersDeal, ids.ownDeal]);
    const byAccount = await search(member.token, { query: `fjordlight ${tag}` });
    expect(byAccount.deals).toEqual([
      { id: ids.ownDeal, name: `Zentrix ${tag} renewal`, accountName: `Fjordlight ${tag} AS` },
    ]);
    expect((await search(member.token, { query: tag, first: 2 })).deals).toHaveLength(2);
  });

  it('takes a LIKE wildcard literally', async () => {
    const result = await search(member.token, { query: '%_%' });
    expect(result.people.map((p) => p.id)).not.toContain(member.id);
    expect(result.deals.map((d) => d.id)).not.toContain(ids.ownDeal);
  });

  it('refuses empty, too long and out-of-range requests with BAD_USER_INPUT, and anonymous callers', async () => {
    for (const variables of [
      { query: '   ' },
      { query: 'x'.repeat(101) },
      { query: word, first: 0 },
      { query: word, first: 21 },
    ]) {
      const res = await app.gql(GLOBAL_SEARCH, variables, member.token);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).toMatch(/search|characters|first/i);
    }
    expect((await search(member.token, { query: `  ${'y'.repeat(99)}  ` })).assets).toEqual([]);
    expect(errorCode(await app.gql(GLOBAL_SEARCH, { query: word }))).toBe('UNAUTHENTICATED');
  });
});

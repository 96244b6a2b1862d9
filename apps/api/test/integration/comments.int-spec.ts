import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createAsset } from '../factories/asset.factory.js';
import { createTeam, createUser, login } from '../factories/user.factory.js';
import type { SignedIn } from '../factories/user.factory.js';
import { graphql } from '../generated/gql.js';
import { CommentService } from '../../src/modules/comment/comment.service.js';
import { Role, UserStatus } from '../../src/modules/user/user.entity.js';
import { errorCode, startTestApp } from '../support/test-app.js';
import type { GqlResponse, TestApp } from '../support/test-app.js';

const ADD = graphql(`
  mutation CommentsAdd($assetId: ID!, $body: String!, $parentId: ID) {
    addComment(assetId: $assetId, body: $body, parentId: $parentId) {
      id
      body
      parentId
      resolved
      createdAt
      editedAt
      author {
        id
      }
      mentions {
        user {
          id
        }
        notified
        reason
      }
    }
  }
`);

const EDIT = graphql(`
  mutation CommentsEdit($id: ID!, $body: String!) {
    editComment(id: $id, body: $body) {
      id
      body
      editedAt
      history {
        body
        editedAt
        editedBy {
          id
        }
      }
      mentions {
        user {
          id
        }
        notified
      }
    }
  }
`);

const RESOLVE = graphql(`
  mutation CommentsResolve($id: ID!, $resolved: Boolean) {
    resolveComment(id: $id, resolved: $resolved) {
      id
      resolved
      resolvedBy {
        id
      }
    }
  }
`);

const THREAD = graphql(`
  query CommentsThread($id: ID!) {
    asset(id: $id) {
      id
      commentCount
      comments {
        id
        body
        resolved
        viewerCan {
          edit
          resolve
          reply
        }
        history {
          body
        }
        replies {
          id
          body
          parentId
          replies {
            id
          }
        }
      }
    }
  }
`);

const NOTIFICATIONS = graphql(`
  query CommentsNotifications {
    notifications(first: 50) {
      kind
      text
      path
    }
  }
`);

const PROFILE = graphql(`
  query CommentsProfile($userId: ID!) {
    personProfile(userId: $userId) {
      engagement {
        participating
      }
      engagementLevel
    }
  }
`);

const ok = <T>(res: GqlResponse<T>): T => {
  expect(res.errors).toBeUndefined();
  return res.data!;
};
const field = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.field;

describe('comments on assets', () => {
  let app: TestApp;
  const signIn = async (overrides: Parameters<typeof createUser>[1] = {}): Promise<SignedIn> => {
    const user = await createUser(app, overrides);
    return { ...user, token: await login(app, user) };
  };

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('threads one level: replies attach to a top-level comment, a reply to a reply is refused', async () => {
    const author = await signIn();
    const member = await signIn();
    const asset = await createAsset(app, author.token);
    const top = ok(await app.gql(ADD, { assetId: asset.id, body: 'Does this work for **EMEA**?' }, member.token));
    expect(top.addComment).toMatchObject({ parentId: null, resolved: false, author: { id: member.id } });
    const reply = ok(
      await app.gql(ADD, { assetId: asset.id, body: 'Yes.', parentId: top.addComment.id }, author.token),
    );
    expect(reply.addComment.parentId).toBe(top.addComment.id);

    const deeper = await app.gql(
      ADD,
      { assetId: asset.id, body: 'A reply to a reply', parentId: reply.addComment.id },
      member.token,
    );
    expect(errorCode(deeper)).toBe('BAD_USER_INPUT');
    expect(field(deeper)).toBe('parentId');

    const { asset: seen } = ok(await app.gql(THREAD, { id: asset.id }, member.token));
    expect(seen!.commentCount).toBe(2);
    expect(seen!.comments).toHaveLength(1);
    expect(seen!.comments[0]).toMatchObject({
      body: 'Does this work for **EMEA**?',
      viewerCan: { edit: true, resolve: true, reply: true },
    });
    expect(seen!.comments[0].replies).toEqual([
      { id: reply.addComment.id, body: 'Yes.', parentId: top.addComment.id, replies: [] },
    ]);

    // A parent on another asset is not found, as if it did not exist.
    const other = await createAsset(app, author.token);
    const misplaced = await app.gql(ADD, { assetId: other.id, body: 'Hi', parentId: top.addComment.id }, member.token);
    expect(errorCode(misplaced)).toBe('NOT_FOUND');
  });

  it('a comment on an asset the viewer may not see is NOT_FOUND, reading and writing', async () => {
    const author = await signIn();
    const outsider = await signIn();
    const privateAsset = await createAsset(app, author.token, { visibility: 'PRIVATE' });
    const top = ok(await app.gql(ADD, { assetId: privateAsset.id, body: 'A note to myself' }, author.token));

    const write = await app.gql(ADD, { assetId: privateAsset.id, body: 'Let me in' }, outsider.token);
    expect(errorCode(write)).toBe('NOT_FOUND');
    const reply = await app.gql(
      ADD,
      { assetId: privateAsset.id, body: 'Let me in', parentId: top.addComment.id },
      outsider.token,
    );
    expect(errorCode(reply)).toBe('NOT_FOUND');
    const edit = await app.gql(EDIT, { id: top.addComment.id, body: 'Changed' }, outsider.token);
    expect(errorCode(edit)).toBe('NOT_FOUND');
    const resolve = await app.gql(RESOLVE, { id: top.addComment.id }, outsider.token);
    expect(errorCode(resolve)).toBe('NOT_FOUND');
    const read = await app.gql(THREAD, { id: privateAsset.id }, outsider.token);
    expect(errorCode(read)).toBe('NOT_FOUND');
    expect(read.data?.asset ?? null).toBeNull();
    // The same answer as an id that never existed.
    const unknown = await app.gql(ADD, { assetId: randomUUID(), body: 'Hello' }, outsider.token);
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    expect(unknown.errors?.[0]?.message).toBe(write.errors?.[0]?.message);

    // Every read of comments filters by the asset's visibility itself, not only the asset field above it.
    ok(await app.gql(ADD, { assetId: privateAsset.id, body: 'Reply', parentId: top.addComment.id }, author.token));
    ok(await app.gql(EDIT, { id: top.addComment.id, body: 'A note to myself, edited' }, author.token));
    const reads = app.byline.app.get(CommentService);
    const asAuthor = { id: author.id, role: author.role, teamId: author.teamId };
    const asOutsider = { id: outsider.id, role: outsider.role, teamId: outsider.teamId };
    expect((await reads.topLevel(asAuthor, [privateAsset.id])).length).toBe(1);
    expect((await reads.replies(asAuthor, [top.addComment.id])).length).toBe(1);
    expect((await reads.history(asAuthor, [top.addComment.id])).length).toBe(1);
    expect(await reads.counts(asAuthor, [privateAsset.id])).toEqual(new Map([[privateAsset.id, 2]]));
    expect(await reads.topLevel(asOutsider, [privateAsset.id])).toEqual([]);
    expect(await reads.replies(asOutsider, [top.addComment.id])).toEqual([]);
    expect(await reads.history(asOutsider, [top.addComment.id])).toEqual([]);
    expect(await reads.mentions(asOutsider, [top.addComment.id])).toEqual([]);
    expect(await reads.counts(asOutsider, [privateAsset.id])).toEqual(new Map());

    // A draft is its authors' only: comments on it stay with them too.
    const draft = await createAsset(app, author.token, {}, { publish: false });
    expect(errorCode(await app.gql(ADD, { assetId: draft.id, body: 'Early feedback' }, outsider.token))).toBe(
      'NOT_FOUND',
    );
  });

  it('notifies a mentioned person who may see the asset and tells the writer about one who may not', async () => {
    const team = await createTeam(app);
    const author = await signIn({ teamId: team.id });
    const teammate = await signIn({ teamId: team.id, name: `Teammate ${randomUUID().slice(0, 4)}` });
    const outsider = await signIn();
    const departed = await createUser(app, { status: UserStatus.DEPARTED });
    const writer = await signIn({ teamId: team.id });
    const asset = await createAsset(app, author.token, { visibility: 'TEAM' });

    const body = `@${teammate.email.toUpperCase()} and @${outsider.email}, see this; also @${departed.email} and @${writer.email} and @nobody-${randomUUID().slice(0, 4)}@test.byline`;
    const { addComment: c } = ok(await app.gql(ADD, { assetId: asset.id, body }, writer.token));
    const byPerson = Object.fromEntries(c.mentions.map((m) => [m.user.id, m]));
    expect(c.mentions).toHaveLength(4);
    expect(byPerson[teammate.id]).toMatchObject({ notified: true, reason: null });
    expect(byPerson[outsider.id]).toMatchObject({ notified: false, reason: 'CANNOT_SEE_ASSET' });
    expect(byPerson[departed.id]).toMatchObject({ notified: false, reason: 'INACTIVE' });
    expect(byPerson[writer.id]).toMatchObject({ notified: false, reason: 'YOURSELF' });

    const teammateHears = ok(await app.gql(NOTIFICATIONS, {}, teammate.token)).notifications;
    expect(teammateHears).toEqual([
      expect.objectContaining({ kind: 'MENTION', path: `/assets/${asset.id}#comment-${c.id}` }),
    ]);
    expect(teammateHears[0].text).toContain(asset.title);
    expect(ok(await app.gql(NOTIFICATIONS, {}, outsider.token)).notifications).toEqual([]);
    // The asset's author hears of the comment; the writer hears nothing of their own.
    expect(ok(await app.gql(NOTIFICATIONS, {}, author.token)).notifications).toEqual([
      expect.objectContaining({ kind: 'COMMENT', path: `/assets/${asset.id}#comment-${c.id}` }),
    ]);
    expect(ok(await app.gql(NOTIFICATIONS, {}, writer.token)).notifications).toEqual([]);

    // A reply tells the thread's writer and the asset's authors, not the one replying.
    ok(await app.gql(ADD, { assetId: asset.id, body: 'Thanks!', parentId: c.id }, teammate.token));
    const writerHears = ok(await app.gql(NOTIFICATIONS, {}, writer.token)).notifications;
    expect(writerHears.map((n) => n.kind)).toEqual(['COMMENT']);
    expect(ok(await app.gql(NOTIFICATIONS, {}, teammate.token)).notifications).toHaveLength(1);
  });

  it('keeps the earlier bodies of an edited comment, readable by whoever may read it, and tells new mentions only', async () => {
    const author = await signIn();
    const writer = await signIn();
    const reader = await signIn();
    const named = await signIn();
    const asset = await createAsset(app, author.token);
    const { addComment: c } = ok(
      await app.gql(ADD, { assetId: asset.id, body: `First @${named.email}` }, writer.token),
    );
    expect(c.editedAt).toBeNull();

    const first = ok(await app.gql(EDIT, { id: c.id, body: `Second @${named.email}` }, writer.token)).editComment;
    expect(first.editedAt).not.toBeNull();
    const second = ok(await app.gql(EDIT, { id: c.id, body: 'Third' }, writer.token)).editComment;
    expect(second.body).toBe('Third');
    expect(second.history.map((h) => h.body)).toEqual([`First @${named.email}`, `Second @${named.email}`]);
    expect(second.history.every((h) => h.editedBy.id === writer.id)).toBe(true);
    // The mention stays recorded and was told once, not again on each edit.
    expect(ok(await app.gql(NOTIFICATIONS, {}, named.token)).notifications).toHaveLength(1);

    const { asset: seen } = ok(await app.gql(THREAD, { id: asset.id }, reader.token));
    expect(seen!.comments[0].history.map((h) => h.body)).toEqual([`First @${named.email}`, `Second @${named.email}`]);
    expect(seen!.comments[0].viewerCan).toEqual({ edit: false, resolve: false, reply: true });

    const notMine = await app.gql(EDIT, { id: c.id, body: 'Hijacked' }, reader.token);
    expect(errorCode(notMine)).toBe('FORBIDDEN');
    const authorEdit = await app.gql(EDIT, { id: c.id, body: 'Rewritten by the author' }, author.token);
    expect(errorCode(authorEdit)).toBe('FORBIDDEN');
  });

  it('lets the asset’s authors and the comment’s writer resolve a top-level comment, nobody else', async () => {
    const author = await signIn();
    const writer = await signIn();
    const other = await signIn();
    const admin = await signIn({ role: Role.ADMIN });
    const asset = await createAsset(app, author.token);
    const { addComment: c } = ok(await app.gql(ADD, { assetId: asset.id, body: 'Out of date slide 3' }, writer.token));
    const { addComment: reply } = ok(
      await app.gql(ADD, { assetId: asset.id, body: 'Agreed', parentId: c.id }, other.token),
    );

    expect(errorCode(await app.gql(RESOLVE, { id: c.id }, other.token))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(RESOLVE, { id: c.id }, admin.token))).toBe('FORBIDDEN');
    const onReply = await app.gql(RESOLVE, { id: reply.id }, author.token);
    expect(errorCode(onReply)).toBe('BAD_USER_INPUT');

    const resolved = ok(await app.gql(RESOLVE, { id: c.id }, author.token)).resolveComment;
    expect(resolved).toEqual({ id: c.id, resolved: true, resolvedBy: { id: author.id } });
    const reopened = ok(await app.gql(RESOLVE, { id: c.id, resolved: false }, writer.token)).resolveComment;
    expect(reopened).toEqual({ id: c.id, resolved: false, resolvedBy: null });
    expect(ok(await app.gql(RESOLVE, { id: c.id }, writer.token)).resolveComment.resolved).toBe(true);
    const { asset: seen } = ok(await app.gql(THREAD, { id: asset.id }, other.token));
    expect(seen!.comments[0]).toMatchObject({ resolved: true, viewerCan: { resolve: false } });
  });

  it('counts a comment toward the participating engagement level', async () => {
    const author = await signIn();
    const commenter = await signIn();
    const viewer = await signIn();
    const asset = await createAsset(app, author.token);
    const before = ok(await app.gql(PROFILE, { userId: commenter.id }, viewer.token)).personProfile;
    expect(before).toEqual({ engagement: { participating: 0 }, engagementLevel: null });

    const { addComment: c } = ok(await app.gql(ADD, { assetId: asset.id, body: 'Used it today' }, commenter.token));
    ok(await app.gql(ADD, { assetId: asset.id, body: 'Follow-up', parentId: c.id }, commenter.token));
    const after = ok(await app.gql(PROFILE, { userId: commenter.id }, viewer.token)).personProfile;
    expect(after).toEqual({ engagement: { participating: 2 }, engagementLevel: 'PARTICIPATING' });
  });

  it('refuses a flood of comments from one person', async () => {
    const author = await signIn();
    const flooder = await signIn();
    const asset = await createAsset(app, author.token);
    for (let i = 0; i < 30; i++) {
      ok(await app.gql(ADD, { assetId: asset.id, body: `Spam ${i}` }, flooder.token));
    }
    const over = await app.gql(ADD, { assetId: asset.id, body: 'One more' }, flooder.token);
    expect(errorCode(over)).toBe('RATE_LIMITED');
    // Others still comment.
    ok(await app.gql(ADD, { assetId: asset.id, body: 'Please stop' }, author.token));
  });

  it('refuses bad input with a typed error naming the field', async () => {
    const author = await signIn();
    const asset = await createAsset(app, author.token);
    const cases: [Record<string, unknown>, string][] = [
      [{ assetId: asset.id, body: '   \n ' }, 'body'],
      [{ assetId: asset.id, body: 'x'.repeat(10_001) }, 'body'],
      [{ assetId: asset.id, body: 'bell \u0007 here' }, 'body'],
      [{ assetId: 'not-an-id', body: 'Hello' }, 'assetId'],
      [{ assetId: asset.id, body: 'Hello', parentId: 'nope' }, 'parentId'],
      [
        {
          assetId: asset.id,
          body: Array.from({ length: 21 }, (_, i) => `@p${i}@test.byline`).join(' '),
        },
        'body',
      ],
    ];
    for (const [variables, name] of cases) {
      const res = await app.gql(ADD, variables as { assetId: string; body: string }, author.token);
      expect({ name, code: errorCode(res), field: field(res) }).toEqual({ name, code: 'BAD_USER_INPUT', field: name });
    }
    // The longest allowed body is kept whole, trimmed of surrounding blank space.
    const longest = 'y'.repeat(10_000);
    expect(ok(await app.gql(ADD, { assetId: asset.id, body: `  ${longest}\n` }, author.token)).addComment.body).toBe(
      longest,
    );
    expect(errorCode(await app.gql(EDIT, { id: randomUUID(), body: 'x' }, author.token))).toBe('NOT_FOUND');
    const { addComment: c } = ok(await app.gql(ADD, { assetId: asset.id, body: 'Fine' }, author.token));
    expect(field(await app.gql(EDIT, { id: c.id, body: '' }, author.token))).toBe('body');
    // Without a login there is nothing to comment with.
    expect(errorCode(await app.gql(ADD, { assetId: asset.id, body: 'Anonymous' }))).toBe('UNAUTHENTICATED');
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/modules/user/user.entity.js';
import { createAsset, setAuthors } from '../factories/asset.factory.js';
import { person } from '../factories/user.factory.js';
import type { SignedIn } from '../factories/user.factory.js';
import { graphql } from '../generated/gql.js';
import { isolatedDatabase } from '../support/isolated-database.js';
import type { IsolatedDatabase } from '../support/isolated-database.js';
import { errorCode, startTestApp } from '../support/test-app.js';
import type { GqlResponse, TestApp } from '../support/test-app.js';

const SET_REQUIRED = graphql(`
  mutation ApprovalSetRequired($required: Boolean!) {
    setApprovalRequired(required: $required)
  }
`);

const SHARE = graphql(`
  mutation ApprovalShare($input: CreateShareLinkInput!) {
    createShareLink(input: $input) {
      id
      url
    }
  }
`);

const APPROVAL = graphql(`
  query ApprovalOfAsset($id: ID!) {
    asset(id: $id) {
      id
      version
      approval {
        state
        blocksSharing
        version
        waitingSince
        decidedAt
        decidedBy {
          id
        }
        note
        viewerCanDecide
      }
    }
  }
`);

const APPROVE = graphql(`
  mutation ApprovalApprove($id: ID!, $note: String, $version: Int) {
    approveAsset(id: $id, note: $note, version: $version) {
      id
      approval {
        state
        version
      }
    }
  }
`);

const REJECT = graphql(`
  mutation ApprovalReject($id: ID!, $reason: String!) {
    rejectAsset(id: $id, reason: $reason) {
      id
      approval {
        state
        note
      }
    }
  }
`);

const QUEUE = graphql(`
  query ApprovalQueue {
    approvalQueue {
      asset {
        id
        title
      }
      version
      waitingSince
      waitingSeconds
    }
  }
`);

const EDIT = graphql(`
  mutation ApprovalEdit($id: ID!, $input: UpdateAssetInput!) {
    updateAsset(id: $id, input: $input) {
      id
      version
    }
  }
`);

const NOTIFICATIONS = graphql(`
  query ApprovalNotifications {
    notifications(first: 50) {
      kind
      text
      path
    }
  }
`);

const VIEWER_CAN = graphql(`
  query ApprovalViewerCan {
    viewer {
      viewerCan {
        decideApprovals
      }
    }
  }
`);

// The setting is the organisation's: this file runs on a database of its own, so turning it on changes nothing for
// the share-link tests running beside it.
describe('approval of client-facing content', () => {
  let database: IsolatedDatabase;
  let app: TestApp;
  let admin: SignedIn;
  let enablement: SignedIn;
  let author: SignedIn;
  let member: SignedIn;

  beforeAll(async () => {
    database = await isolatedDatabase();
    app = await startTestApp(database.env);
    [admin, enablement, author, member] = await Promise.all([
      person(app, { role: Role.ADMIN }),
      person(app, { role: Role.ENABLEMENT }),
      person(app),
      person(app),
    ]);
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const share = (assetId: string, token = member.token) =>
    app.gql(SHARE, { input: { assetId, clientEventId: randomUUID() } }, token);
  const approvalOf = async (id: string, token = author.token) =>
    (await app.gql(APPROVAL, { id }, token)).data!.asset!.approval;
  const reason = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.reason;
  const clientFacing = (title = `One-pager ${randomUUID().slice(0, 6)}`) =>
    createAsset(app, author.token, { kind: 'CLIENT_FACING', title });

  it('is off until an admin turns it on: client-facing content is shared as before', async () => {
    const asset = await clientFacing();
    expect(await approvalOf(asset.id)).toMatchObject({ state: 'NOT_REQUIRED', blocksSharing: false });
    expect(errorCode(await share(asset.id))).toBeUndefined();
    expect(errorCode(await app.gql(SET_REQUIRED, { required: true }, enablement.token))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(SET_REQUIRED, { required: true }, member.token))).toBe('FORBIDDEN');
    expect((await app.gql(SET_REQUIRED, { required: true }, admin.token)).data?.setApprovalRequired).toBe(true);
    // From now on even the asset shared before waits.
    const refused = await share(asset.id);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(reason(refused)).toBe('APPROVAL_PENDING');
  });

  it('refuses to share until enablement approves; members, managers and the authors themselves cannot approve', async () => {
    const manager = await person(app, { role: Role.MANAGER });
    const asset = await clientFacing();
    expect(await approvalOf(asset.id)).toMatchObject({ state: 'PENDING', blocksSharing: true, viewerCanDecide: false });
    expect((await approvalOf(asset.id, enablement.token)).viewerCanDecide).toBe(true);
    expect(reason(await share(asset.id))).toBe('APPROVAL_PENDING');
    expect(reason(await share(asset.id, author.token))).toBe('APPROVAL_PENDING');

    expect(errorCode(await app.gql(APPROVE, { id: asset.id }, member.token))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(APPROVE, { id: asset.id }, manager.token))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(APPROVE, { id: asset.id }, author.token))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(APPROVE, { id: randomUUID() }, enablement.token))).toBe('NOT_FOUND');
    // Enablement who wrote it does not approve their own work.
    const own = await createAsset(app, enablement.token, { kind: 'CLIENT_FACING' });
    expect(reason(await app.gql(APPROVE, { id: own.id }, enablement.token))).toBe('OWN_ASSET');
    // A version other than the one waiting was not what they read.
    expect(errorCode(await app.gql(APPROVE, { id: asset.id, version: asset.version + 5 }, enablement.token))).toBe(
      'CONFLICT',
    );

    const approved = await app.gql(APPROVE, { id: asset.id, note: 'Legal checked the claims.' }, enablement.token);
    expect(approved.data?.approveAsset.approval).toEqual({ state: 'APPROVED', version: asset.version });
    expect(await approvalOf(asset.id)).toMatchObject({
      state: 'APPROVED',
      blocksSharing: false,
      note: 'Legal checked the claims.',
      decidedBy: { id: enablement.id },
      waitingSince: null,
    });
    expect(errorCode(await share(asset.id))).toBeUndefined();
    const told = (await app.gql(NOTIFICATIONS, {}, author.token)).data!.notifications;
    expect(told).toContainEqual(
      expect.objectContaining({
        kind: 'APPROVAL',
        path: `/assets/${asset.id}`,
        text: expect.stringContaining('approved'),
      }),
    );
  });

  it('asks again for a new version of the content; a change of authors alone keeps the approval', async () => {
    const co = await person(app);
    const asset = await clientFacing();
    await app.gql(APPROVE, { id: asset.id }, enablement.token);
    const link = (await share(asset.id)).data!.createShareLink;
    const buyerSees = async () => (await fetch(`${app.url}${new URL(link.url).pathname}`)).status;
    expect(await buyerSees()).toBe(200);
    await setAuthors(app, author.token, asset.id, [
      { userId: author.id, role: 'LEAD_AUTHOR', share: 80 },
      { userId: co.id, role: 'CO_AUTHOR', share: 20 },
    ]);
    expect((await approvalOf(asset.id)).state).toBe('APPROVED');
    expect(errorCode(await share(asset.id))).toBeUndefined();

    const current = (await app.gql(APPROVAL, { id: asset.id }, author.token)).data!.asset!;
    const edited = await app.gql(
      EDIT,
      { id: asset.id, input: { expectedVersion: current.version, body: 'Now with a 40% saving claim.' } },
      author.token,
    );
    expect(edited.errors).toBeUndefined();
    const waiting = await approvalOf(asset.id);
    expect(waiting).toMatchObject({ state: 'PENDING', version: edited.data!.updateAsset.version });
    expect(reason(await share(asset.id))).toBe('APPROVAL_PENDING');
    // The link made before the edit does not show buyers the unapproved content: it answers as an unavailable link.
    expect(await buyerSees()).toBe(410);

    expect(errorCode(await app.gql(REJECT, { id: asset.id, reason: '   ' }, enablement.token))).toBe('BAD_USER_INPUT');
    const rejected = await app.gql(REJECT, { id: asset.id, reason: 'The 40% claim needs a source.' }, enablement.token);
    expect(rejected.data?.rejectAsset.approval).toEqual({ state: 'REJECTED', note: 'The 40% claim needs a source.' });
    expect(reason(await share(asset.id))).toBe('APPROVAL_REJECTED');
    expect(await buyerSees()).toBe(410);
    await app.gql(APPROVE, { id: asset.id }, enablement.token);
    expect(await buyerSees()).toBe(200);
    const told = (await app.gql(NOTIFICATIONS, {}, co.token)).data!.notifications;
    expect(told).toContainEqual(
      expect.objectContaining({ kind: 'APPROVAL', text: expect.stringContaining('The 40% claim needs a source.') }),
    );
  });

  it('lists what waits, the longest waiting first, to enablement and admins only', async () => {
    const titles = [1, 2, 3].map((n) => `Queue ${n} ${randomUUID().slice(0, 6)}`);
    const made = [];
    for (const title of titles) made.push(await clientFacing(title));
    await app.gql(APPROVE, { id: made[1].id }, enablement.token);
    // Another kind never waits.
    await createAsset(app, author.token, { kind: 'BEST_PRACTICE' });

    expect(errorCode(await app.gql(QUEUE, {}, member.token))).toBe('FORBIDDEN');
    const queue = (await app.gql(QUEUE, {}, enablement.token)).data!.approvalQueue;
    const mine = queue.filter((q) => titles.includes(q.asset.title));
    expect(mine.map((q) => q.asset.title)).toEqual([titles[0], titles[2]]);
    const since = queue.map((q) => Date.parse(q.waitingSince));
    expect([...since].sort((a, b) => a - b)).toEqual(since);
    for (const q of queue) {
      const seconds = (Date.now() - Date.parse(q.waitingSince)) / 1000;
      expect(Math.abs(q.waitingSeconds - seconds)).toBeLessThan(60);
    }
    expect((await app.gql(QUEUE, {}, admin.token)).data!.approvalQueue.length).toBe(queue.length);
    expect((await app.gql(VIEWER_CAN, {}, enablement.token)).data!.viewer!.viewerCan.decideApprovals).toBe(true);
    expect((await app.gql(VIEWER_CAN, {}, member.token)).data!.viewer!.viewerCan.decideApprovals).toBe(false);
  });

  it('hides an asset the approver may not see (NOT_FOUND) and refuses kinds that need no approval', async () => {
    const hidden = await createAsset(app, author.token, { kind: 'CLIENT_FACING', visibility: 'PRIVATE' });
    expect(errorCode(await app.gql(APPROVE, { id: hidden.id }, enablement.token))).toBe('NOT_FOUND');
    const internal = await createAsset(app, author.token, { kind: 'BEST_PRACTICE' });
    expect(errorCode(await app.gql(APPROVE, { id: internal.id }, enablement.token))).toBe('BAD_USER_INPUT');
    expect((await approvalOf(internal.id)).state).toBe('NOT_REQUIRED');
  });

  it('turned off again, lets client-facing content be shared as before', async () => {
    const asset = await clientFacing();
    expect(reason(await share(asset.id))).toBe('APPROVAL_PENDING');
    expect((await app.gql(SET_REQUIRED, { required: false }, admin.token)).data?.setApprovalRequired).toBe(false);
    expect(errorCode(await share(asset.id))).toBeUndefined();
    expect((await app.gql(QUEUE, {}, enablement.token)).data!.approvalQueue).toEqual([]);
  });
});

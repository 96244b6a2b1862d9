import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/modules/user/user.entity.js';
import { createAsset } from '../factories/asset.factory.js';
import { createTeam, signedIn } from '../factories/user.factory.js';
import { graphql } from '../generated/gql.js';
import { buildPdf } from '../support/file-builders.js';
import { startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

const ATTACHMENTS = graphql(`
  query AttachmentList($id: ID!) {
    asset(id: $id) {
      attachments {
        id
        uploadedBy {
          id
        }
      }
    }
  }
`);
const ATTACHMENT_IDS = graphql(`
  query AttachmentIds($id: ID!) {
    asset(id: $id) {
      attachments {
        id
      }
    }
  }
`);
const DELETE = graphql(`
  mutation AttachmentDelete($id: ID!) {
    deleteAttachment(id: $id)
  }
`);

describe('attachments', () => {
  let app: TestApp;
  let author: Awaited<ReturnType<typeof signedIn>>;
  let reader: Awaited<ReturnType<typeof signedIn>>;
  let outsider: Awaited<ReturnType<typeof signedIn>>;
  let PDF: Buffer;

  const upload = (assetId: string, token: string, name: string, content: Buffer) => {
    const form = new FormData();
    form.append('file', new Blob([content]), name);
    return fetch(`${app.url}/assets/${assetId}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
  };
  const download = (id: string, token?: string) =>
    fetch(`${app.url}/attachments/${id}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    app = await startTestApp({ BYLINE_ATTACHMENT_MAX_BYTES: String(64 * 1024) });
    PDF = await buildPdf({ title: 'Pricing deck', pages: [{ text: 'Tiers and discounts' }] });
    const team = (await createTeam(app)).id;
    author = await signedIn(app, Role.MEMBER, team);
    reader = await signedIn(app, Role.MEMBER, team);
    outsider = await signedIn(app, Role.MEMBER);
  });
  afterAll(() => app.close());

  it('stores an upload and serves it back, byte for byte, as a download to those who may see the asset', async () => {
    const asset = await createAsset(app, author.token, { visibility: 'TEAM' });
    const res = await upload(asset.id, author.token, 'Pricing deck.pdf', PDF);
    expect(res.status).toBe(201);
    const saved = (await res.json()) as { id: string; fileName: string; contentType: string; sizeBytes: number };
    expect(saved).toMatchObject({
      fileName: 'Pricing deck.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
    });

    const got = await download(saved.id, reader.token);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''Pricing%20deck.pdf");
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await got.arrayBuffer()).equals(PDF)).toBe(true);

    const listed = await app.gql(ATTACHMENTS, { id: asset.id }, reader.token);
    expect(listed.data?.asset?.attachments).toEqual([{ id: saved.id, uploadedBy: { id: author.user.id } }]);

    // Someone outside the team cannot reach the file, and nobody can without a token.
    expect((await download(saved.id, outsider.token)).status).toBe(404);
    expect((await download(saved.id)).status).toBe(401);
  });

  it('refuses uploads of refused types, mismatched content, over the size limit, or by non-authors', async () => {
    const asset = await createAsset(app, author.token);
    const cases: [string, string, Buffer, number][] = [
      [author.token, 'script.html', Buffer.from('<script>alert(1)</script>'), 400],
      [author.token, 'setup.exe', Buffer.from('MZ....'), 400],
      [author.token, 'photo.png', Buffer.from('not really a png'), 400],
      [author.token, 'huge.pdf', Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(65 * 1024, 0x20)]), 400],
      [reader.token, 'notes.txt', Buffer.from('I am not an author'), 403],
      [outsider.token, 'notes.txt', Buffer.from('hello'), 403],
    ];
    for (const [token, name, content, status] of cases) {
      const res = await upload(asset.id, token, name, content);
      expect({ name, status: res.status }).toEqual({ name, status });
      expect(((await res.json()) as { code: string }).code).toMatch(/BAD_USER_INPUT|FORBIDDEN/);
    }
    const listed = await app.gql(ATTACHMENT_IDS, { id: asset.id }, author.token);
    expect(listed.data?.asset?.attachments).toEqual([]);
  });

  it('lets an author delete an attachment, after which it is gone', async () => {
    const asset = await createAsset(app, author.token);
    const saved = (await (await upload(asset.id, author.token, 'notes.md', Buffer.from('# Notes\n'))).json()) as {
      id: string;
    };
    const denied = await app.gql(DELETE, { id: saved.id }, reader.token);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const ok = await app.gql(DELETE, { id: saved.id }, author.token);
    expect(ok.data).toEqual({ deleteAttachment: true });
    expect((await download(saved.id, author.token)).status).toBe(404);
  });
});

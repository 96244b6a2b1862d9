import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ReuseKind } from '../../src/modules/reuse/reuse-event.entity.js';
import { Role } from '../../src/modules/user/user.entity.js';
import { createAsset, publish } from '../factories/asset.factory.js';
import { RECORD_REUSE } from '../factories/credit.factory.js';
import { createTeam, signedIn } from '../factories/user.factory.js';
import { graphql } from '../generated/gql.js';
import { buildDocx, buildPdf, buildPptx, buildXlsx, encryptedPdf, zipBombPptx } from '../support/file-builders.js';
import { errorCode, startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

const FILES = graphql(`
  query FilesOfAsset($id: ID!) {
    asset(id: $id) {
      id
      title
      summary
      body
      version
      status
      thumbnailPath
      attachments {
        id
        fileName
        previewPath
        thumbnailPath
        extraction {
          status
          progress
          kind
          pageLabel
          pageCount
          title
          preview
          error
        }
        pages(first: 10) {
          n
          heading
          text
        }
      }
      stats {
        slidesUsed {
          slide
          reuses
        }
      }
    }
  }
`);

const SEARCH = graphql(`
  query SearchInsideFiles($search: String!) {
    assets(search: $search, first: 10) {
      totalCount
      edges {
        node {
          id
          title
          fileMatches(query: $search) {
            fileName
            pageLabel
            page
            heading
            snippet
          }
        }
      }
    }
  }
`);

const SIMILAR = graphql(`
  query SimilarToFile($id: ID!) {
    similarAssets(assetId: $id) {
      similarity
      asset {
        id
      }
    }
  }
`);

const MY_DRAFTS = graphql(`
  query MyDraftCount {
    assets(filter: { status: DRAFT }, first: 50) {
      totalCount
    }
  }
`);

type Member = Awaited<ReturnType<typeof signedIn>>;

describe('files as content', () => {
  let app: TestApp;
  let author: Member;
  let colleague: Member;
  let outsider: Member;

  const post = (path: string, token: string, name: string, content: Buffer, fields: Record<string, string> = {}) => {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    form.append('file', new Blob([content]), name);
    return fetch(`${app.url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  };
  const fromFile = (token: string, name: string, content: Buffer, fields?: Record<string, string>) =>
    post('/assets/from-file', token, name, content, fields);
  const get = (path: string, token?: string) =>
    fetch(`${app.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  /** The asset once every file of it has been read (or could not be). */
  async function whenRead(id: string, token: string) {
    for (let i = 0; i < 450; i++) {
      const asset = (await app.gql(FILES, { id }, token)).data?.asset;
      if (asset?.attachments.every((a) => ['DONE', 'FAILED'].includes(a.extraction?.status ?? 'DONE'))) return asset;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`The files of ${id} were not read in 90 s`);
  }

  beforeAll(async () => {
    app = await startTestApp({ BYLINE_JOB_POLL_SECONDS: '1' });
    const team = (await createTeam(app)).id;
    author = await signedIn(app, Role.MEMBER, team);
    colleague = await signedIn(app, Role.MEMBER, team);
    outsider = await signedIn(app, Role.MEMBER);
  });
  afterAll(() => app.close());

  it('makes a draft from a dropped PDF: title, summary and body from the file, a preview and a thumbnail', async () => {
    const pdf = await buildPdf({
      title: 'Acme pricing playbook',
      pages: [
        { heading: 'Why price on value', text: 'Buyers who see the value early accept a higher first offer.' },
        { heading: 'Discount ladder', text: 'Offer the quarterly rebate ladder before any list price discount.' },
        { text: 'Close with a mutual action plan signed by the economic buyer.' },
      ],
    });
    const res = await fromFile(author.token, 'acme-pricing.pdf', pdf, { visibility: 'TEAM', kind: 'BEST_PRACTICE' });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: string; title: string; version: number };
    expect(created).toMatchObject({ title: 'acme-pricing', version: 1 });

    const asset = await whenRead(created.id, author.token);
    expect(asset).toMatchObject({ title: 'Acme pricing playbook', status: 'DRAFT', version: 2 });
    expect(asset.summary).toContain('Buyers who see the value early');
    expect(asset.body).toContain('## Discount ladder (page 2)');
    expect(asset.body).toContain('quarterly rebate ladder');
    const [file] = asset.attachments;
    expect(file.extraction).toMatchObject({
      status: 'DONE',
      progress: 100,
      kind: 'PDF',
      pageLabel: 'page',
      pageCount: 3,
      title: 'Acme pricing playbook',
      preview: 'PDF',
      error: null,
    });
    expect(file.pages.map((p) => p.n)).toEqual([1, 2, 3]);
    expect(file.pages[1].text).toContain('quarterly rebate ladder');
    expect(asset.thumbnailPath).toBe(`/attachments/${file.id}/thumbnail`);

    // The thumbnail is a PNG and the preview the PDF, for those who may see the asset and nobody else.
    const thumbnail = await get(file.thumbnailPath!, colleague.token);
    expect(thumbnail.status).toBe(404); // still a draft: its author's only
    const own = await get(file.thumbnailPath!, author.token);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('image/png');
    expect(
      Buffer.from(await own.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    const preview = await get(file.previewPath!, author.token);
    expect(preview.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await preview.arrayBuffer()).equals(pdf)).toBe(true);

    await publish(app, author.token, created.id);
    expect((await get(file.thumbnailPath!, colleague.token)).status).toBe(200);
    expect((await get(file.thumbnailPath!, outsider.token)).status).toBe(404);
    expect((await get(file.previewPath!, outsider.token)).status).toBe(404);
    expect((await get(file.previewPath!)).status).toBe(401);
  });

  it('finds words inside files and says on which page or slide they are, for those who may see them', async () => {
    const deck = await buildPptx({
      title: 'Renewal deck',
      slides: [
        { title: 'Renewal deck', text: 'For customers in their second year' },
        { title: 'Usage review', text: 'Show the seat utilisation heatmap per department' },
        { title: 'Expansion', text: 'Propose the zeppelin onboarding bundle for new departments' },
      ],
    });
    const res = await fromFile(author.token, 'Renewal deck.pptx', deck, { visibility: 'TEAM' });
    const { id } = (await res.json()) as { id: string };
    const read = await whenRead(id, author.token);
    expect(read.attachments[0].extraction).toMatchObject({ kind: 'PPTX', pageLabel: 'slide', pageCount: 3 });
    await publish(app, author.token, id);

    const found = await app.gql(SEARCH, { search: 'zeppelin onboarding' }, colleague.token);
    const hit = found.data?.assets.edges.find((e) => e.node.id === id)?.node;
    expect(hit?.fileMatches).toEqual([
      {
        fileName: 'Renewal deck.pptx',
        pageLabel: 'slide',
        page: 3,
        heading: 'Expansion',
        snippet: expect.stringContaining('«zeppelin» «onboarding»'),
      },
    ]);
    // Outside the team: the asset is not found, so neither is what is inside its file.
    const hidden = await app.gql(SEARCH, { search: 'zeppelin onboarding' }, outsider.token);
    expect(hidden.data?.assets.edges.map((e) => e.node.id)).not.toContain(id);
  });

  it('records the slides a reuse names and counts them in the stats, refusing slides the deck does not have', async () => {
    const deck = await buildPptx({
      slides: [1, 2, 3, 4, 5].map((n) => ({ title: `Step ${n}`, text: `What to say at step ${n} of the call` })),
    });
    const { id } = (await (await fromFile(author.token, 'Discovery call.pptx', deck)).json()) as { id: string };
    await whenRead(id, author.token);
    await publish(app, author.token, id);

    const reuse = (slides: string, clientEventId: string, kind = ReuseKind.COPY) =>
      app.gql(RECORD_REUSE, { input: { assetId: id, kind, clientEventId, slides } }, colleague.token);
    expect((await reuse('slides 2–4', 'slides-1')).errors).toBeUndefined();
    expect((await reuse('3', 'slides-2', ReuseKind.SHARE_WITH_CUSTOMER)).errors).toBeUndefined();
    const tooFar = await reuse('4-9', 'slides-3');
    expect(errorCode(tooFar)).toBe('BAD_USER_INPUT');
    expect(tooFar.errors?.[0]?.message).toBe('The deck has 5 slides; there is no slide 9.');
    expect(errorCode(await reuse('two', 'slides-4'))).toBe('BAD_USER_INPUT');

    const asset = (await app.gql(FILES, { id }, colleague.token)).data?.asset;
    expect(asset?.stats.slidesUsed).toEqual([
      { slide: 2, reuses: 1 },
      { slide: 3, reuses: 2 },
      { slide: 4, reuses: 1 },
    ]);

    // An asset without a deck has no slides to name.
    const plain = await createAsset(app, author.token, { visibility: 'ORG' });
    await publish(app, author.token, plain.id);
    const none = await app.gql(
      RECORD_REUSE,
      { input: { assetId: plain.id, kind: ReuseKind.COPY, clientEventId: 'slides-5', slides: '1' } },
      colleague.token,
    );
    expect(none.errors?.[0]?.message).toBe('This asset has no deck or PDF whose slides could be named.');
  });

  it('reads DOCX sections and XLSX sheets, and falls back to the outline where no PDF preview can be made', async () => {
    const docx = await buildDocx({
      title: 'Objection handling',
      paragraphs: [
        { text: 'Objection handling', style: 'title' },
        { text: 'Too expensive', style: 1 },
        { text: 'Reframe the cost as the price of the problem staying unsolved.' },
        { text: 'Bad timing', style: 1 },
        { text: 'Ask what would have to be true for this quarter to work.' },
      ],
    });
    const { id } = (await (await fromFile(author.token, 'objections.docx', docx)).json()) as { id: string };
    const read = await whenRead(id, author.token);
    expect(read.title).toBe('Objection handling');
    const [file] = read.attachments;
    expect(file.extraction).toMatchObject({ kind: 'DOCX', pageLabel: 'section', status: 'DONE' });
    expect(file.pages.map((p) => p.heading)).toEqual(expect.arrayContaining(['Too expensive', 'Bad timing']));
    if (file.extraction?.preview === 'OUTLINE') {
      expect(file.previewPath).toBeNull();
      expect((await get(`/attachments/${file.id}/preview`, author.token)).status).toBe(404);
    } else {
      expect(file.extraction?.preview).toBe('CONVERTED');
      const preview = await get(file.previewPath!, author.token);
      expect(
        Buffer.from(await preview.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    }

    const xlsx = await buildXlsx({
      title: 'Price list',
      sheets: [
        {
          name: 'Tiers',
          rows: [
            ['Tier', 'Seats'],
            ['Growth', 50],
            ['Scale', 500],
          ],
        },
      ],
    });
    const sheet = (await (await fromFile(author.token, 'prices.xlsx', xlsx)).json()) as { id: string };
    const sheetRead = await whenRead(sheet.id, author.token);
    expect(sheetRead.attachments[0].extraction).toMatchObject({ kind: 'XLSX', pageLabel: 'sheet', pageCount: 1 });
    expect(sheetRead.attachments[0].pages[0]).toMatchObject({ heading: 'Tiers' });
    expect(sheetRead.attachments[0].pages[0].text).toContain('Scale');
  });

  it('offers the original when a dropped file is a near-copy of a published one, by the text inside the files', async () => {
    const words = (seed: string) => Array.from({ length: 120 }, (_, i) => `${seed}${(i * 7919) % 503}`).join(' ');
    const original = words('quota');
    const pages = (text: string) => [{ text: text.slice(0, 400) }, { text: text.slice(400) }];
    const first = await fromFile(author.token, 'Playbook.pdf', await buildPdf({ pages: pages(original) }), {
      visibility: 'ORG',
    });
    const { id: originalId } = (await first.json()) as { id: string };
    await whenRead(originalId, author.token);
    await publish(app, author.token, originalId);

    // The colleague's copy changes the last few words only; its own title and body differ from the original's.
    const copied = original.split(' ').slice(0, 110).join(' ') + ' ' + words('mine').split(' ').slice(0, 10).join(' ');
    const second = await fromFile(colleague.token, 'My playbook.pdf', await buildPdf({ pages: pages(copied) }));
    const { id: copyId } = (await second.json()) as { id: string };
    await whenRead(copyId, colleague.token);
    const similar = (await app.gql(SIMILAR, { id: copyId }, colleague.token)).data?.similarAssets;
    expect(similar?.map((s) => s.asset.id)).toEqual([originalId]);
    expect(similar?.[0].similarity).toBeGreaterThan(0.6);
    // Someone who may not see the copy learns nothing about it.
    expect(errorCode(await app.gql(SIMILAR, { id: copyId }, outsider.token))).toBe('NOT_FOUND');
  });

  it('refuses bad files with a sentence naming them, and stores nothing for them', async () => {
    const draftsBefore = (await app.gql(MY_DRAFTS, {}, author.token)).data?.assets.totalCount;
    const docx = await buildDocx({ paragraphs: [{ text: 'Just a document' }] });
    const cases: [string, Buffer, RegExp][] = [
      ['bomb.pptx', zipBombPptx(), /bomb\.pptx/],
      ['really-a-docx.pptx', docx, /really-a-docx\.pptx/],
      ['locked.pdf', encryptedPdf(), /locked\.pdf/],
      ['not-a-pdf.pdf', Buffer.from('\x89PNG\r\n\x1a\n not a pdf'), /not-a-pdf\.pdf/],
      ['script.exe', Buffer.from('MZ'), /“script\.exe” is not a type Byline accepts/],
    ];
    for (const [name, content, message] of cases) {
      const res = await fromFile(author.token, name, content);
      const body = (await res.json()) as { code: string; message: string };
      expect({ name, status: res.status, code: body.code }).toEqual({ name, status: 400, code: 'BAD_USER_INPUT' });
      expect(body.message).toMatch(message);
    }
    expect((await app.gql(MY_DRAFTS, {}, author.token)).data?.assets.totalCount).toBe(draftsBefore);

    // Without a session nothing is read at all.
    expect((await fromFile('', 'deck.pdf', await buildPdf({ pages: [{ text: 'x' }] }))).status).toBe(401);
  });
});

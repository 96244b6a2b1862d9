import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import PizZip from 'pizzip';
import { DataSource } from 'typeorm';
import { markdownToDocx } from '../../src/modules/template/template-docx.js';
import { createAsset } from '../factories/asset.factory.js';
import { creditOf } from '../factories/credit.factory.js';
import { createAccount, createDeal } from '../factories/deal.factory.js';
import { person } from '../factories/user.factory.js';
import { graphql } from '../generated/gql.js';
import { errorCode, startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

const PERSONALIZE = graphql(`
  mutation TemplatePersonalize($input: PersonalizeTemplateInput!) {
    personalizeTemplate(input: $input) {
      id
      title
      body
      status
      visibility
      version
      isTemplate
      derivedFrom {
        id
      }
      authors {
        role
        share
        user {
          id
        }
      }
    }
  }
`);
const COPY = graphql(`
  query TemplateCopy($id: ID!) {
    asset(id: $id) {
      id
      version
      templateChange {
        fromVersion
        toVersion
        diff {
          lines
        }
      }
    }
  }
`);
const EDIT = graphql(`
  mutation TemplateEdit($id: ID!, $input: UpdateAssetInput!) {
    updateAsset(id: $id, input: $input) {
      version
    }
  }
`);

const TEMPLATE = `# Proposal for {{account.name}}

{{deal.product}} for {{account.industry}}, by {{owner.name}}.

{{#locked}}
## Terms
Prices hold for 30 days.
{{/locked}}
`;

describe('templates', () => {
  let app: TestApp;
  let author: Awaited<ReturnType<typeof person>>;
  let seller: Awaited<ReturnType<typeof person>>;
  let other: Awaited<ReturnType<typeof person>>;

  const dealOf = async (ownerId: string) => {
    const account = await createAccount(app, `Acme ${Math.random().toString(36).slice(2, 8)}`, 'Retail');
    const deal = await createDeal(app, { ownerId });
    await app.byline.app
      .get(DataSource)
      .query(`UPDATE deals SET account_id = $1, product = 'GTX Pro' WHERE id = $2`, [account.id, deal.id]);
    return { ...deal, account };
  };
  const usesInDeal = (assetId: string, dealId: string) =>
    app.byline.app
      .get(DataSource)
      .query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM reuse_events WHERE asset_id = $1 AND deal_id = $2 AND kind = 'USED_IN_DEAL'`,
        [assetId, dealId],
      );

  beforeAll(async () => {
    app = await startTestApp();
    author = await person(app);
    seller = await person(app);
    other = await person(app);
  });
  afterAll(() => app.close());

  it('refuses a template naming an unknown placeholder, saying which', async () => {
    const res = await app.gql(
      `mutation($input: CreateAssetInput!) { createAsset(input: $input) { id } }`,
      {
        input: {
          kind: 'CLIENT_FACING',
          title: 'Bad',
          body: 'Hi {{account.nmae}}',
          visibility: 'ORG',
          isTemplate: true,
        },
      },
      author.token,
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.field).toBe('body');
    expect(res.errors?.[0]?.message).toBe('Unknown placeholder {{account.nmae}}: did you mean {{account.name}}?');
  });

  it('personalises a template for a deal: a private filled copy, credited once, versioned on repeat', async () => {
    const template = await createAsset(app, author.token, { kind: 'CLIENT_FACING', body: TEMPLATE, isTemplate: true });
    const deal = await dealOf(seller.id);
    const before = await creditOf(app, author);

    const res = await app.gql(PERSONALIZE, { input: { templateId: template.id, dealId: deal.id } }, seller.token);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    const copy = res.data.personalizeTemplate;
    expect(copy).toMatchObject({ status: 'PUBLISHED', visibility: 'PRIVATE', version: 1, isTemplate: false });
    expect(copy.derivedFrom?.id).toBe(template.id);
    expect(copy.authors).toEqual([{ role: 'ADAPTER', share: 100, user: { id: seller.id } }]);
    expect(copy.body).toContain(`# Proposal for ${deal.account.name}`);
    expect(copy.body).toContain('GTX Pro for Retail');
    expect(copy.body).not.toContain('{{');
    expect(await creditOf(app, author)).toBe(before + 15);
    expect((await usesInDeal(copy.id, deal.id))[0].n).toBe(1);

    const edited = copy.body.replace('# Proposal', '# Our proposal');
    const again = await app.gql(
      PERSONALIZE,
      { input: { templateId: template.id, dealId: deal.id, body: edited } },
      seller.token,
    );
    expect(again.data!.personalizeTemplate).toMatchObject({ id: copy.id, version: 2, body: edited });
    expect(await creditOf(app, author)).toBe(before + 15);
    expect((await usesInDeal(copy.id, deal.id))[0].n).toBe(1);

    // Nobody else sees the private copy.
    expect(errorCode(await app.gql(COPY, { id: copy.id }, other.token))).toBe('NOT_FOUND');

    // A new version of the template shows on the copy as a change with its diff.
    expect((await app.gql(COPY, { id: copy.id }, seller.token)).data!.asset!.templateChange).toBeNull();
    await app.gql(
      EDIT,
      { id: template.id, input: { expectedVersion: template.version, body: TEMPLATE.replace('30 days', '60 days') } },
      author.token,
    );
    const change = (await app.gql(COPY, { id: copy.id }, seller.token)).data!.asset!.templateChange;
    expect(change).toMatchObject({ fromVersion: 1, toVersion: 2 });
    const lines = change!.diff.flatMap((h) => h.lines);
    expect(lines).toContain('-Prices hold for 30 days.');
    expect(lines).toContain('+Prices hold for 60 days.');

    // The DOCX export is a real DOCX holding the filled text.
    const docx = await fetch(`${app.url}/assets/${copy.id}/export.docx`, {
      headers: { authorization: `Bearer ${seller.token}` },
    });
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-disposition')).toContain(`attachment; filename="`);
    const zip = new PizZip(Buffer.from(await docx.arrayBuffer()));
    expect(zip.file('[Content_Types].xml')).not.toBeNull();
    expect(zip.file('word/document.xml')!.asText()).toContain(deal.account.name);
    const outsider = await fetch(`${app.url}/assets/${copy.id}/export.docx`, {
      headers: { authorization: `Bearer ${other.token}` },
    });
    expect(outsider.status).toBe(404);
  });

  it('refuses an edited locked section and creates nothing', async () => {
    const template = await createAsset(app, author.token, { kind: 'CLIENT_FACING', body: TEMPLATE, isTemplate: true });
    const deal = await dealOf(seller.id);
    const res = await app.gql(
      PERSONALIZE,
      { input: { templateId: template.id, dealId: deal.id, body: 'Prices hold for 90 days.' } },
      seller.token,
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toBe("The locked section 'Terms' cannot be changed.");
    const [row] = await app.byline.app
      .get(DataSource)
      .query<{ n: number }[]>('SELECT count(*)::int AS n FROM assets WHERE derived_from_id = $1', [template.id]);
    expect(row.n).toBe(0);
  });

  it("answers NOT_FOUND for a template you cannot see and for someone else's deal", async () => {
    const hidden = await createAsset(app, author.token, {
      kind: 'CLIENT_FACING',
      body: TEMPLATE,
      isTemplate: true,
      visibility: 'PRIVATE',
    });
    const open = await createAsset(app, author.token, { kind: 'CLIENT_FACING', body: TEMPLATE, isTemplate: true });
    const mine = await dealOf(seller.id);
    const theirs = await dealOf(other.id);
    const hiddenRes = await app.gql(PERSONALIZE, { input: { templateId: hidden.id, dealId: mine.id } }, seller.token);
    expect(errorCode(hiddenRes)).toBe('NOT_FOUND');
    const theirsRes = await app.gql(PERSONALIZE, { input: { templateId: open.id, dealId: theirs.id } }, seller.token);
    expect(errorCode(theirsRes)).toBe('NOT_FOUND');
  });

  it('checks a DOCX template when it is uploaded or its asset becomes one, and fills it for the copy', async () => {
    const upload = (assetId: string, name: string, bytes: Buffer) => {
      const form = new FormData();
      form.append('file', new Blob([bytes]), name);
      return fetch(`${app.url}/assets/${assetId}/attachments`, {
        method: 'POST',
        headers: { authorization: `Bearer ${author.token}` },
        body: form,
      });
    };
    const bad = await markdownToDocx('Bad', 'Dear {{acount.name}}');
    const template = await createAsset(app, author.token, { kind: 'CLIENT_FACING', body: TEMPLATE, isTemplate: true });
    const refused = await upload(template.id, 'Letter.docx', bad);
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { message: string }).message).toContain('Unknown placeholder {{acount.name}}');

    const plain = await createAsset(app, author.token, { kind: 'CLIENT_FACING', body: 'No placeholders.' });
    expect((await upload(plain.id, 'Letter.docx', bad)).status).toBe(201);
    const becoming = await app.gql(
      EDIT,
      { id: plain.id, input: { expectedVersion: plain.version, isTemplate: true } },
      author.token,
    );
    expect(errorCode(becoming)).toBe('BAD_USER_INPUT');
    expect(becoming.errors?.[0]?.message).toContain('Letter.docx');

    const good = await markdownToDocx(
      'Letter',
      'Dear {{account.name}}, from {{owner.name}}. {{#locked}}Terms apply.{{/locked}}',
    );
    expect((await upload(template.id, 'Letter.docx', good)).status).toBe(201);
    const deal = await dealOf(seller.id);
    const res = await app.gql(PERSONALIZE, { input: { templateId: template.id, dealId: deal.id } }, seller.token);
    const docx = await fetch(`${app.url}/assets/${res.data!.personalizeTemplate.id}/export.docx`, {
      headers: { authorization: `Bearer ${seller.token}` },
    });
    const xml = new PizZip(Buffer.from(await docx.arrayBuffer())).file('word/document.xml')!.asText();
    expect(xml).toContain(`Dear ${deal.account.name}, from ${seller.name}.`);
    expect(xml).toContain('Terms apply.');
    expect(xml).not.toContain('{{');
  });
});

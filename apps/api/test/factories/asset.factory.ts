import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { TaxonomyKind } from '../../src/modules/taxonomy/taxonomy-term.entity.js';
import { TaxonomyService } from '../../src/modules/taxonomy/taxonomy.service.js';
import { graphql } from '../generated/gql.js';
import type { AuthorshipInput, CreateAssetInput } from '../generated/graphql.js';
import type { TestApp } from '../support/test-app.js';

export interface TestAsset {
  id: string;
  title: string;
  version: number;
  status: string;
}

/** Adds vocabulary the tests tag assets with (idempotent). */
export async function ensureTaxonomy(app: TestApp, terms: Partial<Record<TaxonomyKind, string[]>>) {
  const service = app.byline.app.get(TaxonomyService);
  const em = app.byline.app.get(DataSource).manager;
  for (const [kind, values] of Object.entries(terms)) await service.ensure(em, kind as TaxonomyKind, values);
}

graphql(`
  fragment FactoryAsset on Asset {
    id
    title
    version
    status
  }
`);

const CREATE_ASSET = graphql(`
  mutation FactoryCreateAsset($input: CreateAssetInput!) {
    createAsset(input: $input) {
      ...FactoryAsset
    }
  }
`);

const DERIVE_ASSET = graphql(`
  mutation FactoryDeriveAsset($fromId: ID!, $input: CreateAssetInput!) {
    deriveAsset(fromId: $fromId, input: $input) {
      ...FactoryAsset
    }
  }
`);

const PUBLISH_ASSET = graphql(`
  mutation FactoryPublishAsset($id: ID!) {
    publishAsset(id: $id) {
      ...FactoryAsset
    }
  }
`);

const SET_AUTHORS = graphql(`
  mutation FactorySetAuthors($assetId: ID!, $authors: [AuthorshipInput!]!) {
    setAuthors(assetId: $assetId, authors: $authors) {
      id
    }
  }
`);

const assetInput = (input: Record<string, unknown>) =>
  ({
    kind: 'BEST_PRACTICE',
    title: `Discovery call checklist ${randomUUID().slice(0, 6)}`,
    body: 'Ask about the current process, the cost of doing nothing and who signs.',
    visibility: 'ORG',
    ...input,
  }) as CreateAssetInput;

/** An asset by the token's user, published unless `publish: false`. */
export async function createAsset(
  app: TestApp,
  token: string,
  input: Record<string, unknown> = {},
  options: { publish?: boolean } = {},
): Promise<TestAsset> {
  const res = await app.gql(CREATE_ASSET, { input: assetInput(input) }, token);
  if (!res.data?.createAsset) throw new Error(`createAsset failed: ${JSON.stringify(res.errors)}`);
  if (options.publish === false) return res.data.createAsset;
  return publish(app, token, res.data.createAsset.id);
}

/** An adaptation of `fromId` by the token's user, published unless `publish: false`. */
export async function deriveAsset(
  app: TestApp,
  token: string,
  fromId: string,
  input: Record<string, unknown> = {},
  options: { publish?: boolean } = {},
): Promise<TestAsset> {
  const res = await app.gql(
    DERIVE_ASSET,
    { fromId, input: assetInput({ title: `Adaptation ${randomUUID().slice(0, 6)}`, body: 'Adapted.', ...input }) },
    token,
  );
  if (!res.data?.deriveAsset) throw new Error(`deriveAsset failed: ${JSON.stringify(res.errors)}`);
  if (options.publish === false) return res.data.deriveAsset;
  return publish(app, token, res.data.deriveAsset.id);
}

export async function publish(app: TestApp, token: string, id: string): Promise<TestAsset> {
  const res = await app.gql(PUBLISH_ASSET, { id }, token);
  if (!res.data?.publishAsset) throw new Error(`publishAsset failed: ${JSON.stringify(res.errors)}`);
  return res.data.publishAsset;
}

export async function setAuthors(app: TestApp, token: string, assetId: string, authors: AuthorshipInput[]) {
  const res = await app.gql(SET_AUTHORS, { assetId, authors }, token);
  if (!res.data?.setAuthors) throw new Error(`setAuthors failed: ${JSON.stringify(res.errors)}`);
}

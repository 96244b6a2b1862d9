import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { TaxonomyKind } from '../../src/modules/taxonomy/taxonomy-term.entity.js';
import { TaxonomyService } from '../../src/modules/taxonomy/taxonomy.service.js';
import type { TestApp } from '../support/test-app.js';

export const ASSET_FIELDS = `id kind title summary body visibility status version industries buyerRoles journeyPhases products tags
  publishedAt team { id } authors { user { id } role share } derivedFrom { id }`;

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

export async function createAsset(
  app: TestApp,
  token: string,
  input: Record<string, unknown> = {},
  options: { publish?: boolean } = {},
): Promise<TestAsset> {
  const res = await app.gql<{ createAsset: TestAsset }>(
    `mutation($input: CreateAssetInput!) { createAsset(input: $input) { id title version status } }`,
    {
      input: {
        kind: 'BEST_PRACTICE',
        title: `Discovery call checklist ${randomUUID().slice(0, 6)}`,
        body: 'Ask about the current process, the cost of doing nothing and who signs.',
        visibility: 'ORG',
        ...input,
      },
    },
    token,
  );
  if (!res.data?.createAsset) throw new Error(`createAsset failed: ${JSON.stringify(res.errors)}`);
  if (options.publish === false) return res.data.createAsset;
  return publish(app, token, res.data.createAsset.id);
}

export async function publish(app: TestApp, token: string, id: string): Promise<TestAsset> {
  const res = await app.gql<{ publishAsset: TestAsset }>(
    'mutation($id: ID!) { publishAsset(id: $id) { id title version status } }',
    { id },
    token,
  );
  if (!res.data?.publishAsset) throw new Error(`publishAsset failed: ${JSON.stringify(res.errors)}`);
  return res.data.publishAsset;
}

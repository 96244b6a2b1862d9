import type { AssetKind, CreateAssetInput, JourneyPhase, UpdateAssetInput, Visibility } from '../../generated/graphql';
import { authorsProblem, splitEqually, toAuthorshipInput } from '../authorship/author-shares';
import type { AuthorDraft } from '../authorship/author-shares';
import { TITLE_MAX_LENGTH } from './asset-labels';
import type { AssetDetail } from './hooks/useAsset';

export type AssetEditorMode = 'create' | 'edit' | 'adapt';

export interface AssetFormValues {
  kind: AssetKind;
  title: string;
  summary: string;
  body: string;
  visibility: Visibility;
  industries: string[];
  buyerRoles: string[];
  journeyPhases: JourneyPhase[];
  products: string[];
  tags: string[];
  authors: AuthorDraft[];
  /** A template: its placeholders are filled for a deal by whoever personalises it. */
  isTemplate: boolean;
}

export const ASSET_FORM_FIELDS = [
  'kind',
  'title',
  'summary',
  'body',
  'visibility',
  'industries',
  'buyerRoles',
  'journeyPhases',
  'products',
  'tags',
  'authors',
] as const;

export type AssetFormField = (typeof ASSET_FORM_FIELDS)[number];
export type AssetFormErrors = Partial<Record<AssetFormField, string>>;

interface FormViewer {
  id: string;
  name: string;
  team: { id: string; name: string } | null;
}

export function emptyAssetValues(viewer: FormViewer): AssetFormValues {
  return {
    kind: 'BEST_PRACTICE',
    title: '',
    summary: '',
    body: '',
    visibility: 'ORG',
    industries: [],
    buyerRoles: [],
    journeyPhases: [],
    products: [],
    tags: [],
    authors: [{ user: viewer, role: 'LEAD_AUTHOR', share: splitEqually(1)[0] ?? 100 }],
    isTemplate: false,
  };
}

export function assetValuesOf(asset: AssetDetail): AssetFormValues {
  return {
    kind: asset.kind,
    title: asset.title,
    summary: asset.summary ?? '',
    body: asset.body,
    visibility: asset.visibility,
    industries: [...asset.industries],
    buyerRoles: [...asset.buyerRoles],
    journeyPhases: [...asset.journeyPhases],
    products: [...asset.products],
    tags: [...asset.tags],
    authors: asset.authors.map((author) => ({ user: author.user, role: author.role, share: author.share })),
    isTemplate: asset.isTemplate,
  };
}

/** An adaptation starts as a copy of its parent's content, led by the adapter alone. */
export function adaptationValuesOf(parent: AssetDetail, viewer: FormViewer): AssetFormValues {
  return {
    ...assetValuesOf(parent),
    // An adaptation belongs to the adapter's team: a parent shared with another team only stays private until the
    // adapter decides who may see it, so nothing meant for one team reaches another by default.
    visibility: parent.visibility === 'TEAM' && parent.team?.id !== viewer.team?.id ? 'PRIVATE' : parent.visibility,
    authors: [{ user: viewer, role: 'ADAPTER', share: 100 }],
  };
}

export function validateAssetValues(values: AssetFormValues, mode: AssetEditorMode): AssetFormErrors {
  const errors: AssetFormErrors = {};
  const title = values.title.trim();
  if (!title) {
    errors.title = 'Give it a title people will recognise in search.';
  } else if (title.length > TITLE_MAX_LENGTH) {
    errors.title = `Keep the title to ${TITLE_MAX_LENGTH} characters.`;
  }
  if (!values.body.trim()) {
    errors.body = 'Write the content: this is what people will read and reuse.';
  }
  const authors = authorsProblem(values.authors, mode === 'adapt' || values.authors.some((a) => a.role === 'ADAPTER'));
  if (authors) {
    errors.authors = authors;
  }
  return errors;
}

export function toCreateAssetInput(values: AssetFormValues): CreateAssetInput {
  return {
    kind: values.kind,
    title: values.title.trim(),
    summary: values.summary.trim() || null,
    body: values.body,
    visibility: values.visibility,
    industries: values.industries,
    buyerRoles: values.buyerRoles,
    journeyPhases: values.journeyPhases,
    products: values.products,
    tags: values.tags,
    authors: toAuthorshipInput(values.authors),
    isTemplate: values.isTemplate,
  };
}

export function toUpdateAssetInput(values: AssetFormValues, expectedVersion: number): UpdateAssetInput {
  return {
    expectedVersion,
    title: values.title.trim(),
    // An empty string clears the summary; the API stores it as none.
    summary: values.summary.trim(),
    body: values.body,
    visibility: values.visibility,
    industries: values.industries,
    buyerRoles: values.buyerRoles,
    journeyPhases: values.journeyPhases,
    products: values.products,
    tags: values.tags,
    isTemplate: values.isTemplate,
  };
}

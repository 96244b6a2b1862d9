/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What sort of knowledge an asset is. */
export type AssetKind =
  | 'BEST_PRACTICE'
  | 'CLIENT_FACING'
  | 'ENABLEMENT'
  | 'WIN_LOSS';

export type AssetStatus =
  | 'ARCHIVED'
  | 'DRAFT'
  | 'PUBLISHED';

/** How someone contributed (after CRediT / All Contributors). */
export type AuthorRole =
  | 'ADAPTER'
  | 'CO_AUTHOR'
  | 'LEAD_AUTHOR'
  | 'REVIEWER'
  | 'SUBJECT_MATTER_EXPERT';

export type AuthorshipInput = {
  role: AuthorRole;
  /** Whole percent, 1 to 100; the shares of an asset sum to 100. */
  share: number;
  userId: string | number;
};

export type CreateAssetInput = {
  /** WIN_LOSS only, with dealId: why the deal was won or lost. */
  analysis?: WinLossAnalysisInput | null | undefined;
  /** Default: the caller as LEAD_AUTHOR with share 100. */
  authors?: Array<AuthorshipInput> | null | undefined;
  /** Markdown, up to 1 MB. */
  body: string;
  buyerRoles?: Array<string> | null | undefined;
  /** The deal a WIN_LOSS analysis is about (a closed one). */
  dealId?: string | number | null | undefined;
  industries?: Array<string> | null | undefined;
  journeyPhases?: Array<JourneyPhase> | null | undefined;
  kind: AssetKind;
  products?: Array<string> | null | undefined;
  summary?: string | null | undefined;
  tags?: Array<string> | null | undefined;
  /** Up to 200 characters. */
  title: string;
  visibility: Visibility;
};

/** The customer's journey phase an asset helps with. */
export type JourneyPhase =
  | 'AWARENESS'
  | 'BUYING'
  | 'IMPLEMENTATION';

/** ORG: everyone; TEAM: the asset's team, its managers and admins; PRIVATE: its authors. */
export type Visibility =
  | 'ORG'
  | 'PRIVATE'
  | 'TEAM';

/** The structured part of a WIN_LOSS asset, about the deal named by dealId. Given on create or update, it replaces the analysis as a whole. */
export type WinLossAnalysisInput = {
  /** Buyer roles from the taxonomy (any case). */
  buyerRolesInvolved?: Array<string> | null | undefined;
  /** Who we competed against; default: the deal's competitor. */
  competitor?: string | null | undefined;
  /** Markdown, up to 20,000 characters. */
  lessonsLearned?: string | null | undefined;
  /** Must be the deal's outcome; only closed deals get an analysis. */
  outcome: WinLossOutcome;
  /** Labels from winLossReasons (any case); archived ones are refused. */
  reasons?: Array<string> | null | undefined;
};

/** What a closed deal came to. */
export type WinLossOutcome =
  | 'LOST'
  | 'WON';

export type FactoryCreateAssetMutationVariables = Exact<{
  input: CreateAssetInput;
}>;


export type FactoryCreateAssetMutation = { createAsset: { id: string, title: string, version: number, status: AssetStatus } };

export type FactoryDeriveAssetMutationVariables = Exact<{
  fromId: string | number;
  input: CreateAssetInput;
}>;


export type FactoryDeriveAssetMutation = { deriveAsset: { id: string, title: string, version: number, status: AssetStatus } };

export type FactoryPublishAssetMutationVariables = Exact<{
  id: string | number;
}>;


export type FactoryPublishAssetMutation = { publishAsset: { id: string, title: string, version: number, status: AssetStatus } };

export type FactorySetAuthorsMutationVariables = Exact<{
  assetId: string | number;
  authors: Array<AuthorshipInput> | AuthorshipInput;
}>;


export type FactorySetAuthorsMutation = { setAuthors: { id: string } };

export type FactoryLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type FactoryLoginMutation = { login: { token: string } };


export const FactoryCreateAssetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FactoryCreateAsset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAssetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAsset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FactoryCreateAssetMutation, FactoryCreateAssetMutationVariables>;
export const FactoryDeriveAssetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FactoryDeriveAsset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAssetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deriveAsset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FactoryDeriveAssetMutation, FactoryDeriveAssetMutationVariables>;
export const FactoryPublishAssetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FactoryPublishAsset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishAsset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FactoryPublishAssetMutation, FactoryPublishAssetMutationVariables>;
export const FactorySetAuthorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FactorySetAuthors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"authors"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorshipInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAuthors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"authors"},"value":{"kind":"Variable","name":{"kind":"Name","value":"authors"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FactorySetAuthorsMutation, FactorySetAuthorsMutationVariables>;
export const FactoryLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FactoryLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<FactoryLoginMutation, FactoryLoginMutationVariables>;
/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation FactoryCreateAsset($input: CreateAssetInput!) {\n    createAsset(input: $input) {\n      id\n      title\n      version\n      status\n    }\n  }\n": typeof types.FactoryCreateAssetDocument,
    "\n  mutation FactoryDeriveAsset($fromId: ID!, $input: CreateAssetInput!) {\n    deriveAsset(fromId: $fromId, input: $input) {\n      id\n      title\n      version\n      status\n    }\n  }\n": typeof types.FactoryDeriveAssetDocument,
    "\n  mutation FactoryPublishAsset($id: ID!) {\n    publishAsset(id: $id) {\n      id\n      title\n      version\n      status\n    }\n  }\n": typeof types.FactoryPublishAssetDocument,
    "\n  mutation FactorySetAuthors($assetId: ID!, $authors: [AuthorshipInput!]!) {\n    setAuthors(assetId: $assetId, authors: $authors) {\n      id\n    }\n  }\n": typeof types.FactorySetAuthorsDocument,
    "\n  mutation FactoryLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": typeof types.FactoryLoginDocument,
};
const documents: Documents = {
    "\n  mutation FactoryCreateAsset($input: CreateAssetInput!) {\n    createAsset(input: $input) {\n      id\n      title\n      version\n      status\n    }\n  }\n": types.FactoryCreateAssetDocument,
    "\n  mutation FactoryDeriveAsset($fromId: ID!, $input: CreateAssetInput!) {\n    deriveAsset(fromId: $fromId, input: $input) {\n      id\n      title\n      version\n      status\n    }\n  }\n": types.FactoryDeriveAssetDocument,
    "\n  mutation FactoryPublishAsset($id: ID!) {\n    publishAsset(id: $id) {\n      id\n      title\n      version\n      status\n    }\n  }\n": types.FactoryPublishAssetDocument,
    "\n  mutation FactorySetAuthors($assetId: ID!, $authors: [AuthorshipInput!]!) {\n    setAuthors(assetId: $assetId, authors: $authors) {\n      id\n    }\n  }\n": types.FactorySetAuthorsDocument,
    "\n  mutation FactoryLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": types.FactoryLoginDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateAsset($input: CreateAssetInput!) {\n    createAsset(input: $input) {\n      id\n      title\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryCreateAsset($input: CreateAssetInput!) {\n    createAsset(input: $input) {\n      id\n      title\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryDeriveAsset($fromId: ID!, $input: CreateAssetInput!) {\n    deriveAsset(fromId: $fromId, input: $input) {\n      id\n      title\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryDeriveAsset($fromId: ID!, $input: CreateAssetInput!) {\n    deriveAsset(fromId: $fromId, input: $input) {\n      id\n      title\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryPublishAsset($id: ID!) {\n    publishAsset(id: $id) {\n      id\n      title\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryPublishAsset($id: ID!) {\n    publishAsset(id: $id) {\n      id\n      title\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactorySetAuthors($assetId: ID!, $authors: [AuthorshipInput!]!) {\n    setAuthors(assetId: $assetId, authors: $authors) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FactorySetAuthors($assetId: ID!, $authors: [AuthorshipInput!]!) {\n    setAuthors(assetId: $assetId, authors: $authors) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
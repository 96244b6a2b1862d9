/* eslint-disable */
import * as types from './graphql';
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
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n': typeof types.LoginDocument;
  '\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      title\n      role\n      status\n      team {\n        id\n        name\n      }\n    }\n  }\n': typeof types.ViewerDocument;
  '\n  mutation CreateTeam($name: String!, $managerIds: [ID!]) {\n    createTeam(name: $name, managerIds: $managerIds) {\n      id\n      name\n      memberCount\n      managers {\n        id\n        name\n      }\n    }\n  }\n': typeof types.CreateTeamDocument;
  '\n  mutation SetTeamManagers($teamId: ID!, $userIds: [ID!]!) {\n    setTeamManagers(teamId: $teamId, userIds: $userIds) {\n      id\n      name\n      memberCount\n      managers {\n        id\n        name\n      }\n    }\n  }\n': typeof types.SetTeamManagersDocument;
  '\n  query Teams {\n    teams {\n      id\n      name\n      memberCount\n      managers {\n        id\n        name\n      }\n    }\n  }\n': typeof types.TeamsDocument;
  '\n  mutation CreateUser($email: String!, $name: String!, $password: String!, $role: Role!, $teamId: ID, $title: String) {\n    createUser(email: $email, name: $name, password: $password, role: $role, teamId: $teamId, title: $title) {\n      id\n      name\n      email\n      title\n      role\n      status\n      canLogIn\n      team {\n        id\n        name\n      }\n    }\n  }\n': typeof types.CreateUserDocument;
  '\n  mutation SetUserStatus($userId: ID!, $status: UserStatus!) {\n    setUserStatus(userId: $userId, status: $status) {\n      id\n      status\n      canLogIn\n    }\n  }\n': typeof types.SetUserStatusDocument;
  '\n  query UserOptions($search: String, $first: Int) {\n    users(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n          email\n          role\n        }\n      }\n    }\n  }\n': typeof types.UserOptionsDocument;
  '\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          title\n          role\n          status\n          canLogIn\n          team {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.UsersDocument;
};
const documents: Documents = {
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n':
    types.LoginDocument,
  '\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      title\n      role\n      status\n      team {\n        id\n        name\n      }\n    }\n  }\n':
    types.ViewerDocument,
  '\n  mutation CreateTeam($name: String!, $managerIds: [ID!]) {\n    createTeam(name: $name, managerIds: $managerIds) {\n      id\n      name\n      memberCount\n      managers {\n        id\n        name\n      }\n    }\n  }\n':
    types.CreateTeamDocument,
  '\n  mutation SetTeamManagers($teamId: ID!, $userIds: [ID!]!) {\n    setTeamManagers(teamId: $teamId, userIds: $userIds) {\n      id\n      name\n      memberCount\n      managers {\n        id\n        name\n      }\n    }\n  }\n':
    types.SetTeamManagersDocument,
  '\n  query Teams {\n    teams {\n      id\n      name\n      memberCount\n      managers {\n        id\n        name\n      }\n    }\n  }\n':
    types.TeamsDocument,
  '\n  mutation CreateUser($email: String!, $name: String!, $password: String!, $role: Role!, $teamId: ID, $title: String) {\n    createUser(email: $email, name: $name, password: $password, role: $role, teamId: $teamId, title: $title) {\n      id\n      name\n      email\n      title\n      role\n      status\n      canLogIn\n      team {\n        id\n        name\n      }\n    }\n  }\n':
    types.CreateUserDocument,
  '\n  mutation SetUserStatus($userId: ID!, $status: UserStatus!) {\n    setUserStatus(userId: $userId, status: $status) {\n      id\n      status\n      canLogIn\n    }\n  }\n':
    types.SetUserStatusDocument,
  '\n  query UserOptions($search: String, $first: Int) {\n    users(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n          email\n          role\n        }\n      }\n    }\n  }\n':
    types.UserOptionsDocument,
  '\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          title\n          role\n          status\n          canLogIn\n          team {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.UsersDocument,
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
export function graphql(
  source: '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      title\n      role\n      status\n      team {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      title\n      role\n      status\n      team {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateTeam($name: String!, $managerIds: [ID!]) {\n    createTeam(name: $name, managerIds: $managerIds) {\n      id\n      name\n      memberCount\n      managers {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateTeam($name: String!, $managerIds: [ID!]) {\n    createTeam(name: $name, managerIds: $managerIds) {\n      id\n      name\n      memberCount\n      managers {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetTeamManagers($teamId: ID!, $userIds: [ID!]!) {\n    setTeamManagers(teamId: $teamId, userIds: $userIds) {\n      id\n      name\n      memberCount\n      managers {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetTeamManagers($teamId: ID!, $userIds: [ID!]!) {\n    setTeamManagers(teamId: $teamId, userIds: $userIds) {\n      id\n      name\n      memberCount\n      managers {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Teams {\n    teams {\n      id\n      name\n      memberCount\n      managers {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Teams {\n    teams {\n      id\n      name\n      memberCount\n      managers {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateUser($email: String!, $name: String!, $password: String!, $role: Role!, $teamId: ID, $title: String) {\n    createUser(email: $email, name: $name, password: $password, role: $role, teamId: $teamId, title: $title) {\n      id\n      name\n      email\n      title\n      role\n      status\n      canLogIn\n      team {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateUser($email: String!, $name: String!, $password: String!, $role: Role!, $teamId: ID, $title: String) {\n    createUser(email: $email, name: $name, password: $password, role: $role, teamId: $teamId, title: $title) {\n      id\n      name\n      email\n      title\n      role\n      status\n      canLogIn\n      team {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetUserStatus($userId: ID!, $status: UserStatus!) {\n    setUserStatus(userId: $userId, status: $status) {\n      id\n      status\n      canLogIn\n    }\n  }\n',
): (typeof documents)['\n  mutation SetUserStatus($userId: ID!, $status: UserStatus!) {\n    setUserStatus(userId: $userId, status: $status) {\n      id\n      status\n      canLogIn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UserOptions($search: String, $first: Int) {\n    users(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n          email\n          role\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query UserOptions($search: String, $first: Int) {\n    users(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n          email\n          role\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          title\n          role\n          status\n          canLogIn\n          team {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          title\n          role\n          status\n          canLogIn\n          team {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;

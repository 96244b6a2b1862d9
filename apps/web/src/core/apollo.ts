import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import { bearerToken } from './bearer-session';
import { csrfHeaders, forgetSession } from './session';

export const LOGIN_PATH = '/login';
/** The CRM panel's pages, which live in another site's frame. */
export const EMBED_PATH_PREFIX = '/embed/';

// The session cookie goes along by itself (same origin); the CSRF token has to be sent in a header. The CRM panel's
// session is a bearer token instead, which needs no CSRF token.
const csrfLink = new SetContextLink((prevContext) => {
  const headers = prevContext.headers as Record<string, string> | undefined;
  const bearer = bearerToken();
  return { headers: { ...headers, ...(bearer ? { authorization: `Bearer ${bearer}` } : csrfHeaders()) } };
});

// An expired or revoked session: forget it and start over at the login page. A full page load also drops
// everything the previous session had cached.
const sessionEndLink = new ErrorLink(({ error }) => {
  const unauthenticated =
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((graphQLError) => graphQLError.extensions?.['code'] === 'UNAUTHENTICATED');
  // The CRM panel says so itself: its frame has no login page to go to.
  if (!unauthenticated || bearerToken() !== null || window.location.pathname.startsWith(EMBED_PATH_PREFIX)) {
    return;
  }
  forgetSession();
  if (window.location.pathname !== LOGIN_PATH) {
    window.location.assign(LOGIN_PATH);
  }
});

// HttpLink POSTs JSON (`content-type: application/json`), which the server's CSRF prevention requires.
const httpLink = new HttpLink({ uri: '/graphql' });

export const apolloClient = new ApolloClient({
  link: ApolloLink.from([sessionEndLink, csrfLink, httpLink]),
  cache: new InMemoryCache({
    typePolicies: {
      // What the viewer may do with an asset has no id of its own, and several queries ask for different parts of it
      // (the asset page its actions, the verification panel `verify`): their answers are merged, not replaced, so
      // neither query loses the fields it watches.
      AssetViewerCan: { merge: true },
      Query: {
        fields: {
          // Each search term is its own list; "Load more" appends pages fetched with `after`.
          users: relayStylePagination(['search']),
        },
      },
    },
  }),
});

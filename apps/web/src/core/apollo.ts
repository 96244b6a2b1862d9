import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import { csrfHeaders, forgetSession } from './session';

export const LOGIN_PATH = '/login';

// The session cookie goes along by itself (same origin); the CSRF token has to be sent in a header.
const csrfLink = new SetContextLink((prevContext) => {
  const headers = prevContext.headers as Record<string, string> | undefined;
  return { headers: { ...headers, ...csrfHeaders() } };
});

// An expired or revoked session: forget it and start over at the login page. A full page load also drops
// everything the previous session had cached.
const sessionEndLink = new ErrorLink(({ error }) => {
  const unauthenticated =
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((graphQLError) => graphQLError.extensions?.['code'] === 'UNAUTHENTICATED');
  if (!unauthenticated) {
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
      Query: {
        fields: {
          // Each search term is its own list; "Load more" appends pages fetched with `after`.
          users: relayStylePagination(['search']),
        },
      },
    },
  }),
});

import { useApolloClient } from '@apollo/client/react';

// Cached lists an import can change; they are fetched again when next shown.
const IMPORTED_FIELDS = ['deals', 'deal', 'winLoss', 'teams', 'users', 'topLossReasons', 'contentInfluence'];

/** After an import, drops the cached pipeline, analytics and directory so no page shows what the import changed. */
export function useForgetImportedData() {
  const client = useApolloClient();
  return () => {
    for (const fieldName of IMPORTED_FIELDS) {
      client.cache.evict({ id: 'ROOT_QUERY', fieldName });
    }
    client.cache.gc();
  };
}

import { useQuery } from '@apollo/client/react';
import { ClientSafeKindsDocument } from '../../../generated/graphql';
import type { AssetKind } from '../../../generated/graphql';

/** The asset kinds buyers may be shown; null until known. */
export function useClientSafeKinds(): readonly AssetKind[] | null {
  const { data } = useQuery(ClientSafeKindsDocument);
  return data?.clientSafeKinds ?? null;
}

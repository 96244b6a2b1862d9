import { useMutation, useQuery } from '@apollo/client/react';
import {
  PersonalizeTemplateDocument,
  TemplateMyDealsDocument,
  TemplatePlaceholdersDocument,
  TemplatePreviewDocument,
} from '../../../generated/graphql';
import type { PersonalizeTemplateInput } from '../../../generated/graphql';
import type { AssetDetail } from '../../asset/hooks/useAsset';

/** The placeholders a template may hold, from the server's one list. */
export function useTemplatePlaceholders() {
  const { data } = useQuery(TemplatePlaceholdersDocument, { fetchPolicy: 'cache-first' });
  return data?.templatePlaceholders ?? [];
}

/** The viewer's own deals, to personalise a template for. */
export function useMyDeals(ownerId: string) {
  const { data, loading, error } = useQuery(TemplateMyDealsDocument, { variables: { ownerId } });
  return { deals: data?.deals.edges.map((e) => e.node) ?? [], loading: loading && !data, error };
}

/** The template filled for a deal, in locked and unlocked parts. */
export function useTemplatePreview(templateId: string, dealId: string | null) {
  const { data, loading, error } = useQuery(TemplatePreviewDocument, {
    variables: { templateId, dealId: dealId ?? '' },
    skip: !dealId,
    fetchPolicy: 'network-only',
  });
  return { segments: data?.templatePreview ?? null, loading, error };
}

/** Saves the personalised copy; resolves it or rejects with the API error. */
export function usePersonalizeTemplate() {
  const [mutate, { loading }] = useMutation(PersonalizeTemplateDocument);
  const personalize = async (input: PersonalizeTemplateInput): Promise<AssetDetail> => {
    const { data } = await mutate({ variables: { input } });
    if (!data) {
      throw new Error('The server did not return the personalised copy.');
    }
    return data.personalizeTemplate;
  };
  return { personalize, loading };
}

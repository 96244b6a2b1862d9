import { Group, MultiSelect, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { TaxonomyKind } from '../../../generated/graphql';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useAddTaxonomyTerm } from '../hooks/useAddTaxonomyTerm';
import { useTaxonomyTerms } from '../hooks/useTaxonomyTerms';
import { TAXONOMY_LABELS } from '../taxonomy-labels';

// The option that adds what was typed to the vocabulary; its value cannot collide with a term.
const ADD_PREFIX = '\u0000add:';

interface TaxonomyPickerProps {
  kind: TaxonomyKind;
  value: readonly string[];
  onChange: (values: string[]) => void;
  /** Enablement and admins may add terms to the vocabulary from here. */
  canAddTerms: boolean;
  error?: string;
}

/** Picks terms of a curated vocabulary (industries, buyer roles, products) with server-side suggestions. */
export function TaxonomyPicker({ kind, value, onChange, canAddTerms, error }: TaxonomyPickerProps) {
  const [searchValue, setSearchValue] = useState('');
  const [search] = useDebouncedValue(searchValue.trim(), 200);
  const { terms, loading } = useTaxonomyTerms(kind, search);
  const { addTerm, loading: adding } = useAddTaxonomyTerm();
  const labels = TAXONOMY_LABELS[kind];

  const typed = searchValue.trim();
  const exists = [...terms.map((term) => term.value), ...value].some(
    (term) => term.toLowerCase() === typed.toLowerCase(),
  );
  const counts = new Map(terms.map((term) => [term.value, term.assetCount]));
  const data = [...new Set([...value, ...terms.map((term) => term.value)])].map((term) => ({
    value: term,
    label: term,
  }));
  if (canAddTerms && typed && !exists && !loading) {
    data.push({ value: `${ADD_PREFIX}${typed}`, label: `+ Add “${typed}” to ${labels.plural.toLowerCase()}` });
  }

  const handleChange = async (values: string[]) => {
    const added = values.find((candidate) => candidate.startsWith(ADD_PREFIX));
    const kept = values.filter((candidate) => !candidate.startsWith(ADD_PREFIX));
    if (!added) {
      onChange(kept);
      return;
    }
    try {
      const term = await addTerm(kind, added.slice(ADD_PREFIX.length));
      notifySuccess(`“${term}” is now one of the ${labels.plural.toLowerCase()}.`);
      onChange([...kept, term]);
      setSearchValue('');
    } catch (addError) {
      notifyError(addError, `Could not add the ${labels.singular}`);
    }
  };

  return (
    <MultiSelect
      label={labels.plural}
      placeholder={value.length === 0 ? `Pick ${labels.plural.toLowerCase()}` : undefined}
      searchable
      clearable
      data={data}
      value={[...value]}
      searchValue={searchValue}
      onSearchChange={setSearchValue}
      onChange={(values) => void handleChange(values)}
      disabled={adding}
      error={error}
      // The server already matched the search.
      filter={({ options }) => options}
      nothingFoundMessage={
        loading
          ? 'Searching…'
          : canAddTerms
            ? `Type a new ${labels.singular} to add it`
            : `No such ${labels.singular}. Enablement can add it to the list.`
      }
      renderOption={({ option }) => (
        <Group justify="space-between" gap="sm" wrap="nowrap" w="100%">
          <Text
            size="sm"
            fw={option.value.startsWith(ADD_PREFIX) ? 600 : 400}
            c={option.value.startsWith(ADD_PREFIX) ? 'indigo' : undefined}
          >
            {option.label}
          </Text>
          {counts.has(option.value) ? (
            <Text size="xs" c="dimmed">
              {counts.get(option.value)}
            </Text>
          ) : null}
        </Group>
      )}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

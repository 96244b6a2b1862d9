import { TagsInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTagSuggestions } from '../hooks/useTagSuggestions';
import { normaliseTag } from '../taxonomy-labels';

interface TagPickerProps {
  value: readonly string[];
  onChange: (tags: string[]) => void;
  error?: string;
}

/** Free tags, suggested from the tags already in use; shown the way the server stores them. */
export function TagPicker({ value, onChange, error }: TagPickerProps) {
  const [searchValue, setSearchValue] = useState('');
  const [search] = useDebouncedValue(normaliseTag(searchValue), 200);
  const { suggestions } = useTagSuggestions(search);

  return (
    <TagsInput
      label="Tags"
      description="Free words that help people find it. Press Enter or comma after each."
      placeholder={value.length === 0 ? 'e.g. discovery, cfo, pricing' : undefined}
      data={suggestions.map((suggestion) => suggestion.value)}
      value={[...value]}
      searchValue={searchValue}
      onSearchChange={setSearchValue}
      onChange={(tags) => onChange([...new Set(tags.map(normaliseTag).filter(Boolean))])}
      clearable
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

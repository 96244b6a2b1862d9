import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useUserOptions } from '../hooks/useUserOptions';

export interface UserOption {
  id: string;
  name: string;
}

interface UserPickerProps {
  label: string;
  value: readonly UserOption[];
  onChange: (users: UserOption[]) => void;
  placeholder?: string;
  description?: string;
  error?: string;
}

/** Picks users by name with a server-side search; selected users keep their labels across searches. */
export function UserPicker({ label, value, onChange, placeholder, description, error }: UserPickerProps) {
  const [searchValue, setSearchValue] = useState('');
  const [search] = useDebouncedValue(searchValue.trim(), 250);
  const { options } = useUserOptions(search);

  const known = new Map<string, string>(value.map((user) => [user.id, user.name]));
  for (const option of options) {
    known.set(option.id, option.name);
  }
  const data = [...known].map(([id, name]) => ({ value: id, label: name }));

  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={value.length === 0 ? placeholder : undefined}
      error={error}
      searchable
      clearable
      data={data}
      value={value.map((user) => user.id)}
      searchValue={searchValue}
      onSearchChange={setSearchValue}
      nothingFoundMessage={search ? 'Nobody with that name' : 'No users yet'}
      onChange={(ids) => onChange(ids.map((id) => ({ id, name: known.get(id) ?? id })))}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

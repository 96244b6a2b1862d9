import { ActionIcon, Button, Group, Input, NumberInput, Progress, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { XIcon } from '../../../ui/icons';
import { AUTHOR_ROLES, AUTHOR_ROLE_LABELS, isAuthorRole } from '../authorship-labels';
import { TOTAL_SHARE, shareTotal, splitEqually } from '../author-shares';
import type { AuthorDraft } from '../author-shares';
import { useAuthorCandidates } from '../hooks/useAuthorCandidates';

const ROLE_OPTIONS = AUTHOR_ROLES.map((role) => ({ value: role, label: AUTHOR_ROLE_LABELS[role] }));

interface AuthorsEditorProps {
  value: readonly AuthorDraft[];
  onChange: (authors: AuthorDraft[]) => void;
  /** A message about the list as a whole (from validation or the API). */
  error?: string;
}

function isEqualSplit(authors: readonly AuthorDraft[]): boolean {
  const equal = splitEqually(authors.length);
  return authors.every((author, index) => author.share === equal[index]);
}

/** Co-authors with their roles and whole-percent shares of the credit, which must add up to 100. */
export function AuthorsEditor({ value, onChange, error }: AuthorsEditorProps) {
  const [searchValue, setSearchValue] = useState('');
  const [search] = useDebouncedValue(searchValue.trim(), 250);
  const { candidates, loading } = useAuthorCandidates(search);
  const total = shareTotal(value);
  const chosen = new Set(value.map((author) => author.user.id));

  const options = candidates
    .filter((candidate) => !chosen.has(candidate.id))
    .map((candidate) => ({
      value: candidate.id,
      label: candidate.name,
      description: [candidate.title, candidate.team?.name, candidate.status === 'ACTIVE' ? null : 'left the company']
        .filter(Boolean)
        .join(' · '),
    }));

  const update = (index: number, patch: Partial<AuthorDraft>) => {
    onChange(value.map((author, i) => (i === index ? { ...author, ...patch } : author)));
  };

  const add = (userId: string | null) => {
    const candidate = candidates.find((c) => c.id === userId);
    if (!candidate) {
      return;
    }
    const added: AuthorDraft = { user: candidate, role: 'CO_AUTHOR', share: null };
    const next = [...value, added];
    // Untouched shares stay an equal split; shares someone typed are left for them to adjust.
    if (isEqualSplit(value)) {
      const equal = splitEqually(next.length);
      onChange(next.map((author, index) => ({ ...author, share: equal[index] ?? null })));
    } else {
      onChange(next);
    }
    setSearchValue('');
  };

  const remove = (index: number) => {
    onChange(value.filter((_, i) => i !== index));
  };

  const splitEquallyNow = () => {
    const equal = splitEqually(value.length);
    onChange(value.map((author, index) => ({ ...author, share: equal[index] ?? null })));
  };

  const balanced = total === TOTAL_SHARE;

  return (
    <Input.Wrapper
      label="Authors"
      description="Who gets credit when this is reused, and how much. Shares are whole percents."
      error={error}
    >
      <Stack gap="sm" mt="xs">
        {value.map((author, index) => (
          <Stack
            key={author.user.id}
            gap={6}
            p="xs"
            bg="gray.0"
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
            data-testid="author-editor-row"
          >
            <Group gap="xs" wrap="nowrap" justify="space-between">
              <Text size="sm" fw={600} truncate>
                {author.user.name}
                {author.user.team ? (
                  <Text span size="xs" c="dimmed" fw={400}>
                    {' · '}
                    {author.user.team.name}
                  </Text>
                ) : null}
              </Text>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="sm"
                aria-label={`Remove ${author.user.name}`}
                disabled={value.length === 1}
                onClick={() => remove(index)}
              >
                <XIcon size={14} />
              </ActionIcon>
            </Group>
            <Group gap="xs" wrap="nowrap">
              <Select
                aria-label={`Role of ${author.user.name}`}
                size="xs"
                style={{ flex: 1, minWidth: 0 }}
                data={ROLE_OPTIONS}
                value={author.role}
                allowDeselect={false}
                onChange={(role) => {
                  if (isAuthorRole(role)) {
                    update(index, { role });
                  }
                }}
                comboboxProps={{ withinPortal: true }}
              />
              <NumberInput
                aria-label={`Share of ${author.user.name}`}
                size="xs"
                w={76}
                min={1}
                max={TOTAL_SHARE}
                allowDecimal={false}
                allowNegative={false}
                clampBehavior="strict"
                suffix="%"
                hideControls
                value={author.share ?? ''}
                onChange={(share) => update(index, { share: typeof share === 'number' ? share : null })}
              />
            </Group>
          </Stack>
        ))}

        <Select
          aria-label="Add an author"
          placeholder="Add a co-author by name"
          size="sm"
          searchable
          data={options}
          value={null}
          searchValue={searchValue}
          onSearchChange={setSearchValue}
          onChange={add}
          // The server already matched names and emails; don't filter its answer again.
          filter={({ options: all }) => all}
          nothingFoundMessage={loading ? 'Searching…' : search ? 'Nobody with that name' : 'Type a name'}
          renderOption={({ option }) => {
            const description = options.find((candidate) => candidate.value === option.value)?.description;
            return (
              <Stack gap={0}>
                <Text size="sm">{option.label}</Text>
                {description ? (
                  <Text size="xs" c="dimmed">
                    {description}
                  </Text>
                ) : null}
              </Stack>
            );
          }}
          comboboxProps={{ withinPortal: true }}
        />

        <Stack gap={6}>
          <Group justify="space-between" gap="xs">
            <Text size="sm" c={balanced ? 'teal' : 'red'} fw={500} data-testid="share-total" aria-live="polite">
              Shares add up to {total}/{TOTAL_SHARE}
            </Text>
            <Button size="compact-xs" variant="subtle" onClick={splitEquallyNow} disabled={value.length === 0}>
              Split equally
            </Button>
          </Group>
          <Progress
            value={Math.min(total, TOTAL_SHARE)}
            color={balanced ? 'teal' : total > TOTAL_SHARE ? 'red' : 'orange'}
            size="xs"
            radius="xl"
            aria-hidden
          />
        </Stack>
      </Stack>
    </Input.Wrapper>
  );
}

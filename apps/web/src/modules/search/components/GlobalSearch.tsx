import '@mantine/spotlight/styles.css';
import { ActionIcon, Badge, Group, Kbd, Loader, Text, UnstyledButton } from '@mantine/core';
import { Spotlight, createSpotlight } from '@mantine/spotlight';
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { SearchIcon } from '../../../ui/icons';
import { ASSET_KIND_LABELS } from '../../asset/asset-labels';
import { MAX_SEARCH_LENGTH, useGlobalSearch } from '../hooks/useGlobalSearch';
import type { GlobalSearchResults } from '../hooks/useGlobalSearch';
import classes from './GlobalSearch.module.css';

const [searchStore, searchControls] = createSpotlight();
const RESULTS_ID = 'global-search-results';
const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);
const MOD_KEY = IS_MAC ? '⌘' : 'Ctrl';

/**
 * Marks the first result as the one Enter opens. Spotlight selects the first action when the text changes, but the
 * results arrive later, from the server, so the selection is made again once they are on screen.
 */
function selectFirstResult() {
  const list = document.getElementById(RESULTS_ID);
  const actions = list?.querySelectorAll('[data-action]') ?? [];
  list?.querySelector('[data-selected]')?.removeAttribute('data-selected');
  actions[0]?.setAttribute('data-selected', 'true');
  searchStore.updateState((state) => ({ ...state, selected: actions.length ? 0 : -1 }));
}

const joined = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' · ');

/** A result as the list shows it, whatever its kind. */
interface ResultRow {
  id: string;
  label: string;
  description?: string;
  rightSection?: ReactNode;
  path: string;
}

/** One kind of result under its heading; nothing when there is none of that kind. */
function ResultGroup({ label, rows, open }: { label: string; rows: ResultRow[]; open: (path: string) => void }) {
  return rows.length ? (
    <Spotlight.ActionsGroup label={label} role="group" aria-label={label}>
      {rows.map((row) => (
        <Spotlight.Action
          key={row.id}
          label={row.label}
          description={row.description}
          rightSection={row.rightSection}
          onClick={() => open(row.path)}
        />
      ))}
    </Spotlight.ActionsGroup>
  ) : null;
}

function ResultGroups({ results, open }: { results: GlobalSearchResults; open: (path: string) => void }) {
  const assets = results.assets.map((asset) => ({
    id: asset.id,
    label: asset.title,
    description: joined(ASSET_KIND_LABELS[asset.kind], asset.authors.map((author) => author.user.name).join(', ')),
    path: `/assets/${asset.id}`,
  }));
  const people = results.people.map((person) => ({
    id: person.id,
    label: person.name,
    description: joined(person.title, person.team?.name) || undefined,
    rightSection:
      person.status === 'ACTIVE' ? null : (
        <Badge size="sm" variant="light" color="gray">
          {person.status === 'DEPARTED' ? 'Departed' : 'Suspended'}
        </Badge>
      ),
    path: `/people/${person.id}`,
  }));
  const deals = results.deals.map((deal) => ({
    id: deal.id,
    label: deal.name,
    description: joined(deal.accountName, deal.stage ?? deal.outcome, deal.owner?.name) || undefined,
    path: `/deals/${deal.id}`,
  }));
  return (
    <>
      <ResultGroup label="Assets" rows={assets} open={open} />
      <ResultGroup label="People" rows={people} open={open} />
      <ResultGroup label="Deals" rows={deals} open={open} />
    </>
  );
}

/**
 * The header search: a search field-looking button on wide screens, an icon on phones, and `/` or Ctrl/⌘-K from
 * anywhere but a text field. Finds assets, people and deals as you type; Enter opens the selected one.
 */
export function GlobalSearch() {
  const [query, setQuery] = useState('');
  const navigate = useNavigate();
  const { searchedFor, results, loading, tooLong, error } = useGlobalSearch(query);
  const count = results ? results.assets.length + results.people.length + results.deals.length : 0;

  useEffect(() => {
    if (results) {
      selectFirstResult();
    }
  }, [results]);

  let body: ReactNode;
  if (!query.trim()) {
    body = (
      <Spotlight.Empty>
        Find assets by title or content, people by name, title or team, and deals by name or account.
      </Spotlight.Empty>
    );
  } else if (tooLong) {
    body = <Spotlight.Empty>A search is at most {MAX_SEARCH_LENGTH} characters. Try fewer words.</Spotlight.Empty>;
  } else if (error) {
    body = <Spotlight.Empty>Search is not working right now. Try again in a moment.</Spotlight.Empty>;
  } else if (results && count > 0) {
    body = <ResultGroups results={results} open={(path) => void navigate(path)} />;
  } else if (results && !loading) {
    body = <Spotlight.Empty>No results for “{searchedFor}”.</Spotlight.Empty>;
  } else {
    body = <Spotlight.Empty>Searching…</Spotlight.Empty>;
  }

  return (
    <>
      <UnstyledButton
        className={classes.trigger}
        visibleFrom="sm"
        onClick={searchControls.open}
        aria-keyshortcuts="/ Control+K Meta+K"
      >
        <SearchIcon size={16} />
        <Text component="span" size="sm" c="dimmed" className={classes.triggerLabel}>
          Search
        </Text>
        <Group gap={4} wrap="nowrap" aria-hidden>
          <Kbd size="xs">{MOD_KEY}</Kbd>
          <Kbd size="xs">K</Kbd>
        </Group>
      </UnstyledButton>
      <ActionIcon
        hiddenFrom="sm"
        variant="subtle"
        color="gray"
        size="lg"
        onClick={searchControls.open}
        aria-label="Search"
      >
        <SearchIcon size={20} />
      </ActionIcon>

      <Spotlight.Root
        store={searchStore}
        query={query}
        onQueryChange={setQuery}
        shortcut={['mod + K', '/']}
        // Each opening starts a new search. Cleared on opening rather than when the closing animation ends, so a
        // search opened again while the last one is still closing keeps what is typed into it.
        clearQueryOnClose={false}
        onSpotlightOpen={() => setQuery('')}
        scrollable
        maxHeight={440}
      >
        <Spotlight.Search
          placeholder="Search assets, people and deals"
          aria-label="Search assets, people and deals"
          leftSection={<SearchIcon size={18} />}
          rightSection={loading ? <Loader size="xs" aria-label="Searching" /> : null}
          maxLength={MAX_SEARCH_LENGTH + 20}
        />
        <Spotlight.ActionsList id={RESULTS_ID} aria-label="Search results" aria-live="polite">
          {body}
        </Spotlight.ActionsList>
      </Spotlight.Root>
    </>
  );
}

import { Badge, Button, Card, Divider, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { CheckIcon } from '../../../ui/icons';
import { ASSET_KIND_LABELS, JOURNEY_PHASE_LABELS, isAssetKind, isJourneyPhase } from '../asset-labels';
import type { LibraryFacets as Facets } from '../hooks/useLibraryAssets';
import { LIBRARY_FACETS } from '../library-params';
import type { LibraryFacet, LibraryParams } from '../library-params';
import classes from './LibraryFacets.module.css';

const COLLAPSED_COUNT = 6;

/** How a facet value reads: enum values get their labels, the rest come labelled from the API. */
export function facetValueLabel(facet: LibraryFacet, value: string, apiLabel: string): string {
  if (facet.key === 'kind' && isAssetKind(value)) {
    return ASSET_KIND_LABELS[value];
  }
  if (facet.key === 'journeyPhase' && isJourneyPhase(value)) {
    return JOURNEY_PHASE_LABELS[value];
  }
  if (facet.key === 'tag') {
    return `#${apiLabel}`;
  }
  return apiLabel;
}

interface FacetGroupProps {
  facet: LibraryFacet;
  counts: Facets[LibraryFacet['facet']];
  selected: string | undefined;
  onSelect: (value: string | null) => void;
}

function FacetGroup({ facet, counts, selected, onSelect }: FacetGroupProps) {
  const [expanded, setExpanded] = useState(false);
  // The selected value stays visible even when it is not among the first few.
  const shown = expanded
    ? counts
    : counts.filter((count, index) => index < COLLAPSED_COUNT || count.value === selected);
  const headingId = `facet-${facet.key}`;

  return (
    <Stack gap={4} role="group" aria-labelledby={headingId} data-testid={`facet-${facet.key}`}>
      <Text id={headingId} size="xs" fw={600} c="dimmed" tt="uppercase" px={8} style={{ letterSpacing: '0.04em' }}>
        {facet.label}
      </Text>
      {shown.map((count) => {
        const active = count.value === selected;
        const label = facetValueLabel(facet, count.value, count.label);
        return (
          <UnstyledButton
            key={count.value}
            className={classes.option}
            data-active={active || undefined}
            aria-pressed={active}
            onClick={() => onSelect(active ? null : count.value)}
            title={label}
          >
            <span className={classes.check} aria-hidden>
              {active ? <CheckIcon size={12} /> : null}
            </span>
            <Text component="span" size="sm" truncate className={classes.label}>
              {label}
            </Text>
            <Text component="span" size="xs" c="dimmed" className={classes.count}>
              {count.count}
            </Text>
          </UnstyledButton>
        );
      })}
      {counts.length > COLLAPSED_COUNT ? (
        <Button variant="subtle" size="compact-xs" onClick={() => setExpanded((open) => !open)} w="fit-content" ml={4}>
          {expanded ? 'Show fewer' : `Show ${counts.length - shown.length} more`}
        </Button>
      ) : null}
    </Stack>
  );
}

interface LibraryFacetsProps {
  facets: Facets | null;
  filter: LibraryParams['filter'];
  onChange: (key: LibraryFacet['key'], value: string | null) => void;
  onClear: () => void;
}

/** The library's filters: one value per facet, with how many matching assets each value has. */
export function LibraryFacets({ facets, filter, onChange, onClear }: LibraryFacetsProps) {
  const active = Object.keys(filter).length;
  const groups = LIBRARY_FACETS.filter((facet) => (facets?.[facet.facet].length ?? 0) > 0);

  return (
    <Card component="aside" aria-label="Filters" padding="sm" className={classes.facets} data-testid="library-facets">
      <Stack gap="md">
        <Group justify="space-between" px={8} pt={4}>
          <Text fw={650} size="sm">
            Filters
          </Text>
          {active > 0 ? (
            <Badge
              component="button"
              type="button"
              variant="light"
              radius="sm"
              tt="none"
              style={{ cursor: 'pointer' }}
              onClick={onClear}
            >
              Clear {active}
            </Badge>
          ) : null}
        </Group>
        {facets === null ? (
          <Text size="sm" c="dimmed" px={8}>
            Loading…
          </Text>
        ) : groups.length === 0 ? (
          <Text size="sm" c="dimmed" px={8} pb={4}>
            Nothing to filter by.
          </Text>
        ) : (
          groups.map((facet, index) => (
            <Stack key={facet.key} gap="md">
              {index > 0 ? <Divider /> : null}
              <FacetGroup
                facet={facet}
                counts={facets[facet.facet]}
                selected={filter[facet.key]}
                onSelect={(value) => onChange(facet.key, value)}
              />
            </Stack>
          ))
        )}
      </Stack>
    </Card>
  );
}

import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate } from '../../../ui/format';
import { BranchIcon } from '../../../ui/icons';
import { JOURNEY_PHASE_LABELS } from '../asset-labels';
import { PersonLinks } from '../../people/components/PersonLinks';
import { AssetThumbnail } from '../../file/components/AssetThumbnail';
import { FileMatchLines } from '../../file/components/FileMatchLines';
import type { AssetCardData } from '../hooks/useLibraryAssets';
import { OutOfDateBadge } from '../../verification/components/OutOfDateBadge';
import { AssetKindBadge, AssetStatusBadge, VisibilityBadge } from './AssetBadges';
import classes from './AssetCard.module.css';

const MAX_CHIPS = 6;

interface AssetCardProps {
  asset: AssetCardData;
}

/** One asset in a list: what it is, who wrote it, and enough context to decide whether to open it. */
export function AssetCard({ asset }: AssetCardProps) {
  const chips = [
    ...asset.industries,
    ...asset.buyerRoles,
    ...asset.journeyPhases.map((phase) => JOURNEY_PHASE_LABELS[phase]),
    ...asset.products,
  ];
  const shownChips = chips.slice(0, MAX_CHIPS);
  const shownTags = asset.tags.slice(0, Math.max(0, MAX_CHIPS - shownChips.length));
  const hidden = chips.length + asset.tags.length - shownChips.length - shownTags.length;
  const date = asset.publishedAt ?? asset.createdAt;

  return (
    <Card component="article" padding="md" className={classes.card} data-testid="asset-card" aria-label={asset.title}>
      <div className={asset.thumbnailPath ? classes.withThumbnail : undefined}>
        <Stack gap={8} miw={0}>
          <Group gap={6} wrap="wrap">
            <AssetKindBadge kind={asset.kind} size="xs" />
            {asset.status !== 'PUBLISHED' ? <AssetStatusBadge status={asset.status} size="xs" /> : null}
            {asset.visibility !== 'ORG' ? <VisibilityBadge visibility={asset.visibility} size="xs" /> : null}
            <OutOfDateBadge outOfDate={asset.outOfDate} size="xs" />
          </Group>
          <Anchor
            component={Link}
            to={`/assets/${asset.id}`}
            c="dark.8"
            fw={650}
            fz="lg"
            lh={1.3}
            underline="hover"
            data-testid="asset-card-title"
          >
            {asset.title}
          </Anchor>
          {asset.derivedFrom ? (
            <Text size="xs" c="dimmed" style={{ display: 'flex', alignItems: 'center', gap: 4 }}>
              <BranchIcon size={12} />
              Adapted from {asset.derivedFrom.title}
            </Text>
          ) : null}
          {asset.summary ? (
            <Text size="sm" c="dark.3" lineClamp={2}>
              {asset.summary}
            </Text>
          ) : null}
          <Text size="xs" c="dimmed">
            <PersonLinks people={asset.authors.map((author) => author.user)} />
            {[asset.team?.name, `${asset.publishedAt ? 'Published' : 'Created'} ${formatDate(date)}`]
              .filter(Boolean)
              .map((part) => ` · ${part}`)
              .join('')}
          </Text>
          {shownChips.length + shownTags.length > 0 ? (
            <Group gap={6} wrap="wrap">
              {shownChips.map((chip) => (
                <Badge key={`c:${chip}`} variant="default" radius="sm" size="sm" tt="none" fw={500}>
                  {chip}
                </Badge>
              ))}
              {shownTags.map((tag) => (
                <Badge key={`t:${tag}`} variant="light" color="gray" radius="sm" size="sm" tt="none" fw={500}>
                  #{tag}
                </Badge>
              ))}
              {hidden > 0 ? (
                <Text size="xs" c="dimmed">
                  +{hidden} more
                </Text>
              ) : null}
            </Group>
          ) : null}
          {asset.fileMatches ? <FileMatchLines matches={asset.fileMatches} /> : null}
        </Stack>
        {asset.thumbnailPath ? <AssetThumbnail src={asset.thumbnailPath} /> : null}
      </div>
    </Card>
  );
}

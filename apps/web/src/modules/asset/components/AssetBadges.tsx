import { Badge } from '@mantine/core';
import type { AssetKind, AssetStatus, Visibility } from '../../../generated/graphql';
import {
  ASSET_KIND_COLORS,
  ASSET_KIND_LABELS,
  ASSET_STATUS_COLORS,
  ASSET_STATUS_LABELS,
  VISIBILITY_LABELS,
} from '../asset-labels';

type BadgeSize = 'xs' | 'sm' | 'md';

export function AssetKindBadge({ kind, size = 'sm' }: { kind: AssetKind; size?: BadgeSize }) {
  return (
    <Badge color={ASSET_KIND_COLORS[kind]} variant="light" radius="sm" size={size} data-testid="asset-kind">
      {ASSET_KIND_LABELS[kind]}
    </Badge>
  );
}

export function AssetStatusBadge({ status, size = 'sm' }: { status: AssetStatus; size?: BadgeSize }) {
  return (
    <Badge
      color={ASSET_STATUS_COLORS[status]}
      variant={status === 'PUBLISHED' ? 'light' : 'filled'}
      radius="sm"
      size={size}
      data-testid="asset-status"
    >
      {ASSET_STATUS_LABELS[status]}
    </Badge>
  );
}

export function VisibilityBadge({ visibility, size = 'sm' }: { visibility: Visibility; size?: BadgeSize }) {
  return (
    <Badge color="gray" variant="outline" radius="sm" size={size} data-testid="asset-visibility">
      {VISIBILITY_LABELS[visibility]}
    </Badge>
  );
}

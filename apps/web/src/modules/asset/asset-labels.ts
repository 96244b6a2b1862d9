import type {
  AssetKind,
  AssetSort,
  AssetStatus,
  JourneyPhase,
  VersionChange,
  Visibility,
} from '../../generated/graphql';

export const ASSET_KINDS: readonly AssetKind[] = ['ENABLEMENT', 'BEST_PRACTICE', 'WIN_LOSS', 'CLIENT_FACING'];

export const ASSET_KIND_LABELS: Record<AssetKind, string> = {
  ENABLEMENT: 'Enablement',
  BEST_PRACTICE: 'Best practice',
  WIN_LOSS: 'Win/loss analysis',
  CLIENT_FACING: 'Client-facing',
};

export const ASSET_KIND_HINTS: Record<AssetKind, string> = {
  ENABLEMENT: 'Training, playbooks and product knowledge for sellers.',
  BEST_PRACTICE: 'A way of working that helped you win, for others to repeat.',
  WIN_LOSS: 'What decided a deal, and the lessons for the next one.',
  CLIENT_FACING: 'Case studies, decks and value messages to send to customers.',
};

export const ASSET_KIND_COLORS: Record<AssetKind, string> = {
  ENABLEMENT: 'indigo',
  BEST_PRACTICE: 'teal',
  WIN_LOSS: 'grape',
  CLIENT_FACING: 'orange',
};

export const ASSET_STATUS_LABELS: Record<AssetStatus, string> = {
  DRAFT: 'Draft',
  PUBLISHED: 'Published',
  ARCHIVED: 'Archived',
};

export const ASSET_STATUS_COLORS: Record<AssetStatus, string> = {
  DRAFT: 'yellow',
  PUBLISHED: 'teal',
  ARCHIVED: 'gray',
};

export const VISIBILITIES: readonly Visibility[] = ['ORG', 'TEAM', 'PRIVATE'];

export const VISIBILITY_LABELS: Record<Visibility, string> = {
  ORG: 'Everyone',
  TEAM: 'Team only',
  PRIVATE: 'Authors only',
};

/** What each visibility means once the asset is published (drafts are always for their authors only). */
export function visibilityHint(visibility: Visibility, teamName: string | null): string {
  switch (visibility) {
    case 'ORG':
      return 'Everyone in the organisation can find, reuse and adapt it.';
    case 'TEAM':
      return teamName
        ? `Only ${teamName}, its managers and admins can see it.`
        : 'Only the team, its managers and admins can see it.';
    case 'PRIVATE':
      return 'Only its authors can see it.';
  }
}

export const JOURNEY_PHASES: readonly JourneyPhase[] = ['AWARENESS', 'BUYING', 'IMPLEMENTATION'];

export const JOURNEY_PHASE_LABELS: Record<JourneyPhase, string> = {
  AWARENESS: 'Awareness',
  BUYING: 'Buying',
  IMPLEMENTATION: 'Implementation',
};

export const VERSION_CHANGE_LABELS: Record<VersionChange, string> = {
  CREATED: 'Created',
  EDITED: 'Edited',
  AUTHORS_CHANGED: 'Authors changed',
};

export const ASSET_SORT_LABELS: Record<AssetSort, string> = {
  RELEVANCE: 'Relevance',
  NEWEST: 'Newest',
  MOST_REUSED: 'Most reused',
};

export const TITLE_MAX_LENGTH = 200;

export function isAssetKind(value: string | null): value is AssetKind {
  return value !== null && (ASSET_KINDS as readonly string[]).includes(value);
}

export function isJourneyPhase(value: string | null): value is JourneyPhase {
  return value !== null && (JOURNEY_PHASES as readonly string[]).includes(value);
}

export function isVisibility(value: string | null): value is Visibility {
  return value !== null && (VISIBILITIES as readonly string[]).includes(value);
}

export function isAssetSort(value: string | null): value is AssetSort {
  return value === 'RELEVANCE' || value === 'NEWEST' || value === 'MOST_REUSED';
}

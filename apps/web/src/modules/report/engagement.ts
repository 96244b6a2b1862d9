export type EngagementLevel = 'sharing' | 'participating' | 'contributing';

export const ENGAGEMENT_LEVELS: readonly EngagementLevel[] = ['sharing', 'participating', 'contributing'];

export const ENGAGEMENT_LABELS: Record<EngagementLevel, { label: string; description: string; color: string }> = {
  sharing: { label: 'Sharing', description: "Reuses of other people's assets (views not counted)", color: 'blue' },
  participating: { label: 'Participating', description: 'Endorsements given and still active', color: 'orange' },
  contributing: {
    label: 'Contributing',
    description: 'Assets they author first published in the period',
    color: 'teal',
  },
};

export type EngagementCounts = Record<EngagementLevel, number>;

export function engagementCounts(engagement: EngagementCounts): EngagementCounts {
  return {
    sharing: engagement.sharing,
    participating: engagement.participating,
    contributing: engagement.contributing,
  };
}

/** The highest count of each level among several people: the scale a team's gauges are read against. */
export function engagementScale(all: readonly EngagementCounts[]): EngagementCounts {
  const scale: EngagementCounts = { sharing: 0, participating: 0, contributing: 0 };
  for (const counts of all) {
    for (const level of ENGAGEMENT_LEVELS) {
      scale[level] = Math.max(scale[level], counts[level]);
    }
  }
  return scale;
}

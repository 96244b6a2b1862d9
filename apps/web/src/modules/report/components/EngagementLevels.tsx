import { GaugeChart } from '@mantine/charts';
import { Group, Progress, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { ENGAGEMENT_LABELS, ENGAGEMENT_LEVELS } from '../engagement';
import type { EngagementCounts } from '../engagement';

interface EngagementLevelsProps {
  counts: EngagementCounts;
  /**
   * What each gauge is read against (e.g. the team's highest count per level). Without one, the three levels are
   * compared with one another: the largest fills its gauge.
   */
  scale?: EngagementCounts;
  /** One short line saying what the gauges are compared with. */
  caption?: string;
  /** `compact`: three numbers with thin bars, for table cells. */
  variant?: 'gauges' | 'bars' | 'compact';
}

function fraction(value: number, max: number): number {
  return max <= 0 ? 0 : Math.min(1, value / max);
}

/** Sharing, participating and contributing as three small gauges (or bars in tight spaces), with their counts. */
export function EngagementLevels({ counts, scale, caption, variant = 'gauges' }: EngagementLevelsProps) {
  const ownMax = Math.max(1, ...ENGAGEMENT_LEVELS.map((level) => counts[level]));
  const maxFor = (level: keyof EngagementCounts) => (scale ? Math.max(1, scale[level]) : ownMax);

  if (variant === 'compact') {
    return (
      <SimpleGrid cols={3} spacing={8} data-testid="engagement-levels" miw={132}>
        {ENGAGEMENT_LEVELS.map((level) => {
          const meta = ENGAGEMENT_LABELS[level];
          return (
            <Tooltip
              key={level}
              label={`${meta.label}: ${counts[level]}. ${meta.description}.`}
              withArrow
              multiline
              w={220}
            >
              <Stack gap={3}>
                <Text size="xs" fw={600} ta="center" lh={1} style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {counts[level]}
                </Text>
                <Progress
                  value={fraction(counts[level], maxFor(level)) * 100}
                  color={meta.color}
                  size={5}
                  aria-label={`${meta.label}: ${counts[level]}`}
                />
              </Stack>
            </Tooltip>
          );
        })}
      </SimpleGrid>
    );
  }

  if (variant === 'bars') {
    return (
      <Stack gap={6} data-testid="engagement-levels">
        {ENGAGEMENT_LEVELS.map((level) => {
          const meta = ENGAGEMENT_LABELS[level];
          return (
            <Tooltip key={level} label={meta.description} withArrow position="top-start">
              <Stack gap={2}>
                <Group justify="space-between" gap="xs">
                  <Text size="xs" fw={500}>
                    {meta.label}
                  </Text>
                  <Text size="xs" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {counts[level]}
                  </Text>
                </Group>
                <Progress
                  value={fraction(counts[level], maxFor(level)) * 100}
                  color={meta.color}
                  size="sm"
                  aria-label={`${meta.label}: ${counts[level]}`}
                />
              </Stack>
            </Tooltip>
          );
        })}
        {caption ? (
          <Text size="xs" c="dimmed">
            {caption}
          </Text>
        ) : null}
      </Stack>
    );
  }

  const summary = `${ENGAGEMENT_LEVELS.map((level) => `${ENGAGEMENT_LABELS[level].label} ${counts[level].toLocaleString()}`).join(', ')}${caption ? `. ${caption}` : '.'}`;
  return (
    <Stack gap={4} data-testid="engagement-levels">
      <SimpleGrid cols={3} spacing="xs" role="img" aria-label={summary}>
        {ENGAGEMENT_LEVELS.map((level) => {
          const meta = ENGAGEMENT_LABELS[level];
          const max = maxFor(level);
          return (
            <Tooltip key={level} label={meta.description} withArrow multiline w={220}>
              <Stack gap={0} align="center" data-testid={`engagement-${level}`}>
                <GaugeChart
                  value={Math.min(counts[level], max)}
                  max={max}
                  size={84}
                  thickness={8}
                  startAngle={-120}
                  endAngle={120}
                  roundCaps={counts[level] > 0}
                  filledColor={meta.color}
                  trackColor="gray.2"
                  label={
                    <Text fw={700} size="lg" ta="center" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {counts[level]}
                    </Text>
                  }
                  aria-label={`${meta.label}: ${counts[level]}`}
                />
                <Text size="xs" fw={500} mt={-6}>
                  {meta.label}
                </Text>
              </Stack>
            </Tooltip>
          );
        })}
      </SimpleGrid>
      {caption ? (
        <Text size="xs" c="dimmed" ta="center">
          {caption}
        </Text>
      ) : null}
    </Stack>
  );
}

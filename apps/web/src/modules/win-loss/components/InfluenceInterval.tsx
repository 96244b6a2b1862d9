import { Box, Tooltip } from '@mantine/core';
import { formatRate } from '../win-loss-labels';

interface InfluenceIntervalProps {
  winRate: number;
  low: number;
  high: number;
  baseline: number | null;
  width?: number;
}

/**
 * The win rate as a dot on a 0–100% track with its 95% interval as a bar, and the baseline as a tick: an interval
 * clear of the tick is a difference the data supports.
 */
export function InfluenceInterval({ winRate, low, high, baseline, width = 180 }: InfluenceIntervalProps) {
  const at = (rate: number) => `${Math.max(0, Math.min(1, rate)) * 100}%`;
  const clear = baseline !== null && (low > baseline || high < baseline);
  const color = !clear ? 'gray' : low > baseline ? 'teal' : 'red';
  const label = `Win rate ${formatRate(winRate, true)}, 95% interval ${formatRate(low, true)} to ${formatRate(high, true)}${
    baseline === null ? '' : `; baseline ${formatRate(baseline, true)}`
  }`;
  return (
    <Tooltip label={label} withArrow>
      <Box
        role="img"
        aria-label={label}
        data-testid="influence-interval"
        pos="relative"
        w={width}
        h={18}
        style={{ flexShrink: 0 }}
      >
        <Box pos="absolute" left={0} right={0} top={8} h={2} bg="gray.2" style={{ borderRadius: 1 }} />
        <Box
          pos="absolute"
          top={5}
          h={8}
          bg={`${color}.2`}
          style={{ left: at(low), width: `calc(${at(high)} - ${at(low)})`, borderRadius: 4, minWidth: 2 }}
        />
        {baseline !== null ? (
          <Box
            pos="absolute"
            top={1}
            h={16}
            w={2}
            bg="gray.6"
            style={{ left: `calc(${at(baseline)} - 1px)` }}
            data-testid="influence-baseline"
          />
        ) : null}
        <Box
          pos="absolute"
          top={4}
          w={10}
          h={10}
          bg={`${color}.6`}
          style={{ left: `calc(${at(winRate)} - 5px)`, borderRadius: '50%', border: '2px solid white' }}
        />
      </Box>
    </Tooltip>
  );
}

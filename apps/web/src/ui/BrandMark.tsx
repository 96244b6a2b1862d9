import { Group, Text, ThemeIcon } from '@mantine/core';

interface BrandMarkProps {
  size?: 'sm' | 'lg';
}

export function BrandMark({ size = 'sm' }: BrandMarkProps) {
  const large = size === 'lg';
  return (
    <Group gap={large ? 'sm' : 8} wrap="nowrap">
      <ThemeIcon size={large ? 40 : 30} radius="md" variant="filled" aria-hidden>
        <Text component="span" fw={800} fz={large ? 22 : 17} lh={1} c="white">
          B
        </Text>
      </ThemeIcon>
      <Text component="span" fw={750} fz={large ? 28 : 20} lh={1} style={{ letterSpacing: '-0.02em' }}>
        Byline
      </Text>
    </Group>
  );
}

import { Badge, Card, Stack, Text } from '@mantine/core';

interface ComingSoonProps {
  /** One honest sentence on what this page will hold once its capability is built. */
  children: string;
}

// A plain placeholder: says what will be here, shows nothing that looks like real data.
export function ComingSoon({ children }: ComingSoonProps) {
  return (
    <Card data-testid="coming-soon" py="xl">
      <Stack gap="sm" align="flex-start">
        <Badge variant="light" color="gray" radius="sm">
          Not built yet
        </Badge>
        <Text size="md" maw={640}>
          {children}
        </Text>
      </Stack>
    </Card>
  );
}

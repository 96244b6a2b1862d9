import { Badge, Stack, Text } from '@mantine/core';

interface NotAvailableYetProps {
  /** One honest sentence on what will be here and what is missing for it. */
  children: string;
}

// Said plainly where the API does not offer something yet, instead of anything that could pass for data.
export function NotAvailableYet({ children }: NotAvailableYetProps) {
  return (
    <Stack gap={6} align="flex-start" py="md" data-testid="not-available">
      <Badge variant="light" color="gray" radius="sm">
        Not available yet
      </Badge>
      <Text size="sm" c="dimmed" maw={560}>
        {children}
      </Text>
    </Stack>
  );
}

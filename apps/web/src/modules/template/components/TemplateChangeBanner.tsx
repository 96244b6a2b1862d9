import { Alert, Box, Button, Collapse, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { AssetDetail } from '../../asset/hooks/useAsset';

/** On a personalised copy whose template has a newer version: the change, as a diff, and a way to redo it. */
export function TemplateChangeBanner({ change }: { change: NonNullable<AssetDetail['templateChange']> }) {
  const [open, setOpen] = useState(false);
  return (
    <Alert
      color="blue"
      variant="light"
      title={`The template changed (v${change.fromVersion} → v${change.toVersion})`}
      data-testid="template-change"
    >
      <Stack gap="xs">
        <Group gap="xs">
          <Button size="xs" variant="subtle" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
            {open ? 'Hide the changes' : 'Show the changes'}
          </Button>
          <Button size="xs" component={Link} to={`/assets/${change.templateId}/personalise?deal=${change.dealId}`}>
            Personalise again
          </Button>
        </Group>
        <Collapse expanded={open}>
          <Box component="pre" fz="xs" style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="template-diff">
            {change.diff.flatMap((hunk, h) =>
              hunk.lines.map((line, i) => (
                <Box
                  key={`${h}-${i}`}
                  component="span"
                  display="block"
                  c={line.startsWith('+') ? 'green' : line.startsWith('-') ? 'red' : 'dimmed'}
                  bg={line.startsWith('+') ? 'green.0' : line.startsWith('-') ? 'red.0' : undefined}
                >
                  {line}
                </Box>
              )),
            )}
          </Box>
        </Collapse>
      </Stack>
    </Alert>
  );
}

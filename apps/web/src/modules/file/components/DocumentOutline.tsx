import { Accordion, Skeleton, Stack, Text } from '@mantine/core';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useAttachmentOutline } from '../hooks/useAttachmentOutline';

interface DocumentOutlineProps {
  assetId: string;
  attachmentId: string;
  pageLabel: string;
  pageCount: number | null;
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** What was read from a document without a preview: its headings, each opening onto its text. */
export function DocumentOutline({ assetId, attachmentId, pageLabel, pageCount }: DocumentOutlineProps) {
  const { pages, loading, error, refetch, limit } = useAttachmentOutline(assetId, attachmentId);
  if (loading) {
    return <Skeleton h={120} />;
  }
  if (!pages) {
    return <ErrorNotice error={error} title="Could not load the outline" onRetry={() => void refetch()} />;
  }
  if (pages.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No text was found in it.
      </Text>
    );
  }
  return (
    <Stack gap="xs" data-testid="document-outline">
      <Text size="xs" c="dimmed">
        No picture of it can be shown here, so this is its text, {pageLabel} by {pageLabel}.
      </Text>
      <Accordion multiple variant="contained" chevronPosition="left">
        {pages.map((page) => (
          <Accordion.Item key={page.n} value={String(page.n)}>
            <Accordion.Control>
              <Text size="sm" fw={500} lineClamp={2}>
                {capitalised(pageLabel)} {page.n}
                {page.heading ? ` — ${page.heading}` : ''}
              </Text>
            </Accordion.Control>
            <Accordion.Panel>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {page.text || 'No text.'}
              </Text>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
      {pageCount !== null && pageCount > limit ? (
        <Text size="xs" c="dimmed">
          The first {limit} of {pageCount} {pageLabel}s. Download the file for the rest.
        </Text>
      ) : null}
    </Stack>
  );
}

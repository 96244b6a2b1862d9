import { Mark, Stack, Text } from '@mantine/core';
import { fileMatchPlace, snippetParts } from '../file-match';

const MAX_LINES = 2;

interface Match {
  attachmentId: string;
  fileName: string;
  pageLabel: string;
  page: number;
  snippet: string;
}

/** Where in an asset's files the searched words are: "Slide 3 of Renewal deck.pptx — …the «words»…". */
export function FileMatchLines({ matches }: { matches: readonly Match[] }) {
  if (matches.length === 0) {
    return null;
  }
  return (
    <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }} aria-label="In its files">
      {matches.slice(0, MAX_LINES).map((match) => (
        <Text
          component="li"
          key={`${match.attachmentId}:${match.page}`}
          size="xs"
          c="dark.4"
          lineClamp={2}
          data-testid="file-match"
        >
          <Text span fw={600} inherit>
            {fileMatchPlace(match)}
          </Text>
          {' — '}
          {snippetParts(match.snippet).map((part, index) =>
            part.marked ? (
              <Mark key={index} color="yellow.2">
                {part.text}
              </Mark>
            ) : (
              <span key={index}>{part.text}</span>
            ),
          )}
        </Text>
      ))}
    </Stack>
  );
}

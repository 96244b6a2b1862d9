import { Progress, Tooltip } from '@mantine/core';
import { shareColor } from '../authorship-labels';

interface AuthorShareBarProps {
  authors: readonly { user: { id: string; name: string }; share: number }[];
  size?: number;
}

/** Each author's share of the credit as one segmented bar, in list order. */
export function AuthorShareBar({ authors, size = 10 }: AuthorShareBarProps) {
  return (
    <Progress.Root size={size} radius="xl" aria-label="Credit shares">
      {authors.map((author, index) => (
        <Tooltip key={author.user.id} label={`${author.user.name}: ${author.share}%`} withArrow>
          <Progress.Section value={author.share} color={shareColor(index)} aria-label={`${author.user.name}`} />
        </Tooltip>
      ))}
    </Progress.Root>
  );
}

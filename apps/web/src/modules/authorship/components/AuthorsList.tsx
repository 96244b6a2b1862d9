import { Avatar, Badge, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { AuthorRole, AuthorshipConsent } from '../../../generated/graphql';
import { initialsOf } from '../../../ui/initials';
import { PersonLink } from '../../people/components/PersonLink';
import { AUTHOR_ROLE_LABELS, shareTextColor } from '../authorship-labels';
import { AuthorShareBar } from './AuthorShareBar';

export interface AuthorListItem {
  role: AuthorRole;
  share: number;
  /** PENDING: named by someone else and not answered yet. */
  consent?: AuthorshipConsent | null;
  user: { id: string; name: string; title?: string | null; team?: { name: string } | null };
}

export interface DeclinedAuthorItem {
  share: number;
  declinedAt: string;
  user: { id: string; name: string };
}

interface AuthorsListProps {
  authors: readonly AuthorListItem[];
  /** Rendered at the right of each author (e.g. a follow button). */
  renderAction?: (author: AuthorListItem) => ReactNode;
  /** People who declined being named (shown to those who may change the authors). */
  declined?: readonly DeclinedAuthorItem[];
}

export function AuthorsList({ authors, renderAction, declined = [] }: AuthorsListProps) {
  return (
    <Stack gap="md">
      <AuthorShareBar authors={authors} />
      <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {authors.map((author, index) => (
          <Group key={author.user.id} component="li" gap="sm" wrap="nowrap" data-testid="author-row">
            <Avatar
              radius="xl"
              size={36}
              color={shareTextColor(index)}
              variant="light"
              aria-hidden
              style={{ flexShrink: 0 }}
            >
              {initialsOf(author.user.name)}
            </Avatar>
            <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
              <Group gap={6} wrap="nowrap">
                <Text size="sm" fw={600} truncate>
                  <PersonLink person={author.user} />
                </Text>
                <Text size="sm" fw={600} c={shareTextColor(index)} data-testid="author-share">
                  {author.share}%
                </Text>
                {author.consent === 'PENDING' ? (
                  <Badge size="xs" variant="light" color="yellow" title="Named, not answered yet">
                    Pending
                  </Badge>
                ) : null}
              </Group>
              <Text size="xs" c="dimmed" truncate>
                {[AUTHOR_ROLE_LABELS[author.role], author.user.team?.name].filter(Boolean).join(' · ')}
              </Text>
            </Stack>
            {renderAction ? renderAction(author) : null}
          </Group>
        ))}
      </Stack>
      {declined.length ? (
        <Stack gap={2} data-testid="declined-authors">
          {declined.map((d) => (
            <Text key={d.user.id} size="xs" c="dimmed">
              {d.user.name} declined ({d.share}%, re-split among the others)
            </Text>
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}

import { Anchor, Blockquote, Card, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { PerformanceReportFieldsFragment } from '../../../generated/graphql';
import { endorsementKindLabel } from '../../endorsement/endorsement-labels';

type Comment = NonNullable<PerformanceReportFieldsFragment['endorsementComments']>[number];

/** What endorsers wrote about the person's assets in the period. */
export function EndorsementComments({ comments }: { comments: readonly Comment[] }) {
  return (
    <Card component="section" aria-labelledby="report-comments-heading" padding="md" data-testid="report-comments">
      <Stack gap="sm">
        <Title order={3} fz="sm" id="report-comments-heading">
          Endorsement comments
        </Title>
        {comments.length === 0 ? (
          <Text size="sm" c="dimmed">
            No endorsement comments in this period.
          </Text>
        ) : (
          comments.map((comment) => (
            <Stack key={comment.id} gap={4} data-testid="report-comment">
              <Blockquote color="orange" p="xs" fz="sm" style={{ overflowWrap: 'anywhere' }}>
                {comment.comment}
              </Blockquote>
              <Text size="xs" c="dimmed">
                {comment.endorserName} · {endorsementKindLabel(comment.kind)} · on{' '}
                <Anchor component={Link} to={`/assets/${comment.assetId}`} size="xs">
                  {comment.assetTitle}
                </Anchor>{' '}
                · {new Date(comment.createdAt).toLocaleDateString()}
              </Text>
            </Stack>
          ))
        )}
      </Stack>
    </Card>
  );
}

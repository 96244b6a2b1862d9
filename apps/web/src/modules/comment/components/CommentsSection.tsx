import { Alert, Badge, Button, Card, Collapse, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { MarkdownBody } from '../../asset/components/MarkdownBody';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { formatDateTime } from '../../../ui/format';
import { notifyError } from '../../../ui/notify';
import { useComments } from '../hooks/useComments';
import type { CommentItem } from '../hooks/useComments';
import { withMentionLinks } from '../mention-text';
import { MentionTextarea } from './MentionTextarea';

const MAX_LENGTH = 10_000;

const REASONS: Record<string, string> = {
  CANNOT_SEE_ASSET: 'may not see this asset',
  INACTIVE: 'is no longer active',
  YOURSELF: 'is you',
};

function lengthError(body: string): string | null {
  return body.length > MAX_LENGTH
    ? `At most ${MAX_LENGTH.toLocaleString('en')} characters (${body.length} now).`
    : null;
}

/** The people a comment mentions but who were not told, said to its writer. */
function UntoldMentions({ comment }: { comment: CommentItem }) {
  const untold = comment.mentions.filter((m) => !m.notified && m.reason !== 'YOURSELF');
  if (!comment.viewerCan.edit || !untold.length) return null;
  return (
    <Alert color="yellow" variant="light" p="xs" data-testid="untold-mentions">
      <Text size="sm">
        Not notified: {untold.map((m) => `${m.user.name} (${REASONS[m.reason ?? ''] ?? 'not told'})`).join(', ')}.
      </Text>
    </Alert>
  );
}

function CommentEditor({
  initial = '',
  label,
  submitLabel,
  busy,
  onSubmit,
  onCancel,
  testId,
  autoFocus,
}: {
  initial?: string;
  label: string;
  submitLabel: string;
  busy: boolean;
  onSubmit: (body: string) => Promise<void>;
  onCancel?: () => void;
  testId: string;
  autoFocus?: boolean;
}) {
  const [body, setBody] = useState(initial);
  const error = lengthError(body);
  const submit = async () => {
    if (!body.trim() || error) return;
    try {
      await onSubmit(body);
      setBody('');
    } catch (e) {
      notifyError(e, 'Could not save the comment');
    }
  };
  return (
    <Stack gap="xs" data-testid={testId}>
      <MentionTextarea
        label={label}
        value={body}
        onChange={setBody}
        error={error}
        autoFocus={autoFocus}
        testId={`${testId}-body`}
        onSubmit={() => void submit()}
      />
      <Group gap="xs" justify="flex-end">
        {onCancel ? (
          <Button variant="subtle" size="xs" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
        <Button size="xs" onClick={() => void submit()} loading={busy} disabled={!body.trim() || Boolean(error)}>
          {submitLabel}
        </Button>
      </Group>
    </Stack>
  );
}

function HistoryModal({ comment, onClose }: { comment: CommentItem; onClose: () => void }) {
  const versions = [...comment.history].reverse();
  return (
    <Modal opened onClose={onClose} title="Earlier versions" size="lg">
      <Stack gap="md" data-testid="comment-history">
        {versions.map((v) => (
          <Card key={v.id} withBorder padding="sm">
            <Text size="xs" c="dimmed" mb={4}>
              Until {formatDateTime(v.editedAt)}, replaced by {v.editedBy.name}
            </Text>
            <MarkdownBody>
              {withMentionLinks(
                v.body,
                comment.mentions.map((m) => m.user),
              )}
            </MarkdownBody>
          </Card>
        ))}
      </Stack>
    </Modal>
  );
}

function CommentView({ comment, actions }: { comment: CommentItem; actions: ReturnType<typeof useComments> }) {
  const [editing, setEditing] = useState(false);
  const [replying, setReplying] = useState(false);
  const [history, setHistory] = useState(false);
  const top = !comment.parentId;
  return (
    <Stack gap={6} id={`comment-${comment.id}`} data-testid={top ? 'comment' : 'comment-reply'}>
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>
          {comment.author.name}
        </Text>
        <Text size="xs" c="dimmed">
          {formatDateTime(comment.createdAt)}
        </Text>
        {comment.editedAt ? (
          <Button
            variant="subtle"
            size="compact-xs"
            onClick={() => setHistory(true)}
            disabled={!comment.history.length}
            data-testid="comment-edited"
          >
            edited {formatDateTime(comment.editedAt)}
          </Button>
        ) : null}
        {comment.resolved ? (
          <Badge color="green" variant="light" size="sm" data-testid="comment-resolved">
            Resolved{comment.resolvedBy ? ` by ${comment.resolvedBy.name}` : ''}
          </Badge>
        ) : null}
      </Group>
      {editing ? (
        <CommentEditor
          initial={comment.body}
          label="Edit your comment"
          submitLabel="Save"
          busy={actions.busy}
          autoFocus
          testId="comment-edit"
          onCancel={() => setEditing(false)}
          onSubmit={async (body) => {
            await actions.edit(comment.id, body);
            setEditing(false);
          }}
        />
      ) : (
        <MarkdownBody>
          {withMentionLinks(
            comment.body,
            comment.mentions.map((m) => m.user),
          )}
        </MarkdownBody>
      )}
      <UntoldMentions comment={comment} />
      <Group gap={4}>
        {comment.viewerCan.reply ? (
          <Button variant="subtle" size="compact-sm" onClick={() => setReplying((r) => !r)}>
            Reply
          </Button>
        ) : null}
        {comment.viewerCan.edit && !editing ? (
          <Button variant="subtle" size="compact-sm" onClick={() => setEditing(true)}>
            Edit
          </Button>
        ) : null}
        {comment.viewerCan.resolve ? (
          <Button
            variant="subtle"
            size="compact-sm"
            color={comment.resolved ? 'gray' : 'green'}
            onClick={() =>
              void actions.resolve(comment.id, !comment.resolved).catch((e) => notifyError(e, 'Could not resolve'))
            }
          >
            {comment.resolved ? 'Reopen' : 'Resolve'}
          </Button>
        ) : null}
      </Group>
      {history ? <HistoryModal comment={comment} onClose={() => setHistory(false)} /> : null}
      <Collapse expanded={replying}>
        {replying ? (
          <CommentEditor
            label={`Reply to ${comment.author.name}`}
            submitLabel="Reply"
            busy={actions.busy}
            autoFocus
            testId="comment-reply-form"
            onCancel={() => setReplying(false)}
            onSubmit={async (body) => {
              await actions.add(body, comment.id);
              setReplying(false);
            }}
          />
        ) : null}
      </Collapse>
    </Stack>
  );
}

/** The asset's discussion: comments with one level of replies, mentions, edits with history and resolution. */
export function CommentsSection({ assetId }: { assetId: string }) {
  const actions = useComments(assetId);
  const { comments, count, loading, error, refetch } = actions;
  const { hash } = useLocation();
  const scrolledTo = useRef<string | null>(null);
  // A notification links to `#comment-<id>`: once that thread has loaded, bring it into view (once per link).
  useEffect(() => {
    if (!hash.startsWith('#comment-') || scrolledTo.current === hash || !comments.length) return;
    const target = document.getElementById(hash.slice(1));
    if (target) {
      scrolledTo.current = hash;
      target.scrollIntoView({ block: 'center' });
    }
  }, [hash, comments]);
  return (
    <Card component="section" aria-labelledby="comments-heading" data-testid="asset-comments">
      <Stack gap="md">
        <Title order={2} fz="md" id="comments-heading">
          Comments{count ? ` (${count})` : ''}
        </Title>
        {error ? (
          <ErrorNotice error={error} title="Could not load the comments" onRetry={() => void refetch()} />
        ) : null}
        {!loading && !comments.length ? (
          <Text size="sm" c="dimmed">
            No comments yet. Ask a question, say how you used it, or mention someone who should see it.
          </Text>
        ) : null}
        {comments.map((comment) => (
          <Card key={comment.id} withBorder padding="sm" data-testid="comment-thread">
            <Stack gap="sm">
              <CommentView comment={comment} actions={actions} />
              {comment.replies.length ? (
                <Stack
                  gap="sm"
                  pl={{ base: 'sm', sm: 'lg' }}
                  style={{ borderLeft: '2px solid var(--mantine-color-gray-3)' }}
                >
                  {comment.replies.map((reply) => (
                    <CommentView key={reply.id} comment={reply} actions={actions} />
                  ))}
                </Stack>
              ) : null}
            </Stack>
          </Card>
        ))}
        <CommentEditor
          label="Add a comment"
          submitLabel="Comment"
          busy={actions.busy}
          testId="comment-new"
          onSubmit={async (body) => {
            await actions.add(body);
          }}
        />
      </Stack>
    </Card>
  );
}

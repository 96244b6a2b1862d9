import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { toApiErrors } from '../../../core/graphql-errors';
import { notifySuccess } from '../../../ui/notify';
import { authorsProblem, toAuthorshipInput } from '../author-shares';
import type { AuthorDraft } from '../author-shares';
import { useSetAuthors } from '../hooks/useSetAuthors';
import { AuthorsEditor } from './AuthorsEditor';

interface AuthorsModalProps {
  assetId: string;
  authors: readonly AuthorDraft[];
  /** An adaptation may be led by its adapter instead of a lead author. */
  adaptation: boolean;
  onClose: () => void;
}

/** Changes an asset's authors and shares; mount it only while open so it starts from the saved authors. */
export function AuthorsModal({ assetId, authors, adaptation, onClose }: AuthorsModalProps) {
  const [draft, setDraft] = useState<AuthorDraft[]>([...authors]);
  const [submitted, setSubmitted] = useState(false);
  const [apiError, setApiError] = useState<string | null>(null);
  const { setAuthors, loading } = useSetAuthors();
  const problem = authorsProblem(draft, adaptation);

  const save = async () => {
    setSubmitted(true);
    if (problem) {
      return;
    }
    try {
      await setAuthors(assetId, toAuthorshipInput(draft));
      notifySuccess('Authors and shares saved as a new version.');
      onClose();
    } catch (error) {
      setApiError(
        toApiErrors(error)
          .map((e) => e.message)
          .join(' '),
      );
    }
  };

  return (
    <Modal opened onClose={onClose} title="Authors and shares" size="lg" centered>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Credit for every reuse is split between the authors by these shares. Saving records a new version.
        </Text>
        <AuthorsEditor
          value={draft}
          onChange={(next) => {
            setDraft(next);
            setApiError(null);
          }}
          error={submitted ? (problem ?? undefined) : undefined}
        />
        {apiError ? (
          <Alert color="red" variant="light" role="alert">
            {apiError}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => void save()} loading={loading}>
            Save authors
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

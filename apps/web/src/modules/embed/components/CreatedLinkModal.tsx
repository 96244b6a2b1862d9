import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { copyText } from '../../reuse/clipboard';
import type { ShareLink } from '../../share/hooks/useShareLinks';

/** The new link, shown this once (only its hash is kept), to copy into the email to the buyer. */
export function CreatedLinkModal({ link, onClose }: { link: ShareLink | null; onClose: () => void }) {
  const copy = async () => {
    if (!link) return;
    try {
      await copyText(link.url);
      notifications.show({ color: 'teal', title: 'Copied', message: 'Paste the link into your message to the buyer.' });
    } catch {
      notifications.show({ color: 'red', title: 'Could not copy', message: 'Select the link and copy it yourself.' });
    }
  };
  return (
    <Modal opened={link !== null} onClose={onClose} title="Share link created" size="sm" centered>
      {link ? (
        <Stack gap="sm">
          <Text size="sm">
            A link to “{link.asset.title}” for this deal. Copy it now: Byline shows it only this once.
          </Text>
          <TextInput
            value={link.url}
            readOnly
            aria-label="Share link"
            data-testid="embed-created-link"
            onFocus={(event) => event.currentTarget.select()}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Done
            </Button>
            <Button onClick={() => void copy()}>Copy link</Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}

import { Alert, Button, CopyButton, Group, Modal, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { splitFormErrors } from '../../../core/graphql-errors';
import { useScoringPolicy } from '../../credit/hooks/useScoringPolicy';
import type { OpenDeal } from '../../reuse/hooks/useOpenDeals';
import { useCreateShareLink } from '../hooks/useCreateShareLink';
import { expiryInDays } from '../share-format';

const FIELDS = ['recipientName', 'recipientEmail', 'dealId', 'expiresAt', 'requireEmail'] as const;
type Field = (typeof FIELDS)[number];
const NO_DEAL = 'none';
const EXPIRY_OPTIONS = [
  { value: '7', label: '7 days' },
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: '1 year' },
];

interface ShareLinkDialogProps {
  assetId: string;
  assetTitle: string;
  deals: readonly OpenDeal[];
  onClose: () => void;
}

/** Creates a tracked link to the asset for one buyer, then shows it once to copy. */
export function ShareLinkDialog({ assetId, assetTitle, deals, onClose }: ShareLinkDialogProps) {
  const { createShareLink, creating } = useCreateShareLink();
  const policy = useScoringPolicy();
  const [recipientName, setRecipientName] = useState('');
  const [recipientEmail, setRecipientEmail] = useState('');
  const [dealId, setDealId] = useState(NO_DEAL);
  const [days, setDays] = useState('30');
  const [requireEmail, setRequireEmail] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [url, setUrl] = useState<string | null>(null);

  const create = async () => {
    setFieldErrors({});
    setFormErrors([]);
    try {
      const link = await createShareLink({
        assetId,
        recipientName: recipientName.trim() || null,
        recipientEmail: recipientEmail.trim() || null,
        dealId: dealId === NO_DEAL ? null : dealId,
        expiresAt: expiryInDays(Number(days)),
        requireEmail,
      });
      setUrl(link.url);
      const points = policy?.reuse.SHARE_WITH_CUSTOMER;
      notifications.show({
        title: 'Link created',
        message: `Sharing credits the authors${points ? ` (+${points} before caps)` : ''}; they get more when the buyer first reads it.`,
        color: 'teal',
        autoClose: 6000,
      });
    } catch (error) {
      const split = splitFormErrors(error, FIELDS);
      setFieldErrors(split.fieldErrors);
      setFormErrors(split.formErrors);
    }
  };

  return (
    <Modal opened onClose={onClose} title="Share with a customer" centered size="lg" data-testid="share-link-dialog">
      {url ? (
        <Stack gap="md">
          <Text size="sm">
            Send this link to your buyer. They read “{assetTitle}” without logging in, and you see when they do.
          </Text>
          <Group gap="xs" wrap="nowrap" align="flex-end">
            <TextInput
              label="Link"
              value={url}
              readOnly
              flex={1}
              onFocus={(event) => event.currentTarget.select()}
              data-testid="share-link-url"
            />
            <CopyButton value={url}>
              {({ copied, copy }) => (
                <Button onClick={copy} color={copied ? 'teal' : undefined} miw={96}>
                  {copied ? 'Copied' : 'Copy'}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Alert color="yellow" variant="light">
            This link is shown once: copy it now. You can revoke it at any time from Buyer engagement.
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Done
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            The buyer sees the asset and its files on a clean page, without internal tags or credit. You see their
            visits and the time they spend on each page.
          </Text>
          <Group grow align="flex-start">
            <TextInput
              label="Recipient's name"
              placeholder="Optional"
              value={recipientName}
              onChange={(event) => setRecipientName(event.currentTarget.value)}
              error={fieldErrors.recipientName}
              maxLength={200}
            />
            <TextInput
              label="Recipient's email"
              placeholder="Optional"
              type="email"
              value={recipientEmail}
              onChange={(event) => {
                setRecipientEmail(event.currentTarget.value);
                setFieldErrors((errors) => ({ ...errors, recipientEmail: undefined }));
              }}
              error={fieldErrors.recipientEmail}
            />
          </Group>
          <Select
            label="Deal"
            description="One of your open deals: the asset then counts as used in it once the buyer reads it."
            allowDeselect={false}
            searchable
            value={dealId}
            onChange={(value) => setDealId(value ?? NO_DEAL)}
            data={[
              { value: NO_DEAL, label: 'No deal' },
              ...deals.map((deal) => ({
                value: deal.id,
                label: [deal.name, deal.accountName && deal.accountName !== deal.name ? deal.accountName : null]
                  .filter(Boolean)
                  .join(' · '),
              })),
            ]}
            error={fieldErrors.dealId}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label="Expires after"
            allowDeselect={false}
            value={days}
            onChange={(value) => setDays(value ?? '30')}
            data={EXPIRY_OPTIONS}
            error={fieldErrors.expiresAt}
            comboboxProps={{ withinPortal: true }}
          />
          <Switch
            label="Ask for the buyer's email"
            description="They give an email before they can read it; you see it on their sessions."
            checked={requireEmail}
            onChange={(event) => setRequireEmail(event.currentTarget.checked)}
            error={fieldErrors.requireEmail}
          />
          {formErrors.map((message) => (
            <Alert key={message} color="red" variant="light">
              {message}
            </Alert>
          ))}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button loading={creating} onClick={() => void create()} data-testid="create-share-link">
              Create link
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

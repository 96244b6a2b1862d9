import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Card, Stack, Text, Title } from '@mantine/core';
import { NotificationSettingsDocument, UpdateNotificationSettingsDocument } from '../../../generated/graphql';
import type { DigestFrequency } from '../../../generated/graphql';
import { ChoiceControl } from '../../../ui/ChoiceControl';
import { notifyError, notifySuccess } from '../../../ui/notify';

const CHOICES = [
  { value: 'NONE', label: 'Off' },
  { value: 'DAILY', label: 'Daily' },
  { value: 'WEEKLY', label: 'Weekly' },
] as const;

const SAVED: Record<DigestFrequency, string> = {
  NONE: 'Email digests are off.',
  DAILY: 'You will get a daily digest of what you have not read.',
  WEEKLY: 'You will get a weekly digest of what you have not read.',
};

/** The viewer's email digest: off, daily or weekly; says so when this Byline cannot send email. */
export function DigestSettings() {
  const { data } = useQuery(NotificationSettingsDocument);
  const [update] = useMutation(UpdateNotificationSettingsDocument);
  const settings = data?.notificationSettings;
  if (!settings) {
    return null;
  }
  const choose = (digest: DigestFrequency) => {
    update({ variables: { input: { digest } } })
      .then((result) => {
        const saved = result.data?.updateNotificationSettings;
        if (saved) {
          notifySuccess(SAVED[saved.digest]);
        }
      })
      .catch((error: unknown) => notifyError(error, 'Could not save the digest setting'));
  };
  return (
    <Card withBorder padding="md" data-testid="digest-settings">
      <Stack gap="xs">
        <Title order={2} fz="md" id="digest-heading">
          Email digest
        </Title>
        <Text size="sm" c="dimmed">
          A summary of your unread notifications by email: daily at 07:00 UTC or weekly on Mondays, with links back to
          Byline. Nothing is sent when everything is read.
        </Text>
        <ChoiceControl
          aria-labelledby="digest-heading"
          value={settings.digest}
          data={CHOICES}
          onChange={choose}
          phoneWidth="100%"
          data-testid="digest-choice"
        />
        {settings.digestsAvailable ? null : (
          <Alert color="yellow" variant="light" data-testid="digest-unavailable">
            This Byline has no mail server configured, so no digests are sent. Your choice is kept for when an
            administrator sets one up.
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

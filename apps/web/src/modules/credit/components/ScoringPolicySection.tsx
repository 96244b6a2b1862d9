import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  Modal,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { toApiErrors } from '../../../core/graphql-errors';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { formatDateTime } from '../../../ui/format';
import { notifySuccess } from '../../../ui/notify';
import { useScoringPolicyHistory } from '../hooks/useScoringPolicyHistory';
import { useUpdateScoringPolicy } from '../hooks/useUpdateScoringPolicy';
import { POLICY_FIELDS, POLICY_GROUPS, policyChanges, readPolicy, withValues } from '../policy-fields';
import type { PolicyChange, PolicyValues } from '../policy-fields';

const describeChange = (c: PolicyChange) => `${c.label}: ${c.from ?? '–'} → ${c.to ?? '–'}`;

interface PolicyFormProps {
  version: number;
  values: PolicyValues;
  raw: Record<string, unknown>;
}

/** The values of the version in force, editable; publishing makes the next version. */
function PolicyForm({ version, values, raw }: PolicyFormProps) {
  const [draft, setDraft] = useState<Partial<PolicyValues>>(values);
  const [confirming, setConfirming] = useState(false);
  const { publish, loading, error, reset } = useUpdateScoringPolicy();
  const complete = POLICY_FIELDS.every((f) => typeof draft[f.path] === 'number');
  const changes = complete ? policyChanges(values, draft as PolicyValues) : [];
  const apiErrors = toApiErrors(error);
  const fieldError = (path: string) => apiErrors.find((e) => e.field === `policy.${path}`)?.message;
  const formErrors = apiErrors.filter((e) => !POLICY_FIELDS.some((f) => `policy.${f.path}` === e.field));

  const confirm = async () => {
    if (await publish(withValues(raw, draft as PolicyValues))) {
      notifySuccess(`Scoring policy version ${version + 1} is in force.`);
    }
    setConfirming(false);
  };

  return (
    <Stack gap="lg">
      {POLICY_GROUPS.map((group) => (
        <Stack key={group.title} gap={6}>
          <Title order={3} fz="sm">
            {group.title}
          </Title>
          <Text size="sm" c="dimmed">
            {group.description}
          </Text>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
            {group.fields.map((field) => (
              <NumberInput
                key={field.path}
                label={field.label}
                min={0}
                max={field.max}
                allowDecimal={false}
                allowNegative={false}
                hideControls
                rightSection={
                  field.suffix ? (
                    <Text size="xs" c="dimmed">
                      {field.suffix}
                    </Text>
                  ) : null
                }
                rightSectionPointerEvents="none"
                value={draft[field.path] ?? ''}
                error={
                  fieldError(field.path) ??
                  (typeof draft[field.path] === 'number' ? undefined : 'Enter a whole number.')
                }
                onChange={(value) => {
                  setDraft((d) => ({ ...d, [field.path]: typeof value === 'number' ? value : undefined }));
                  reset();
                }}
              />
            ))}
          </SimpleGrid>
        </Stack>
      ))}
      {formErrors.length > 0 ? (
        <Alert color="red" variant="light" role="alert">
          {formErrors.map((e) => e.message).join(' ')}
        </Alert>
      ) : null}
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {changes.length === 0
            ? 'No changes yet.'
            : `${changes.length} change${changes.length === 1 ? '' : 's'} to publish.`}
        </Text>
        <Group gap="sm">
          <Button
            variant="default"
            disabled={draft === values}
            onClick={() => {
              setDraft(values);
              reset();
            }}
          >
            Discard changes
          </Button>
          <Button disabled={changes.length === 0} onClick={() => setConfirming(true)}>
            Publish version {version + 1}…
          </Button>
        </Group>
      </Group>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={`Publish scoring policy version ${version + 1}`}
        centered
      >
        <Stack gap="md">
          <List size="sm" spacing={4}>
            {changes.map((c) => (
              <List.Item key={c.label}>{describeChange(c)}</List.Item>
            ))}
          </List>
          <Text size="sm">
            It applies to credit earned from the moment you publish. Entries already in the ledger keep the version they
            were earned under, so nobody&apos;s past credit changes.
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
            <Button loading={loading} onClick={() => void confirm()}>
              Publish version {version + 1}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

/** Admins: the point values and limits of the credit rules, and every version published so far. */
export function ScoringPolicySection() {
  const { versions, loading, error, refetch } = useScoringPolicyHistory();
  const parsed = useMemo(() => versions.map((v) => ({ ...v, read: readPolicy(v.policy) })), [versions]);
  const current = parsed[0]?.read;

  return (
    <Card component="section" aria-labelledby="policy-heading">
      <Stack gap="md">
        <Group gap="xs">
          <Title order={2} fz="lg" id="policy-heading">
            Scoring policy
          </Title>
          {current ? (
            <Badge variant="light" radius="sm" data-testid="policy-version">
              Version {current.version}
            </Badge>
          ) : null}
        </Group>
        {error ? (
          <ErrorNotice error={error} title="Could not load the scoring policy" onRetry={() => void refetch()} />
        ) : null}
        {loading && !current ? <Text c="dimmed">Loading the scoring policy…</Text> : null}
        {current ? (
          <PolicyForm key={current.version} version={current.version} values={current.values} raw={current.raw} />
        ) : null}
        {parsed.length > 0 ? (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="xs" aria-label="Scoring policy versions">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Version</Table.Th>
                  <Table.Th>In force since</Table.Th>
                  <Table.Th>Published by</Table.Th>
                  <Table.Th>Changes</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {parsed.map((v, i) => {
                  const previous = parsed[i + 1]?.read;
                  const changes = v.read && previous ? policyChanges(previous.values, v.read.values) : [];
                  return (
                    <Table.Tr key={v.version}>
                      <Table.Td>{v.version}</Table.Td>
                      <Table.Td>{v.createdAt ? formatDateTime(v.createdAt) : 'From the start'}</Table.Td>
                      <Table.Td>{v.createdBy?.name ?? (v.createdAt ? '–' : 'Byline')}</Table.Td>
                      <Table.Td>
                        {previous
                          ? changes.length
                            ? changes.map(describeChange).join('; ')
                            : 'No value changed'
                          : 'Built-in defaults'}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </Stack>
    </Card>
  );
}

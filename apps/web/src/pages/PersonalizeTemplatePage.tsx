import { Alert, Anchor, Box, Button, Card, Group, Select, Skeleton, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { splitFormErrors } from '../core/graphql-errors';
import type { Viewer } from '../modules/auth/hooks/useViewer';
import { useAsset } from '../modules/asset/hooks/useAsset';
import { useMyDeals, usePersonalizeTemplate, useTemplatePreview } from '../modules/template/hooks/useTemplates';
import { ErrorNotice } from '../ui/ErrorNotice';
import { LockIcon } from '../ui/icons';
import { notifySuccess } from '../ui/notify';
import { AssetNotFound } from './AssetPage';

/** Personalise a template for one of my deals: filled from the deal, locked parts read-only, the rest editable. */
export function PersonalizeTemplatePage({ viewer }: { viewer: Viewer }) {
  const { id = '' } = useParams<{ id: string }>();
  const [params, setParams] = useSearchParams();
  const dealId = params.get('deal');
  const navigate = useNavigate();
  const { asset, notFound, loading } = useAsset(id);
  const { deals, loading: dealsLoading } = useMyDeals(viewer.id);
  const { segments, loading: previewLoading, error: previewError } = useTemplatePreview(id, dealId);
  const [apiError, setApiError] = useState<unknown>(null);
  const { personalize, loading: saving } = usePersonalizeTemplate();

  if (notFound) {
    return <AssetNotFound />;
  }
  if (!asset) {
    return loading ? <Skeleton h={320} /> : null;
  }

  const { fieldErrors, formErrors } = splitFormErrors(apiError, ['body', 'dealId', 'templateId'] as const, {});
  const save = async (body: string) => {
    if (!dealId) {
      return;
    }
    setApiError(null);
    try {
      const copy = await personalize({ templateId: asset.id, dealId, body });
      notifySuccess('Personalised copy saved: only you can see it.');
      void navigate(`/assets/${copy.id}`);
    } catch (error) {
      setApiError(error);
    }
  };

  return (
    <Stack gap="lg" maw={900}>
      <Stack gap={4}>
        <Anchor component={Link} to={`/assets/${asset.id}`} size="sm" c="dimmed">
          ← {asset.title}
        </Anchor>
        <Title order={1} fz={28}>
          Personalise for a deal
        </Title>
        <Text c="dimmed" size="sm">
          The placeholders are filled from the deal and its account. Grey parts with a lock are fixed by the template’s
          authors; edit the rest, then save your own private copy.
        </Text>
      </Stack>
      <Select
        label="Deal"
        placeholder={
          dealsLoading ? 'Loading your deals…' : deals.length ? 'Pick one of your deals' : 'You own no deals'
        }
        data={deals.map((d) => ({ value: d.id, label: d.accountName ? `${d.accountName} — ${d.name}` : d.name }))}
        value={dealId}
        onChange={(value) => setParams(value ? { deal: value } : {}, { replace: true })}
        searchable
        maw={520}
        data-testid="personalise-deal"
        error={fieldErrors.dealId}
      />
      {previewError ? <ErrorNotice error={previewError} title="Could not fill the template for this deal" /> : null}
      {formErrors.length || fieldErrors.body || fieldErrors.templateId ? (
        <Alert color="red" variant="light" title="Not saved" data-testid="personalise-error">
          {[fieldErrors.body, fieldErrors.templateId, ...formErrors].filter(Boolean).join(' ')}
        </Alert>
      ) : null}
      {dealId && previewLoading ? <Skeleton h={240} /> : null}
      {segments ? (
        <SegmentsEditor key={dealId} segments={segments} saving={saving} onSave={(body) => void save(body)} />
      ) : null}
    </Stack>
  );
}

interface SegmentsEditorProps {
  segments: { locked: boolean; text: string }[];
  saving: boolean;
  onSave: (body: string) => void;
}

/** The filled template: locked parts read-only, greyed with a lock; the rest editable. */
function SegmentsEditor({ segments, saving, onSave }: SegmentsEditorProps) {
  const [texts, setTexts] = useState(() => segments.map((s) => s.text));
  const body = () => segments.map((s, i) => (s.locked ? s.text : (texts[i] ?? s.text))).join('');
  return (
    <Card padding="lg" data-testid="personalise-text">
      <Stack gap="sm">
        {segments.map((segment, i) =>
          segment.locked ? (
            <Box
              key={i}
              p="sm"
              bg="gray.1"
              c="dark.3"
              style={{ borderRadius: 6, borderLeft: '3px solid var(--mantine-color-gray-5)' }}
              data-testid="locked-section"
            >
              <Group gap={6} mb={4} c="dimmed">
                <LockIcon size={14} />
                <Text size="xs" fw={600}>
                  Locked by the template
                </Text>
              </Group>
              <Text component="pre" size="sm" style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', margin: 0 }}>
                {segment.text.trim()}
              </Text>
            </Box>
          ) : (
            <Textarea
              key={i}
              aria-label={`Editable part ${i + 1}`}
              autosize
              minRows={2}
              value={texts[i] ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setTexts((current) => current.map((t, j) => (j === i ? value : t)));
              }}
              data-testid="editable-section"
            />
          ),
        )}
        <Group justify="flex-end">
          <Button onClick={() => onSave(body())} loading={saving} data-testid="save-personalised">
            Save personalised copy
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

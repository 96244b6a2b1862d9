import {
  Alert,
  Anchor,
  Button,
  Card,
  Chip,
  Grid,
  Group,
  Input,
  Radio,
  SegmentedControl,
  Stack,
  Switch,
  Tabs,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { hasErrorCode, splitFormErrors } from '../../../core/graphql-errors';
import { notifyError, notifyMessages, notifySuccess } from '../../../ui/notify';
import { authorsChanged, toAuthorshipInput } from '../../authorship/author-shares';
import { AuthorsEditor } from '../../authorship/components/AuthorsEditor';
import { useSetAuthors } from '../../authorship/hooks/useSetAuthors';
import { TagPicker } from '../../taxonomy/components/TagPicker';
import { TaxonomyPicker } from '../../taxonomy/components/TaxonomyPicker';
import { ASSET_FORM_FIELDS, toCreateAssetInput, toUpdateAssetInput, validateAssetValues } from '../asset-form';
import type { AssetEditorMode, AssetFormErrors, AssetFormField, AssetFormValues } from '../asset-form';
import {
  ASSET_KINDS,
  ASSET_KIND_HINTS,
  ASSET_KIND_LABELS,
  JOURNEY_PHASES,
  JOURNEY_PHASE_LABELS,
  TITLE_MAX_LENGTH,
  VISIBILITIES,
  VISIBILITY_LABELS,
  isAssetKind,
  isJourneyPhase,
  isVisibility,
  visibilityHint,
} from '../asset-labels';
import type { AssetDetail } from '../hooks/useAsset';
import { useCreateAsset } from '../hooks/useCreateAsset';
import { useDeriveAsset } from '../hooks/useDeriveAsset';
import { usePublishAsset } from '../hooks/usePublishAsset';
import { useUpdateAsset } from '../hooks/useUpdateAsset';
import { TemplateTools } from '../../template/components/TemplateTools';
import { FilesToAttach } from '../../file/components/FilesToAttach';
import { useFileUploads } from '../../file/hooks/useFileUploads';
import { MarkdownBody } from './MarkdownBody';
import { usePhoneLayout } from '../../../ui/usePhoneLayout';

const KIND_SHORT_LABELS = {
  ENABLEMENT: 'Enablement',
  BEST_PRACTICE: 'Best practice',
  WIN_LOSS: 'Win/loss',
  CLIENT_FACING: 'Client-facing',
} as const;

interface AssetEditorFormProps {
  mode: AssetEditorMode;
  initialValues: AssetFormValues;
  /** Edit: the asset being edited. Adapt: the asset being adapted. */
  source: AssetDetail | null;
  /** Whether the viewer may add terms to the taxonomy (else they pick from it). */
  mayAddTerms: boolean;
  /** The team a new asset belongs to (the author's); an edited asset keeps its own. */
  teamName: string | null;
  /** Edit only: load the newest version into the form after a conflict. */
  onReloadLatest?: () => Promise<void>;
}

type SaveIntent = 'save' | 'publish';

export function AssetEditorForm({
  mode,
  initialValues,
  source,
  mayAddTerms,
  teamName,
  onReloadLatest,
}: AssetEditorFormProps) {
  const navigate = useNavigate();
  const phone = usePhoneLayout();
  const [values, setValues] = useState<AssetFormValues>(initialValues);
  // The version this form started from: the API refuses the edit if someone saved a newer one since.
  const [expectedVersion] = useState(source?.version ?? 0);
  const [localErrors, setLocalErrors] = useState<AssetFormErrors>({});
  const [apiError, setApiError] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState<SaveIntent | null>(null);
  const [dirty, setDirty] = useState(false);
  const [bodyTab, setBodyTab] = useState<string | null>('write');
  const [copyFailed, setCopyFailed] = useState(false);
  const [reloading, setReloading] = useState(false);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  // A new asset's files, attached right after it is created.
  const [files, setFiles] = useState<File[]>([]);
  const uploads = useFileUploads();
  const takesFiles = mode !== 'edit';

  const { createAsset } = useCreateAsset();
  const { deriveAsset } = useDeriveAsset();
  const { updateAsset } = useUpdateAsset();
  const { publishAsset } = usePublishAsset();
  const { setAuthors } = useSetAuthors();

  const { fieldErrors, formErrors } = splitFormErrors(apiError, ASSET_FORM_FIELDS, { CONFLICT: undefined });
  const errorFor = (field: AssetFormField) => localErrors[field] ?? fieldErrors[field];
  const published = mode === 'edit' && source?.status === 'PUBLISHED';

  // Leaving the page with unsaved text asks first (a reload or closing the tab).
  useWindowEvent('beforeunload', (event) => {
    if (dirty && saving === null) {
      event.preventDefault();
    }
  });

  const update = <TField extends keyof AssetFormValues>(field: TField, value: AssetFormValues[TField]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setLocalErrors((current) => ({ ...current, [field]: undefined }));
    setApiError(null);
    setDirty(true);
  };

  const save = async (intent: SaveIntent) => {
    const errors = validateAssetValues(values, mode);
    setLocalErrors(errors);
    setApiError(null);
    if (Object.keys(errors).length > 0) {
      if (errors.body) {
        setBodyTab('write');
      }
      return;
    }
    setSaving(intent);
    let saved: AssetDetail | null = null;
    try {
      if (mode === 'create') {
        saved = await createAsset(toCreateAssetInput(values));
      } else if (mode === 'adapt' && source) {
        saved = await deriveAsset(source.id, toCreateAssetInput(values));
      } else if (mode === 'edit' && source) {
        saved = await updateAsset(source.id, toUpdateAssetInput(values, expectedVersion));
        if (authorsChanged(source.authors, values.authors)) {
          await setAuthors(source.id, toAuthorshipInput(values.authors));
        }
      }
      if (!saved) {
        return;
      }
      if (takesFiles && files.length > 0) {
        const failed = (await uploads.attachTo(saved.id, files)).filter((row) => row.phase === 'failed');
        if (failed.length > 0) {
          notifyMessages(
            failed.map((row) => row.message ?? `${row.fileName} was not attached.`),
            'Saved, but not every file was attached',
          );
        }
      }
      if (intent === 'publish' && saved.status !== 'PUBLISHED') {
        await publishAsset(saved.id);
      }
      setDirty(false);
      notifySuccess(
        intent === 'publish'
          ? 'Published. Everyone it is shared with can now find it.'
          : mode === 'edit'
            ? 'Saved as a new version.'
            : 'Saved as a draft. Only its authors can see it until it is published.',
      );
      await navigate(`/assets/${saved.id}`);
    } catch (error) {
      if (saved) {
        // The content is stored; only a later step (authors, publication) failed. Show the saved asset.
        setDirty(false);
        notifyError(error, intent === 'publish' ? 'Saved, but not published' : 'Saved, but the authors were not');
        await navigate(`/assets/${saved.id}`);
      } else if (hasErrorCode(error, 'CONFLICT')) {
        setConflict(true);
        // The explanation and the way out are at the top of the form; the save button is at the bottom.
        window.scrollTo({ top: 0, behavior: 'smooth' });
      } else {
        setApiError(error);
        if (splitFormErrors(error, ASSET_FORM_FIELDS).formErrors.length === 0) {
          notifyMessages(['Check the highlighted fields.'], 'Not saved yet');
        }
      }
    } finally {
      setSaving(null);
    }
  };

  const copyAndReload = async () => {
    try {
      await navigator.clipboard.writeText(values.body);
    } catch {
      setCopyFailed(true);
      return;
    }
    setReloading(true);
    try {
      notifySuccess('Your text is on the clipboard. The form now shows the latest version.');
      await onReloadLatest?.();
    } catch (error) {
      notifyError(error, 'Could not load the latest version');
    } finally {
      setReloading(false);
    }
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save('save');
  };

  const saveLabel = mode === 'edit' && source?.status !== 'DRAFT' ? 'Save changes' : 'Save draft';
  const showPublish = !published;

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Asset editor">
      <Stack gap="lg">
        {conflict ? (
          <Alert color="orange" variant="light" title="Someone saved a newer version" data-testid="edit-conflict">
            <Stack gap="sm" align="flex-start">
              <Text size="sm">
                While you were editing, this asset changed on the server. Nothing of yours was saved, and your text is
                still here. Load the latest version and apply your changes to it: your body text will be copied to the
                clipboard first so you can paste it back.
              </Text>
              {copyFailed ? (
                <Text size="sm" c="red.8">
                  The browser did not let Byline copy your text. Select the body text and copy it yourself, then reload.
                </Text>
              ) : null}
              <Group gap="sm">
                <Button size="xs" onClick={() => void copyAndReload()} loading={reloading}>
                  Copy my text and load the latest
                </Button>
                {copyFailed ? (
                  <Button size="xs" variant="default" onClick={() => void onReloadLatest?.()}>
                    Load the latest without copying
                  </Button>
                ) : null}
                {source ? (
                  <Anchor href={`/assets/${source.id}`} target="_blank" rel="noopener" size="sm">
                    See the latest in a new tab
                  </Anchor>
                ) : null}
              </Group>
            </Stack>
          </Alert>
        ) : null}

        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Card component="section" aria-label="Content" padding="xl">
              <Stack gap="lg">
                <Input.Wrapper
                  label="Kind"
                  description={ASSET_KIND_HINTS[values.kind]}
                  error={errorFor('kind')}
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                >
                  <SegmentedControl
                    fullWidth
                    // Four kinds side by side do not fit a phone: they stack.
                    orientation={phone ? 'vertical' : 'horizontal'}
                    mt={6}
                    mb={6}
                    data={ASSET_KINDS.map((kind) => ({ value: kind, label: KIND_SHORT_LABELS[kind] }))}
                    value={values.kind}
                    // The API keeps an asset's kind once created.
                    disabled={mode === 'edit'}
                    onChange={(kind) => {
                      if (isAssetKind(kind)) {
                        update('kind', kind);
                      }
                    }}
                    aria-label="Kind"
                  />
                </Input.Wrapper>

                <TextInput
                  label="Title"
                  required
                  placeholder="e.g. Discovery call playbook for CFOs"
                  value={values.title}
                  maxLength={TITLE_MAX_LENGTH}
                  error={errorFor('title')}
                  onChange={(event) => update('title', event.currentTarget.value)}
                  rightSectionWidth={72}
                  rightSection={
                    <Text
                      size="xs"
                      c={values.title.length >= TITLE_MAX_LENGTH ? 'red' : 'dimmed'}
                      data-testid="title-counter"
                      aria-label={`${values.title.length} of ${TITLE_MAX_LENGTH} characters`}
                    >
                      {values.title.length}/{TITLE_MAX_LENGTH}
                    </Text>
                  }
                  data-autofocus
                />

                <Textarea
                  label="Summary"
                  description="One or two sentences: shown in search results and the feed."
                  autosize
                  minRows={2}
                  maxRows={5}
                  value={values.summary}
                  error={errorFor('summary')}
                  onChange={(event) => update('summary', event.currentTarget.value)}
                />

                <Switch
                  label="Template"
                  description="Salespeople personalise it for a deal: placeholders are filled from the deal and its account; locked sections stay as written."
                  checked={values.isTemplate}
                  onChange={(event) => update('isTemplate', event.currentTarget.checked)}
                  data-testid="template-switch"
                />
                {values.isTemplate ? (
                  <TemplateTools
                    onInsert={(text) => {
                      const input = bodyRef.current;
                      const at = input?.selectionStart ?? values.body.length;
                      const end = input?.selectionEnd ?? at;
                      update('body', values.body.slice(0, at) + text + values.body.slice(end));
                      setBodyTab('write');
                    }}
                  />
                ) : null}

                <Input.Wrapper
                  label="Body"
                  required
                  description="Markdown: **bold**, _italic_, # headings, - lists, | tables |, [links](https://…). HTML is shown as plain text."
                  error={errorFor('body')}
                >
                  <Tabs value={bodyTab} onChange={setBodyTab} mt="xs" variant="outline">
                    <Tabs.List>
                      <Tabs.Tab value="write">Write</Tabs.Tab>
                      <Tabs.Tab value="preview">Preview</Tabs.Tab>
                    </Tabs.List>
                    <Tabs.Panel value="write" pt="sm">
                      <Textarea
                        ref={bodyRef}
                        aria-label="Body (Markdown)"
                        autosize
                        minRows={14}
                        maxRows={36}
                        value={values.body}
                        error={Boolean(errorFor('body'))}
                        onChange={(event) => update('body', event.currentTarget.value)}
                        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13.5 } }}
                        placeholder={'## Why this works\n\nWhat you did, for whom, and what happened…'}
                      />
                    </Tabs.Panel>
                    <Tabs.Panel value="preview" pt="sm">
                      <Card withBorder shadow="none" padding="lg" mih={200} bg="gray.0">
                        {values.body.trim() ? (
                          <MarkdownBody>{values.body}</MarkdownBody>
                        ) : (
                          <Text size="sm" c="dimmed">
                            Nothing to preview yet.
                          </Text>
                        )}
                      </Card>
                    </Tabs.Panel>
                  </Tabs>
                </Input.Wrapper>
              </Stack>
            </Card>
          </Grid.Col>

          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Stack gap="lg">
              <Card component="section" aria-labelledby="editor-sharing-heading">
                <Stack gap="sm">
                  <Title order={2} fz="md" id="editor-sharing-heading">
                    Who can see it
                  </Title>
                  <Radio.Group
                    value={values.visibility}
                    onChange={(visibility) => {
                      if (isVisibility(visibility)) {
                        update('visibility', visibility);
                      }
                    }}
                    error={errorFor('visibility')}
                    aria-label="Visibility"
                  >
                    <Stack gap="sm" mt={4}>
                      {VISIBILITIES.map((visibility) => (
                        <Radio
                          key={visibility}
                          value={visibility}
                          label={VISIBILITY_LABELS[visibility]}
                          description={
                            visibility === 'TEAM' && !teamName
                              ? 'You are not in a team, so this is not available.'
                              : visibilityHint(visibility, teamName)
                          }
                          disabled={visibility === 'TEAM' && !teamName}
                        />
                      ))}
                    </Stack>
                  </Radio.Group>
                  <Text size="xs" c="dimmed">
                    {mode === 'edit' && source?.status !== 'DRAFT'
                      ? 'Changes apply as soon as you save.'
                      : 'While it is a draft, only its authors can see it.'}
                  </Text>
                </Stack>
              </Card>

              {takesFiles ? (
                <Card component="section" aria-labelledby="editor-files-heading">
                  <FilesToAttach
                    files={files}
                    onChange={(next) => {
                      setFiles(next);
                      setDirty(true);
                    }}
                    rows={uploads.rows}
                  />
                </Card>
              ) : null}

              <Card component="section" aria-label="Authors">
                <AuthorsEditor
                  value={values.authors}
                  onChange={(authors) => update('authors', authors)}
                  error={errorFor('authors')}
                />
              </Card>

              <Card component="section" aria-labelledby="editor-topics-heading">
                <Stack gap="md">
                  <Stack gap={2}>
                    <Title order={2} fz="md" id="editor-topics-heading">
                      Topics
                    </Title>
                    <Text size="xs" c="dimmed">
                      The deal context this helps with: people find it by these in the library and in suggestions.
                    </Text>
                  </Stack>
                  <TaxonomyPicker
                    kind="INDUSTRY"
                    value={values.industries}
                    onChange={(industries) => update('industries', industries)}
                    canAddTerms={mayAddTerms}
                    error={errorFor('industries')}
                  />
                  <TaxonomyPicker
                    kind="BUYER_ROLE"
                    value={values.buyerRoles}
                    onChange={(buyerRoles) => update('buyerRoles', buyerRoles)}
                    canAddTerms={mayAddTerms}
                    error={errorFor('buyerRoles')}
                  />
                  <Input.Wrapper label="Journey phases" error={errorFor('journeyPhases')}>
                    <Chip.Group
                      multiple
                      value={values.journeyPhases}
                      onChange={(phases) => update('journeyPhases', phases.filter(isJourneyPhase))}
                    >
                      <Group gap={6} mt={6}>
                        {JOURNEY_PHASES.map((phase) => (
                          <Chip key={phase} value={phase} size="sm" variant="light">
                            {JOURNEY_PHASE_LABELS[phase]}
                          </Chip>
                        ))}
                      </Group>
                    </Chip.Group>
                  </Input.Wrapper>
                  <TaxonomyPicker
                    kind="PRODUCT"
                    value={values.products}
                    onChange={(products) => update('products', products)}
                    canAddTerms={mayAddTerms}
                    error={errorFor('products')}
                  />
                  <TagPicker value={values.tags} onChange={(tags) => update('tags', tags)} error={errorFor('tags')} />
                </Stack>
              </Card>
            </Stack>
          </Grid.Col>
        </Grid>

        {formErrors.length > 0 ? (
          <Alert color="red" variant="light" role="alert" title="Not saved">
            {formErrors.join(' ')}
          </Alert>
        ) : null}

        <Card
          padding="md"
          style={{ position: 'sticky', bottom: 16, zIndex: 5 }}
          shadow="md"
          data-testid="editor-actions"
        >
          <Group justify="space-between" gap="sm" wrap="wrap">
            <Text size="sm" c="dimmed">
              {conflict
                ? 'Not saved: someone saved a newer version (see above).'
                : mode === 'adapt' && source
                  ? `Adapting “${source.title}”: its authors are credited when your adaptation is published.`
                  : published
                    ? 'Saving makes a new version; the asset stays published.'
                    : `${ASSET_KIND_LABELS[values.kind]} · ${dirty ? 'Unsaved changes' : 'No changes yet'}`}
            </Text>
            <Group gap="sm">
              <Button component={Link} to={source ? `/assets/${source.id}` : '/library'} variant="subtle" color="gray">
                Cancel
              </Button>
              <Button
                type="submit"
                variant={showPublish ? 'default' : 'filled'}
                loading={saving === 'save'}
                disabled={saving !== null && saving !== 'save'}
              >
                {saveLabel}
              </Button>
              {showPublish ? (
                <Button
                  onClick={() => void save('publish')}
                  loading={saving === 'publish'}
                  disabled={saving !== null && saving !== 'publish'}
                >
                  Publish
                </Button>
              ) : null}
            </Group>
          </Group>
        </Card>
      </Stack>
    </form>
  );
}

import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  MultiSelect,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import type { Visibility } from '../../../generated/graphql';
import { splitFormErrors } from '../../../core/graphql-errors';
import { notifySuccess } from '../../../ui/notify';
import { VISIBILITIES, VISIBILITY_LABELS } from '../../asset/asset-labels';
import { useCreateAsset } from '../../asset/hooks/useCreateAsset';
import { usePublishAsset } from '../../asset/hooks/usePublishAsset';
import { TaxonomyPicker } from '../../taxonomy/components/TaxonomyPicker';
import { DEAL_OUTCOME_LABELS } from '../../deal/deal-labels';
import type { DealDetail } from '../../deal/hooks/useDeal';
import { useWinLossReasons } from '../hooks/useWinLossReasons';

interface WriteAnalysisModalProps {
  deal: DealDetail;
  opened: boolean;
  onClose: () => void;
  /** Called with the new asset's id once it is saved (and published, if asked). */
  onSaved: (assetId: string) => void;
}

const FIELDS = [
  'title',
  'summary',
  'body',
  'visibility',
  'analysis.reasons',
  'analysis.competitor',
  'analysis.buyerRolesInvolved',
  'analysis.lessonsLearned',
  'dealId',
] as const;
type Field = (typeof FIELDS)[number];

/** A WIN_LOSS asset about a closed deal, with the structured analysis: reasons, competitor, buyer roles, lessons. */
export function WriteAnalysisModal({ deal, opened, onClose, onSaved }: WriteAnalysisModalProps) {
  const outcome = deal.outcome === 'LOST' ? 'LOST' : 'WON';
  const [title, setTitle] = useState(`${outcome === 'WON' ? 'Why we won' : 'Why we lost'}: ${deal.name}`);
  const [summary, setSummary] = useState('');
  const [reasons, setReasons] = useState<string[]>([]);
  const [competitor, setCompetitor] = useState(deal.competitor ?? '');
  const [buyerRoles, setBuyerRoles] = useState<string[]>([]);
  const [lessons, setLessons] = useState('');
  const [body, setBody] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('ORG');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const { reasons: reasonOptions, loading: reasonsLoading } = useWinLossReasons(!opened);
  const { createAsset, loading: creating } = useCreateAsset();
  const { publishAsset, loading: publishing } = usePublishAsset();

  const save = async (publish: boolean) => {
    const missing: Partial<Record<Field, string>> = {};
    if (!title.trim()) {
      missing.title = 'Give the analysis a title.';
    }
    if (!body.trim() && !lessons.trim()) {
      missing.body = 'Tell the story of the deal, or at least the lessons learned.';
    }
    if (Object.keys(missing).length > 0) {
      setErrors(missing);
      return;
    }
    setErrors({});
    setFormErrors([]);
    try {
      const asset = await createAsset({
        kind: 'WIN_LOSS',
        dealId: deal.id,
        title: title.trim(),
        summary: summary.trim() || null,
        // The body is the asset's text; without one, the lessons are the story.
        body: body.trim() ? body : lessons,
        visibility,
        buyerRoles,
        analysis: {
          outcome,
          reasons,
          competitor: competitor.trim() || null,
          buyerRolesInvolved: buyerRoles,
          lessonsLearned: lessons.trim() || null,
        },
      });
      if (publish) {
        await publishAsset(asset.id);
      }
      notifySuccess(publish ? 'Your analysis is published.' : 'Your analysis is saved as a draft.');
      onSaved(asset.id);
    } catch (error) {
      const split = splitFormErrors(error, FIELDS);
      setErrors(split.fieldErrors);
      setFormErrors(split.formErrors);
    }
  };

  const busy = creating || publishing;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={<Text fw={650}>Write a win/loss analysis</Text>}
      size="lg"
      centered
      closeOnClickOutside={!busy}
    >
      <Stack gap="md" component="form" aria-label="Win/loss analysis" onSubmit={(event) => event.preventDefault()}>
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            About {deal.name}, which was
          </Text>
          <Badge color={outcome === 'WON' ? 'teal' : 'red'} radius="sm" data-testid="analysis-outcome">
            {DEAL_OUTCOME_LABELS[outcome]}
          </Badge>
        </Group>
        <TextInput
          label="Title"
          required
          maxLength={200}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          error={errors.title}
        />
        <TextInput
          label="Summary"
          description="One line for lists and search results."
          value={summary}
          onChange={(event) => setSummary(event.currentTarget.value)}
          error={errors.summary}
        />
        <MultiSelect
          label={outcome === 'WON' ? 'Why we won' : 'Why we lost'}
          placeholder={reasons.length === 0 ? 'Pick reasons' : undefined}
          data={reasonOptions.map((reason) => reason.label)}
          value={reasons}
          onChange={setReasons}
          searchable
          clearable
          maxValues={12}
          disabled={reasonsLoading && reasonOptions.length === 0}
          error={errors['analysis.reasons']}
          nothingFoundMessage="Not on the list. Enablement can add it."
          comboboxProps={{ withinPortal: true }}
        />
        <Group grow align="flex-start">
          <TextInput
            label="Competitor"
            placeholder="Who we competed against"
            value={competitor}
            onChange={(event) => setCompetitor(event.currentTarget.value)}
            error={errors['analysis.competitor']}
            maxLength={120}
          />
          <TaxonomyPicker
            kind="BUYER_ROLE"
            value={buyerRoles}
            onChange={setBuyerRoles}
            canAddTerms={false}
            error={errors['analysis.buyerRolesInvolved']}
          />
        </Group>
        <Textarea
          label="Lessons learned"
          description="What the next seller in a deal like this should do, or avoid. Markdown."
          autosize
          minRows={3}
          maxRows={8}
          value={lessons}
          onChange={(event) => setLessons(event.currentTarget.value)}
          error={errors['analysis.lessonsLearned']}
        />
        <Textarea
          label="The story of the deal"
          description="Markdown. Leave it empty to use the lessons learned as the text."
          autosize
          minRows={4}
          maxRows={12}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          error={errors.body}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            Who can see it
          </Text>
          <SegmentedControl
            value={visibility}
            onChange={setVisibility}
            data={VISIBILITIES.map((value) => ({ value, label: VISIBILITY_LABELS[value] }))}
            style={{ alignSelf: 'flex-start' }}
          />
          {errors.visibility ? (
            <Text size="xs" c="red.7">
              {errors.visibility}
            </Text>
          ) : null}
        </Stack>
        {formErrors.length > 0 || errors.dealId ? (
          <Alert color="red" variant="light" title="Not saved" role="alert">
            {[...formErrors, ...(errors.dealId ? [errors.dealId] : [])].join(' ')}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button variant="light" onClick={() => void save(false)} loading={creating && !publishing} disabled={busy}>
            Save draft
          </Button>
          <Button onClick={() => void save(true)} loading={busy}>
            Publish
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

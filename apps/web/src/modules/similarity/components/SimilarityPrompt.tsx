import { Alert, Anchor, Button, Collapse, Group, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { notifyError } from '../../../ui/notify';
import { BranchIcon } from '../../../ui/icons';
import type { AssetDetail } from '../../asset/hooks/useAsset';
import { useSimilarAssets } from '../hooks/useSimilarAssets';
import type { SimilarAsset } from '../hooks/useSimilarAssets';
import { useSimilarityDecisions } from '../hooks/useSimilarityDecisions';
import { anyFileBeingRead, authorNames, matchedPartPrefix, percentSame, undeclinedMatches } from '../similarity-text';

// The light alerts' tints are darker than the page: links and small print there take a darker shade to stay legible.
const LINK_ON_TINT = 'indigo.9';

interface SimilarityPromptProps {
  asset: AssetDetail;
  viewerId: string;
  /** Called once the asset became an adaptation (the editor starts again from the version that made). */
  onAdapted?: () => void;
  /** Said after "Now an adaptation", e.g. that the form shows the new version. */
  adaptedNote?: string;
}

/** "This looks like <title> by <authors> (78% the same)": the match's link, its authors, how alike. */
function MatchSentence({ match, lead }: { match: SimilarAsset; lead: string }) {
  return (
    <>
      {lead}
      {matchedPartPrefix(match)}
      <Anchor component={Link} to={`/assets/${match.asset.id}`} fw={600} inherit c={LINK_ON_TINT}>
        {match.asset.title}
      </Anchor>{' '}
      by {authorNames(match.asset.authors)} ({percentSame(match.similarity)} the same)
    </>
  );
}

interface MatchActionsProps {
  match: SimilarAsset;
  busy: boolean;
  /** Names the match in the buttons' accessible names, for a list of several. */
  named?: boolean;
  size?: 'xs' | 'sm';
  onAdapt: (match: SimilarAsset) => void;
  onDecline: (match: SimilarAsset) => void;
}

function MatchActions({ match, busy, named = false, size = 'sm', onAdapt, onDecline }: MatchActionsProps) {
  const of = named ? ` of “${match.asset.title}”` : '';
  return (
    <Group gap="xs" wrap="wrap">
      <Button
        size={size}
        leftSection={<BranchIcon size={14} />}
        disabled={busy}
        onClick={() => onAdapt(match)}
        aria-label={named ? `Make it an adaptation${of}` : undefined}
      >
        Make it an adaptation
      </Button>
      <Button
        size={size}
        variant="default"
        disabled={busy}
        onClick={() => onDecline(match)}
        aria-label={named ? `It's not a copy${of}` : undefined}
      >
        It&apos;s not a copy
      </Button>
    </Group>
  );
}

/**
 * For the asset's authors: the older assets it resembles, the best first, offered as its origin ("Make it an
 * adaptation", which credits their authors) or declined ("It's not a copy", which enablement may review once it is
 * published). Asked again every few seconds while a file of the asset is being read, as a match may appear then.
 */
export function SimilarityPrompt({ asset, viewerId, onAdapted, adaptedNote }: SimilarityPromptProps) {
  const isAuthor = asset.authors.some((author) => author.user.id === viewerId);
  // An adaptation's origin is set once; the prompt then only says what was done here.
  const [adaptedFrom, setAdaptedFrom] = useState<SimilarAsset | null>(null);
  const [declinedOne, setDeclinedOne] = useState(false);
  const [showMore, setShowMore] = useState(false);
  const moreId = useId();
  const { matches } = useSimilarAssets(asset.id, {
    enabled: isAuthor && !asset.derivedFrom && !adaptedFrom,
    reading: anyFileBeingRead(asset.attachments),
  });
  const { makeAdaptation, notACopy, busy } = useSimilarityDecisions(asset.id);

  if (adaptedFrom) {
    return (
      <Alert
        color="teal"
        variant="light"
        role="status"
        title="Now an adaptation"
        icon={<BranchIcon />}
        data-testid="similarity-adapted"
      >
        Yours now derives from{' '}
        <Anchor component={Link} to={`/assets/${adaptedFrom.asset.id}`} fw={600} inherit c={LINK_ON_TINT}>
          {adaptedFrom.asset.title}
        </Anchor>{' '}
        by {authorNames(adaptedFrom.asset.authors)}: they are credited for it
        {asset.status === 'PUBLISHED' ? '' : ' when yours is published'}, and you as its adapter.
        {adaptedNote ? ` ${adaptedNote}` : null}
      </Alert>
    );
  }

  const offered = isAuthor && !asset.derivedFrom ? undeclinedMatches(matches) : [];
  const declinedLine = declinedOne ? (
    <Text size="sm" c="dimmed" role="status" data-testid="similarity-declined">
      {asset.status === 'PUBLISHED'
        ? 'Noted as not a copy. Enablement may review it.'
        : 'Noted as not a copy. Enablement may review it once it is published.'}
    </Text>
  ) : null;
  if (offered.length === 0) {
    return declinedLine;
  }

  const adapt = (match: SimilarAsset) =>
    void makeAdaptation(match.asset.id).then(
      () => {
        setAdaptedFrom(match);
        onAdapted?.();
      },
      (error: unknown) => notifyError(error, 'Could not make it an adaptation'),
    );
  const decline = (match: SimilarAsset) =>
    void notACopy(match.asset.id).then(
      () => setDeclinedOne(true),
      (error: unknown) => notifyError(error, 'Could not record that'),
    );

  const [best, ...more] = offered;
  return (
    <Stack gap="xs">
      <Alert
        // Blue, a question: not the yellow of a draft's notice, often just above it.
        color="blue"
        variant="light"
        role="status"
        aria-label="Similar asset found"
        icon={<BranchIcon />}
        data-testid="similarity-prompt"
      >
        <Stack gap="sm">
          <Text size="sm" data-testid="similarity-best">
            <MatchSentence match={best} lead="This looks like " />. Make yours an adaptation?
          </Text>
          <Text size="xs">Its authors are then credited each time yours is reused, and you as its adapter.</Text>
          <MatchActions match={best} busy={busy} onAdapt={adapt} onDecline={decline} />
          {more.length > 0 ? (
            <>
              <Button
                variant="subtle"
                size="compact-sm"
                onClick={() => setShowMore((open) => !open)}
                aria-expanded={showMore}
                aria-controls={moreId}
                style={{ alignSelf: 'flex-start' }}
                data-testid="similarity-more"
              >
                {showMore ? 'Show fewer' : `and ${more.length} more`}
              </Button>
              <Collapse expanded={showMore}>
                <Stack component="ul" id={moreId} gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
                  {more.map((match) => (
                    <Stack component="li" key={match.asset.id} gap={6} data-testid="similarity-other">
                      <Text size="sm">
                        <MatchSentence match={match} lead="Also like " />
                      </Text>
                      <MatchActions match={match} busy={busy} named size="xs" onAdapt={adapt} onDecline={decline} />
                    </Stack>
                  ))}
                </Stack>
              </Collapse>
            </>
          ) : null}
        </Stack>
      </Alert>
      {declinedLine}
    </Stack>
  );
}

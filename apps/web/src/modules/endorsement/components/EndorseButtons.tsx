import { Button, Group, Popover, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { EndorsementKind } from '../../../generated/graphql';
import { notifyError } from '../../../ui/notify';
import { ShieldCheckIcon, ThumbUpIcon, TrophyIcon } from '../../../ui/icons';
import { useScoringPolicy } from '../../credit/hooks/useScoringPolicy';
import { ENDORSEMENT_KIND_LABELS, ENDORSEMENT_KINDS } from '../endorsement-labels';
import { useEndorse } from '../hooks/useEndorse';

export interface EndorsementSummary {
  id: string;
  kind: EndorsementKind;
  comment?: string | null;
  endorser: { id: string; name: string };
}

interface EndorseButtonsProps {
  assetId: string;
  /** The asset's active endorsements (spread `EndorsementFields` into the page's query). */
  endorsements: readonly EndorsementSummary[];
  viewerId: string;
  /** `Asset.viewerCan.endorse`: false for the asset's authors. */
  mayEndorse: boolean;
  /** `User.viewerCan.verifyAssets` of the viewer. */
  mayVerify: boolean;
}

const ICONS: Record<EndorsementKind, typeof ThumbUpIcon> = {
  HELPFUL: ThumbUpIcon,
  HELPED_WIN: TrophyIcon,
  VERIFIED: ShieldCheckIcon,
};

const COMMENT_MAX = 500;

function namesOf(endorsements: readonly EndorsementSummary[]): string {
  const names = endorsements.map((endorsement) => endorsement.endorser.name);
  if (names.length === 0) {
    return 'Nobody yet';
  }
  return names.length <= 4 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}

interface KindButtonProps {
  kind: EndorsementKind;
  all: readonly EndorsementSummary[];
  own: EndorsementSummary | undefined;
  disabledReason: string | null;
  busy: boolean;
  points: number | undefined;
  onEndorse: (comment: string | null) => Promise<boolean>;
  onWithdraw: (id: string) => Promise<boolean>;
}

function KindButton({ kind, all, own, disabledReason, busy, points, onEndorse, onWithdraw }: KindButtonProps) {
  const [opened, setOpened] = useState(false);
  const [comment, setComment] = useState('');
  const meta = ENDORSEMENT_KIND_LABELS[kind];
  const Icon = ICONS[kind];
  const count = all.length;

  const button = (
    <Button
      variant={own ? 'light' : 'default'}
      color={own ? 'indigo' : 'gray'}
      leftSection={<Icon />}
      rightSection={
        <Text span size="xs" fw={700} c={own ? 'indigo.7' : 'dimmed'} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {count}
        </Text>
      }
      disabled={disabledReason !== null}
      aria-pressed={own ? true : false}
      onClick={() => setOpened((value) => !value)}
      data-testid={`endorse-${kind.toLowerCase()}`}
    >
      {meta.label}
    </Button>
  );

  if (disabledReason) {
    return (
      <Tooltip label={disabledReason} withArrow multiline w={240}>
        {/* A disabled button fires no mouse events: the wrapper carries the tooltip. */}
        <span style={{ display: 'inline-block' }}>{button}</span>
      </Tooltip>
    );
  }

  return (
    <Popover opened={opened} onChange={setOpened} width={300} position="bottom-start" withArrow trapFocus shadow="md">
      <Popover.Target>
        <Tooltip label={`${meta.hint} ${namesOf(all)}.`} withArrow multiline w={260} disabled={opened}>
          {button}
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown>
        {own ? (
          <Stack gap="sm">
            <Text size="sm">Withdraw your “{meta.label}”? The credit it gave the authors is reversed.</Text>
            <Group justify="flex-end" gap="xs">
              <Button size="xs" variant="default" onClick={() => setOpened(false)}>
                Keep it
              </Button>
              <Button
                size="xs"
                color="red"
                loading={busy}
                onClick={() =>
                  void onWithdraw(own.id).then((done) => {
                    if (done) {
                      setOpened(false);
                    }
                  })
                }
              >
                Withdraw
              </Button>
            </Group>
          </Stack>
        ) : (
          <Stack gap="sm">
            <Text size="sm" fw={600}>
              {meta.label}
              {points ? (
                <Text span size="sm" c="dimmed" fw={400}>
                  {' '}
                  · +{points} to the authors
                </Text>
              ) : null}
            </Text>
            <Textarea
              label="Comment (optional)"
              placeholder={kind === 'HELPED_WIN' ? 'Which deal, and how it helped' : 'What was useful'}
              autosize
              minRows={2}
              maxRows={5}
              maxLength={COMMENT_MAX}
              value={comment}
              onChange={(event) => setComment(event.currentTarget.value)}
            />
            <Group justify="flex-end" gap="xs">
              <Button size="xs" variant="default" onClick={() => setOpened(false)}>
                Cancel
              </Button>
              <Button
                size="xs"
                loading={busy}
                onClick={() =>
                  void onEndorse(comment.trim() || null).then((done) => {
                    if (done) {
                      setComment('');
                      setOpened(false);
                    }
                  })
                }
              >
                Endorse
              </Button>
            </Group>
          </Stack>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}

/** Helpful and Helped win for everyone, Verified for enablement and admins; your own endorsement can be withdrawn. */
export function EndorseButtons({ assetId, endorsements, viewerId, mayEndorse, mayVerify }: EndorseButtonsProps) {
  const { endorse, withdraw, busy } = useEndorse(assetId);
  const policy = useScoringPolicy();
  const kinds = ENDORSEMENT_KINDS.filter(
    (kind) => kind !== 'VERIFIED' || mayVerify || endorsements.some((e) => e.kind === kind),
  );

  const onEndorse = async (kind: EndorsementKind, comment: string | null) => {
    try {
      const endorsement = await endorse(kind, comment);
      const full = policy?.endorsement[kind] ?? null;
      const points = endorsement.pointsAwarded;
      notifications.show({
        color: points > 0 ? 'teal' : 'gray',
        title: points > 0 ? `+${points} to the authors` : 'Endorsed, no credit',
        message:
          points <= 0
            ? 'A daily limit for these authors is reached (on what one person can give them, or on endorsement credit), so it earned nothing today.'
            : full !== null && points < full
              ? `You endorsed it as “${ENDORSEMENT_KIND_LABELS[kind].label}”. A daily cap held back ${full - points} of the ${full} points.`
              : `You endorsed it as “${ENDORSEMENT_KIND_LABELS[kind].label}”.`,
        autoClose: 5000,
      });
      return true;
    } catch (error) {
      notifyError(error, 'Could not endorse');
      return false;
    }
  };

  const onWithdraw = async (id: string) => {
    try {
      await withdraw(id);
      notifications.show({
        color: 'gray',
        title: 'Endorsement withdrawn',
        message: 'The credit it gave the authors is reversed.',
        autoClose: 5000,
      });
      return true;
    } catch (error) {
      notifyError(error, 'Could not withdraw');
      return false;
    }
  };

  return (
    <Group gap="xs" wrap="wrap" data-testid="endorse-buttons">
      {kinds.map((kind) => {
        const all = endorsements.filter((endorsement) => endorsement.kind === kind);
        const own = all.find((endorsement) => endorsement.endorser.id === viewerId);
        const disabledReason = !mayEndorse
          ? `You author this asset, so you cannot endorse it. ${namesOf(all)} endorsed it as ${ENDORSEMENT_KIND_LABELS[kind].label.toLowerCase()}.`
          : kind === 'VERIFIED' && !mayVerify
            ? `Only enablement and admins verify assets. ${namesOf(all)} verified it.`
            : null;
        return (
          <KindButton
            key={kind}
            kind={kind}
            all={all}
            own={own}
            disabledReason={disabledReason}
            busy={busy}
            points={policy?.endorsement[kind]}
            onEndorse={(comment) => onEndorse(kind, comment)}
            onWithdraw={onWithdraw}
          />
        );
      })}
    </Group>
  );
}

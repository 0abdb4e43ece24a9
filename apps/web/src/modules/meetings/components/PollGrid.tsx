import { useState } from 'react';
import { Badge, Button, Group, Radio, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { POLL_ANSWERS, type PollAnswer } from '@berne/domain';
import type { PollFieldsFragment } from '../../../generated/graphql';
import { AnswerSchedulingPollMutation } from '../graphql/meetings.operations';
import {
  answerColor,
  answerLabelKey,
  flagMessage,
  myAnswer,
  slotFlags,
  TEXT_COLORS,
  type SlotFlag,
} from '../display';
import { formatLocalSlot, formatRangeInZone } from '../time';
import { usePartners } from '../hooks/usePartners';
import { partnerName } from '../../partners/partner-display';
import { currentLanguage } from '../../../i18n/i18n';
import { ApiErrorAlert } from './ApiErrorAlert';
import { MeetingIcon, type MeetingIconName } from './MeetingIcon';

type Poll = PollFieldsFragment;
type Slot = Poll['slots'][number];

const FLAG_ICONS: Record<SlotFlag['kind'], MeetingIconName> = {
  outsideHours: 'clock',
  weekend: 'weekend',
  holiday: 'holiday',
};

const ANSWER_ICONS: Record<PollAnswer, MeetingIconName> = {
  YES: 'yes',
  IF_NEED_BE: 'maybe',
  NO: 'no',
};

interface PollGridProps {
  poll: Poll;
  userId: string;
  onConfirm?: (slot: Slot) => void;
}

function FlagLine({ flag }: { flag: SlotFlag }) {
  const { t } = useTranslation();
  const { values } = flagMessage(flag);
  const text =
    flag.kind === 'outsideHours'
      ? t('polls.flags.outsideHours', { from: values['from'], to: values['to'] })
      : flag.kind === 'weekend'
        ? t('polls.flags.weekend')
        : t('polls.flags.holiday', { name: flag.name });
  return (
    <Text size="xs" c={TEXT_COLORS.warning} fw={500} component="div" data-flag={flag.kind}>
      <Group gap={4} wrap="nowrap" align="flex-start">
        <MeetingIcon name={FLAG_ICONS[flag.kind]} size={14} />
        <span>{text}</span>
      </Group>
    </Text>
  );
}

function AnswerBadge({ answer }: { answer: PollAnswer | null }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="outline"
      color={answerColor(answer)}
      size="sm"
      leftSection={<MeetingIcon name={answer ? ANSWER_ICONS[answer] : 'none'} size={12} />}
      data-answer={answer ?? 'NONE'}
    >
      {answer ? t(answerLabelKey(answer)) : t('polls.noAnswer')}
    </Badge>
  );
}

/**
 * The poll as a grid: one row per slot (its rank and its time at the venue), one column per
 * participating capital (local time, what makes it awkward there, that partner's answer), and
 * for a delegate the answer buttons, for a scheduler the confirmation.
 */
export function PollGrid({ poll, userId, onConfirm }: PollGridProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const { byCode } = usePartners();
  const open = poll.status === 'OPEN';
  const canAnswer = open && Boolean(poll.myPartner);
  const [answer] = useMutation(AnswerSchedulingPollMutation);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  // The choice shows at once; the server's answer (through the refetched poll) then confirms it.
  const [pending, setPending] = useState<Record<string, PollAnswer>>({});

  async function onAnswer(slot: Slot, n: number, value: string) {
    const chosen = POLL_ANSWERS.find((a) => a === value);
    if (!chosen) return;
    setError(null);
    setSaved(null);
    setPending((previous) => ({ ...previous, [slot.id]: chosen }));
    try {
      await answer({
        variables: { pollId: poll.id, answers: [{ slotId: slot.id, answer: chosen }] },
      });
      setSaved(t('polls.answerSaved', { n, answer: t(answerLabelKey(chosen)) }));
    } catch (caught) {
      setError(caught);
    }
    setPending((previous) => {
      const next = { ...previous };
      delete next[slot.id];
      return next;
    });
  }

  const partnerLabel = (code: string) => {
    const partner = byCode(code);
    return partner ? partnerName(partner, language) : code;
  };

  return (
    <Stack gap="sm">
      {error != null && <ApiErrorAlert error={error} />}
      <Text size="sm" role="status" aria-live="polite" data-testid="answer-status" mih={20}>
        {saved}
      </Text>
      <Table.ScrollContainer minWidth={320 + poll.partnerCodes.length * 190}>
        <Table
          withTableBorder
          withColumnBorders
          verticalSpacing="sm"
          aria-label={t('polls.gridLabel')}
          // Visually hidden labels are absolutely positioned: keep them inside the scrolled area.
          style={{ position: 'relative' }}
          data-testid="poll-grid"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" miw={220}>
                {t('polls.slotAtVenue', { zone: poll.timeZone })}
              </Table.Th>
              {poll.partnerCodes.map((code) => (
                <Table.Th scope="col" key={code} miw={180}>
                  {partnerLabel(code)}
                  <Text size="xs" c="dimmed" fw={400}>
                    {byCode(code)?.capital}
                  </Text>
                </Table.Th>
              ))}
              {canAnswer && (
                <Table.Th scope="col" miw={170}>
                  {t('polls.yourAnswer', { partner: partnerLabel(poll.myPartner ?? '') })}
                </Table.Th>
              )}
              {poll.canManage && open && (
                <Table.Th scope="col">
                  <VisuallyHidden>{t('polls.confirmColumn')}</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {poll.slots.map((slot, index) => {
              const n = index + 1;
              const venueTime = formatRangeInZone(
                slot.startsAt,
                slot.endsAt,
                poll.timeZone,
                language,
              );
              const mine = myAnswer(slot.votes, userId);
              return (
                <Table.Tr key={slot.id} data-testid={`poll-slot-${n}`} data-rank={slot.rank}>
                  <Table.Th scope="row" fw={400}>
                    <Stack gap={4}>
                      <Group gap="xs">
                        <Badge
                          color={slot.rank === 1 ? TEXT_COLORS.good : TEXT_COLORS.neutral}
                          variant={slot.rank === 1 ? 'filled' : 'outline'}
                          size="sm"
                          data-testid="slot-rank"
                        >
                          {slot.rank === 1
                            ? t('polls.rankBest')
                            : t('polls.rank', { rank: slot.rank })}
                        </Badge>
                        <Text size="xs" c="dimmed">
                          {t('polls.slotNumber', { n })}
                        </Text>
                      </Group>
                      <Text fw={600} size="sm">
                        {venueTime}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t('polls.scoreLine', { score: slot.score, count: slot.problems })}
                      </Text>
                    </Stack>
                  </Table.Th>
                  {poll.partnerCodes.map((code) => {
                    const local = slot.local.find((l) => l.partnerCode === code);
                    const partnerAnswer =
                      slot.partnerAnswers.find((a) => a.partnerCode === code)?.answer ?? null;
                    const flags = local ? slotFlags(local) : [];
                    return (
                      <Table.Td key={code} data-partner={code}>
                        <Stack gap={4}>
                          {local && (
                            <Text size="sm" data-testid="local-time">
                              {formatLocalSlot(local.localStart, local.localEnd, language)}
                            </Text>
                          )}
                          {flags.map((flag) => (
                            <FlagLine key={flag.kind} flag={flag} />
                          ))}
                          {flags.length === 0 && (
                            <Text size="xs" c={TEXT_COLORS.good} component="div">
                              <Group gap={4} wrap="nowrap">
                                <MeetingIcon name="check" size={14} />
                                <span>{t('polls.flags.fine')}</span>
                              </Group>
                            </Text>
                          )}
                          <div>
                            <AnswerBadge answer={partnerAnswer} />
                          </div>
                        </Stack>
                      </Table.Td>
                    );
                  })}
                  {canAnswer && (
                    <Table.Td>
                      <Radio.Group
                        value={pending[slot.id] ?? mine ?? ''}
                        onChange={(value) => void onAnswer(slot, n, value)}
                        label={
                          <VisuallyHidden>
                            {t('polls.answerFor', { n, time: venueTime })}
                          </VisuallyHidden>
                        }
                      >
                        <Stack gap={6}>
                          {POLL_ANSWERS.map((value) => (
                            <Radio key={value} value={value} label={t(answerLabelKey(value))} />
                          ))}
                        </Stack>
                      </Radio.Group>
                    </Table.Td>
                  )}
                  {poll.canManage && open && (
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant={slot.rank === 1 ? 'filled' : 'default'}
                        onClick={() => onConfirm?.(slot)}
                        aria-label={t('polls.confirmSlotNamed', { n, time: venueTime })}
                      >
                        {t('polls.confirmSlot')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

import { useRef, useState } from 'react';
import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CaseAnswerKind } from '@berne/domain';
import type { CaseRaisingFieldsFragment } from '../../../generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { TEXT_COLORS } from '../../meetings/display';
import { formatDateTime } from '../../partners/partner-display';
import { usePartnerName } from '../../benchmarks/hooks/usePartnerName';
import { answerKindLabelKey, channelLabelKey, daysToAnswerKey } from '../display';
import { AnswerKindBadge } from './CaseBadges';
import { AnswerForm } from './AnswerForm';

/**
 * Every time the case was raised, newest first: who, when, how, at which round, what was asked,
 * and what came back (kind, date, text, how long it took). The raising partner's staff and the
 * secretariat record or change the answer in place.
 */
export function RaisingHistory({ raisings }: { raisings: readonly CaseRaisingFieldsFragment[] }) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  if (raisings.length === 0) {
    return (
      <Text size="sm" data-testid="no-raisings">
        {t('cases.history.none')}
      </Text>
    );
  }
  return (
    <>
      <Text role="status" aria-live="polite" size="sm" fw={600} c={TEXT_COLORS.good}>
        {announcement}
      </Text>
      <ol style={{ margin: 0, padding: 0, listStyle: 'none' }} data-testid="raising-history">
        {raisings.map((r) => (
          <li key={r.id} style={{ marginBottom: 8 }}>
            <RaisingCard
              raising={r}
              onAnswered={(kind) =>
                setAnnouncement(
                  t('cases.answer.done', { kind: t(answerKindLabelKey(kind)), date: r.raisedOn }),
                )
              }
            />
          </li>
        ))}
      </ol>
    </>
  );
}

function RaisingCard({
  raising: r,
  onAnswered,
}: {
  raising: CaseRaisingFieldsFragment;
  onAnswered: (kind: CaseAnswerKind) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const name = usePartnerName();
  const [answering, setAnswering] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setAnswering(false);
    // Back to the button that opened the form.
    setTimeout(() => buttonRef.current?.focus(), 0);
  };
  const answered = r.answerKind !== 'AWAITED';
  return (
    <Paper withBorder p="sm" data-testid="raising" data-answer-kind={r.answerKind}>
      <Stack gap={6}>
        <Group gap="xs">
          <Text fw={700} size="sm">
            {name(r.partnerCode)}
          </Text>
          <Text size="sm">
            <time dateTime={r.raisedOn}>{r.raisedOn}</time>
          </Text>
          <Text size="sm">· {t(channelLabelKey(r.channel))}</Text>
          {r.meeting && (
            <Text size="sm">
              ·{' '}
              <Anchor component={Link} to={`/meetings/${r.meeting.id}`} size="sm">
                {r.meeting.title}
              </Anchor>
            </Text>
          )}
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          <strong>{t('cases.history.request')}:</strong> {r.request || t('cases.history.noRequest')}
        </Text>
        <Group gap="xs" data-testid="raising-answer">
          <AnswerKindBadge kind={r.answerKind} />
          {answered && r.answeredOn && (
            <Text size="sm">
              {t('cases.history.answeredOn', { date: r.answeredOn })}
              {r.daysToAnswer !== null &&
                ` · ${t(daysToAnswerKey(r.daysToAnswer), { count: r.daysToAnswer })}`}
            </Text>
          )}
        </Group>
        {answered && r.answer && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="raising-answer-text">
            <strong>{t('cases.history.answer')}:</strong> {r.answer}
          </Text>
        )}
        <Text size="xs" c={TEXT_COLORS.neutral}>
          {t('cases.history.recordedBy', {
            name: r.recordedBy?.displayName ?? '—',
            date: formatDateTime(r.recordedAt, language),
          })}
          {r.answerRecordedBy && r.answerRecordedAt && (
            <>
              {' · '}
              {t('cases.history.answerRecordedBy', {
                name: r.answerRecordedBy.displayName,
                date: formatDateTime(r.answerRecordedAt, language),
              })}
            </>
          )}
        </Text>
        {r.canRecordAnswer &&
          (answering ? (
            <Paper withBorder p="sm" bg="gray.0">
              <AnswerForm
                raising={r}
                onCancel={close}
                onDone={(kind) => {
                  onAnswered(kind);
                  close();
                }}
              />
            </Paper>
          ) : (
            <Group>
              <Button
                ref={buttonRef}
                size="xs"
                variant="default"
                onClick={() => setAnswering(true)}
                aria-label={t(answered ? 'cases.answer.changeFor' : 'cases.answer.recordFor', {
                  date: r.raisedOn,
                  partner: name(r.partnerCode),
                })}
              >
                {answered ? t('cases.answer.change') : t('cases.answer.record')}
              </Button>
            </Group>
          ))}
      </Stack>
    </Paper>
  );
}

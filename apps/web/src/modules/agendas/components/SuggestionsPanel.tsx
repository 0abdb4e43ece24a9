import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/i18n';
import { ErrorAlert } from '../../errors/components/ErrorAlert';
import { LoadingState } from '../../../app/layout/LoadingState';
import { TEXT_COLORS } from '../../meetings/display';
import { AgendaSuggestionsQuery } from '../graphql/continuity.operations';
import { formatMeetingDate } from '../dates';
import type { ItemPrefill } from '../item-form';
import { OutcomeSummary } from './OutcomeSummary';

interface SuggestionsPanelProps {
  meetingId: string;
  /** The caller may propose items now (a participating partner's member or the chair, agenda open). */
  canPropose: boolean;
}

/**
 * What the previous meeting of the same kind left open — deferred and contested items, open action
 * items — each with "Propose", which starts the proposal form from it.
 */
export function SuggestionsPanel({ meetingId, canPropose }: SuggestionsPanelProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(AgendaSuggestionsQuery, {
    variables: { meetingId },
    fetchPolicy: 'cache-and-network',
  });
  const previous = data?.agendaSuggestions.previousMeeting ?? null;
  const suggestions = data?.agendaSuggestions.suggestions ?? [];

  function propose(prefill: ItemPrefill) {
    void navigate(`/meetings/${meetingId}/agenda/propose`, { state: { prefill } });
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="agenda-suggestions-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="agenda-suggestions-heading">
          {t('agendas.suggestions.title')}
        </Title>
        {error && <ErrorAlert error={error} />}
        {loading && !data && <LoadingState label={t('agendas.suggestions.loading')} />}
        {data && !previous && <Text size="sm">{t('agendas.suggestions.noPrevious')}</Text>}
        {previous && (
          <Text size="sm">
            {t('agendas.suggestions.from')}{' '}
            <Anchor component={Link} to={previous.path}>
              {previous.title}
            </Anchor>{' '}
            ({formatMeetingDate(previous.startsAt, previous.timeZone, language)})
          </Text>
        )}
        {previous && suggestions.length === 0 && (
          <Text size="sm">{t('agendas.suggestions.none')}</Text>
        )}
        {suggestions.length > 0 && (
          <Stack
            gap="sm"
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            data-testid="suggestions"
          >
            {suggestions.map((s, i) => (
              <li
                key={`${s.reason}-${s.agendaItem?.id ?? s.actionItem?.id ?? i}`}
                data-reason={s.reason}
              >
                <Paper withBorder p="sm">
                  <Stack gap={4}>
                    <Group gap="xs">
                      <Badge variant="outline" color={TEXT_COLORS.neutral} radius="sm">
                        {t(`agendas.suggestions.reasons.${s.reason}`)}
                      </Badge>
                      {s.alreadyOnAgenda && (
                        <Badge variant="outline" color={TEXT_COLORS.neutral} radius="sm">
                          {t('agendas.suggestions.already')}
                        </Badge>
                      )}
                    </Group>
                    <Text fw={600} data-testid="suggestion-title">
                      {s.title}
                    </Text>
                    {s.actionItem && (
                      <Text size="sm">
                        {t('agendas.suggestions.actionDue', { date: s.actionItem.dueDate })}
                      </Text>
                    )}
                    {s.agendaItem && <OutcomeSummary outcome={s.agendaItem.outcome} />}
                    {canPropose && !s.alreadyOnAgenda && (
                      <Group>
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() =>
                            propose(
                              s.agendaItem
                                ? {
                                    title: s.title,
                                    description: s.description,
                                    themeCodes: s.agendaItem.themeCodes,
                                    vulnerableGroups: s.agendaItem.vulnerableGroups,
                                    influenceRegion: s.agendaItem.influenceRegion,
                                    minutes: s.agendaItem.minutes,
                                  }
                                : { title: s.title, description: s.description },
                            )
                          }
                          aria-label={t('agendas.suggestions.proposeNamed', { title: s.title })}
                        >
                          {t('agendas.suggestions.propose')}
                        </Button>
                      </Group>
                    )}
                  </Stack>
                </Paper>
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

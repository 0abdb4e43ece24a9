import { useState } from 'react';
import { Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { PartnerCode } from '@berne/domain';
import { ApiErrorAlert } from '../../meetings/components/ApiErrorAlert';
import { ErrorAlert } from '../../errors/components/ErrorAlert';
import {
  AgendaSpeakersQuery,
  PartnerDiplomatsQuery,
  SetAgendaSpeakerMutation,
} from '../graphql/agendas.operations';

interface SpeakersPanelProps {
  partner: PartnerCode;
  partnerLabel: string;
  /** A coordinator names the speakers; other members only read who they are. */
  canManage: boolean;
}

/**
 * Who speaks for a partner on agendas: its coordinator, and the diplomats the coordinator names
 * (for every agenda, not one meeting).
 */
export function SpeakersPanel({ partner, partnerLabel, canManage }: SpeakersPanelProps) {
  const { t } = useTranslation();
  const speakers = useQuery(AgendaSpeakersQuery, {
    variables: { partnerCode: partner },
    fetchPolicy: 'cache-and-network',
  });
  const diplomats = useQuery(PartnerDiplomatsQuery, {
    variables: { partnerCode: partner },
    skip: !canManage,
  });
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const [setSpeaker, { loading }] = useMutation(SetAgendaSpeakerMutation, {
    refetchQueries: ['AgendaSpeakers', 'Agenda'],
    // The switch follows the list of speakers: say "named" once it shows it.
    awaitRefetchQueries: true,
  });
  const named = speakers.data?.agendaSpeakers ?? [];
  const isNamed = (id: string) => named.some((p) => p.id === id);
  const people = (diplomats.data?.users ?? []).filter((u) => !u.disabled);

  async function toggle(userId: string, displayName: string, speaks: boolean) {
    setError(null);
    setStatus('');
    try {
      await setSpeaker({ variables: { userId, speaks } });
      setStatus(
        t(speaks ? 'agendas.speakers.named' : 'agendas.speakers.removed', {
          name: displayName,
          partner: partnerLabel,
        }),
      );
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="agenda-speakers-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="agenda-speakers-heading">
          {t('agendas.speakers.title', { partner: partnerLabel })}
        </Title>
        <Text size="sm">{t('agendas.speakers.intro', { partner: partnerLabel })}</Text>
        {speakers.error && <ErrorAlert error={speakers.error} />}
        {diplomats.error && <ErrorAlert error={diplomats.error} />}
        {error != null && <ApiErrorAlert error={error} />}
        {canManage ? (
          people.length === 0 ? (
            <Text size="sm">{t('agendas.speakers.noDiplomats')}</Text>
          ) : (
            <Stack gap="xs" data-testid="speakers-list">
              {people.map((person) => (
                <Switch
                  key={person.id}
                  label={t('agendas.speakers.speaksFor', {
                    name: person.displayName,
                    partner: partnerLabel,
                  })}
                  checked={isNamed(person.id)}
                  disabled={loading}
                  onChange={(event) =>
                    void toggle(person.id, person.displayName, event.currentTarget.checked)
                  }
                />
              ))}
            </Stack>
          )
        ) : (
          <Text size="sm" data-testid="speakers-list">
            {named.length > 0
              ? t('agendas.speakers.namedList', {
                  names: named.map((p) => p.displayName).join(', '),
                })
              : t('agendas.speakers.noneNamed')}
          </Text>
        )}
        <Text size="sm" role="status" aria-live="polite" data-testid="speakers-status">
          {status}
        </Text>
      </Stack>
    </Paper>
  );
}

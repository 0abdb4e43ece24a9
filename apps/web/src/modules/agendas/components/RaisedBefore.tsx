import { useState } from 'react';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../errors/components/ErrorAlert';
import { LoadingState } from '../../../app/layout/LoadingState';
import {
  AgendaItemHistoryOnThemesQuery,
  AgendaItemsRaisedBeforeQuery,
} from '../graphql/continuity.operations';
import { RaisedBeforeList } from './RaisedBeforeList';

const LIMIT = 5;

/**
 * In the proposal form: the last times the chosen themes were on an agenda, with what came of
 * them, so an issue is not raised "as if it had never before been mentioned".
 */
export function RaisedBeforeForThemes({
  themeCodes,
  meetingId,
}: {
  themeCodes: string[];
  meetingId: string;
}) {
  const { t } = useTranslation();
  const [codes] = useDebouncedValue(themeCodes, 300);
  const { data, loading, error } = useQuery(AgendaItemsRaisedBeforeQuery, {
    variables: { themeCodes: codes, excludeMeetingId: meetingId, limit: LIMIT },
    skip: codes.length === 0,
  });
  const entries = data?.agendaItemsRaisedBefore ?? [];
  return (
    <Paper
      withBorder
      p="sm"
      bg="gray.0"
      component="section"
      aria-labelledby="raised-before-heading"
      data-testid="raised-before"
    >
      <Stack gap="xs">
        <Title order={2} size="h5" id="raised-before-heading">
          {t('agendas.continuity.raisedBeforeTitle')}
        </Title>
        {error && <ErrorAlert error={error} />}
        {loading && !data && <LoadingState label={t('agendas.continuity.loading')} />}
        {data && entries.length === 0 && (
          <Text size="sm">{t('agendas.continuity.neverRaised')}</Text>
        )}
        {entries.length > 0 && (
          <>
            <Text size="sm">
              {t('agendas.continuity.raisedBeforeIntro', { count: entries.length })}
            </Text>
            <RaisedBeforeList entries={entries} />
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** On the agenda page: an item's themes at earlier meetings, fetched when first opened. */
export function ItemRaisedBefore({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const { data, loading, error } = useQuery(AgendaItemHistoryOnThemesQuery, {
    variables: { itemId, limit: LIMIT },
    skip: !opened,
  });
  const entries = data?.agendaItemHistoryOnThemes ?? [];
  return (
    <details
      className="agenda-details"
      data-testid="item-raised-before"
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{t('agendas.continuity.itemRaisedBefore')}</summary>
      {error && <ErrorAlert error={error} />}
      {loading && !data && <LoadingState label={t('agendas.continuity.loading')} />}
      {data && entries.length === 0 && <Text size="sm">{t('agendas.continuity.neverRaised')}</Text>}
      {entries.length > 0 && <RaisedBeforeList entries={entries} />}
    </details>
  );
}

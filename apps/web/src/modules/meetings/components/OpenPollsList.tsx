import { Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SchedulingPollsQuery } from '../graphql/meetings.operations';
import { kindLabelKey } from '../display';
import { usePartners } from '../hooks/usePartners';
import { partnerName } from '../../partners/partner-display';
import { ErrorAlert } from '../../errors/components/ErrorAlert';
import { LoadingState } from '../../../app/layout/LoadingState';
import { currentLanguage } from '../../../i18n/i18n';
import { formatRangeInZone } from '../time';

/** The open scheduling polls, with the span of their proposed slots at the venue. */
export function OpenPollsList() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const { byCode } = usePartners();
  const { data, loading, error } = useQuery(SchedulingPollsQuery, {
    variables: { includeClosed: false },
    fetchPolicy: 'cache-and-network',
  });
  const polls = data?.schedulingPolls;

  return (
    <Stack gap="sm" component="section" aria-labelledby="open-polls-heading">
      <Title order={2} id="open-polls-heading">
        {t('polls.openTitle')}
      </Title>
      {error && <ErrorAlert error={error} />}
      {loading && !polls && <LoadingState label={t('polls.loading')} />}
      {polls && polls.length === 0 && <Text>{t('polls.noneOpen')}</Text>}
      {polls && polls.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped aria-labelledby="open-polls-heading" data-testid="open-polls">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('polls.fields.title')}</Table.Th>
                <Table.Th scope="col">{t('polls.fields.kind')}</Table.Th>
                <Table.Th scope="col">{t('polls.fields.place')}</Table.Th>
                <Table.Th scope="col">{t('polls.fields.firstSlot')}</Table.Th>
                <Table.Th scope="col">{t('polls.fields.partners')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {polls.map((poll) => {
                const first = poll.slots[0];
                return (
                  <Table.Tr key={poll.id}>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Anchor component={Link} to={`/meetings/polls/${poll.id}`} fw={500}>
                          {poll.title}
                        </Anchor>
                        {poll.myPartner && (
                          <Badge variant="outline" color="blue.8" size="sm">
                            {t('polls.yourPartnerInvited')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{t(kindLabelKey(poll.kind))}</Table.Td>
                    <Table.Td>{poll.venue ? `${poll.venue}, ${poll.city}` : poll.city}</Table.Td>
                    <Table.Td>
                      {first
                        ? `${formatRangeInZone(first.startsAt, first.endsAt, poll.timeZone, language)} (${poll.timeZone})`
                        : '—'}
                      {poll.slots.length > 1 && (
                        <Text size="xs" c="dimmed">
                          {t('polls.slotCount', { count: poll.slots.length })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {poll.partnerCodes
                        .map((code) => {
                          const partner = byCode(code);
                          return partner ? partnerName(partner, language) : code;
                        })
                        .join(', ')}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

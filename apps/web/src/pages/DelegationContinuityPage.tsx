import {
  Anchor,
  Badge,
  ColorSwatch,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isPartnerCode } from '@berne/domain';
import { usePageTitle } from '../app/layout/usePageTitle';
import { LoadingState } from '../app/layout/LoadingState';
import { currentLanguage } from '../i18n/i18n';
import { DelegationContinuityQuery } from '../modules/delegations/graphql/delegations.operations';
import { levelLabelKey } from '../modules/delegations/members';
import { usePartners } from '../modules/meetings/hooks/usePartners';
import { kindLabelKey, statusLabelKey } from '../modules/meetings/display';
import { formatInZone, viewerTimeZone } from '../modules/meetings/time';
import { partnerName } from '../modules/partners/partner-display';
import { ErrorAlert } from '../modules/errors/components/ErrorAlert';

/**
 * Who represented a partner at which meetings: the people, newest first, each with the rounds
 * they attended and their role then; and the meetings it attended without a roster.
 */
export function DelegationContinuityPage() {
  const { partnerCode = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const navigate = useNavigate();
  const { partners, byCode } = usePartners();
  const valid = isPartnerCode(partnerCode) && partnerCode !== 'SECRETARIAT';
  const partner = valid ? byCode(partnerCode) : undefined;
  const partnerLabel = partner ? partnerName(partner, language) : partnerCode;
  usePageTitle(t('delegations.continuityTitle', { partner: partnerLabel }));
  const { data, loading, error } = useQuery(DelegationContinuityQuery, {
    variables: { partnerCode: valid ? partnerCode : 'EU' },
    skip: !valid,
    fetchPolicy: 'cache-and-network',
  });
  const continuity = data?.delegationContinuity;
  const meetingDate = (startsAt: string, zone: string) =>
    formatInZone(startsAt, zone, language, { dateStyle: 'long' });

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/meetings" size="sm">
        {t('meetings.backToCalendar')}
      </Anchor>
      <div>
        <Group gap="xs">
          {partner && <ColorSwatch color={partner.color} size={16} aria-hidden />}
          <Title order={1}>{t('delegations.continuityTitle', { partner: partnerLabel })}</Title>
        </Group>
        <Text mt="xs">{t('delegations.continuityIntro')}</Text>
      </div>
      <NativeSelect
        label={t('delegations.choosePartner')}
        data={partners
          .filter((p) => p.code !== 'SECRETARIAT')
          .map((p) => ({ value: p.code, label: partnerName(p, language) }))}
        value={valid ? partnerCode : ''}
        onChange={(event) => void navigate(`/delegations/${event.currentTarget.value}`)}
        maw={360}
      />
      {!valid && <ErrorAlert code="NOT_FOUND" />}
      {error && <ErrorAlert error={error} />}
      {loading && !continuity && valid && <LoadingState label={t('delegations.loading')} />}
      {continuity && continuity.people.length === 0 && <Text>{t('delegations.noPeople')}</Text>}
      {continuity && continuity.people.length > 0 && (
        <Stack gap="md" data-testid="continuity-people">
          {continuity.people.map((person) => (
            <Paper key={`${person.name}-${person.firstSeen}`} withBorder p="md" component="article">
              <Stack gap="xs">
                <Group justify="space-between">
                  <Title order={2} size="h4">
                    {person.name}
                  </Title>
                  <Badge variant="outline" color="gray.8">
                    {t('delegations.meetingCount', { count: person.meetingCount })}
                  </Badge>
                </Group>
                <Text size="sm" c="dimmed">
                  {t('delegations.seen', {
                    first: meetingDate(person.firstSeen, viewerTimeZone()),
                    last: meetingDate(person.lastSeen, viewerTimeZone()),
                  })}
                </Text>
                <Table.ScrollContainer minWidth={640}>
                  <Table
                    verticalSpacing={4}
                    aria-label={t('delegations.attendancesOf', { name: person.name })}
                  >
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('delegations.fields.meeting')}</Table.Th>
                        <Table.Th scope="col">{t('delegations.fields.date')}</Table.Th>
                        <Table.Th scope="col">{t('delegations.fields.function')}</Table.Th>
                        <Table.Th scope="col">{t('delegations.fields.level')}</Table.Th>
                        <Table.Th scope="col">{t('delegations.fields.ministry')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {person.attendances.map((attendance) => (
                        <Table.Tr key={attendance.memberId}>
                          <Table.Td>
                            <Anchor
                              component={Link}
                              to={`/meetings/${attendance.meeting.id}`}
                              size="sm"
                            >
                              {attendance.meeting.title}
                            </Anchor>
                            <Text size="xs" c="dimmed">
                              {t(kindLabelKey(attendance.meeting.kind))} · {attendance.meeting.city}
                              {attendance.meeting.status !== 'HELD' &&
                                ` · ${t(statusLabelKey(attendance.meeting.status))}`}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            {meetingDate(attendance.meeting.startsAt, attendance.meeting.timeZone)}
                          </Table.Td>
                          <Table.Td>{attendance.function}</Table.Td>
                          <Table.Td>{t(levelLabelKey(attendance.level))}</Table.Td>
                          <Table.Td>{attendance.ministry}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
      {continuity && continuity.meetingsWithoutRoster.length > 0 && (
        <Stack gap="xs" component="section" aria-labelledby="no-roster-heading">
          <Title order={2} id="no-roster-heading">
            {t('delegations.withoutRoster')}
          </Title>
          <Stack gap={4} component="ul" style={{ paddingInlineStart: 20 }}>
            {continuity.meetingsWithoutRoster.map((meeting) => (
              <li key={meeting.id}>
                <Anchor component={Link} to={`/meetings/${meeting.id}`}>
                  {meeting.title}
                </Anchor>{' '}
                <Text span size="sm" c="dimmed">
                  {meetingDate(meeting.startsAt, meeting.timeZone)} · {meeting.city}
                </Text>
              </li>
            ))}
          </Stack>
        </Stack>
      )}
    </Stack>
  );
}

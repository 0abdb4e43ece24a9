import { useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/layout/usePageTitle';
import { LoadingState } from '../app/layout/LoadingState';
import { currentLanguage } from '../i18n/i18n';
import { ErrorAlert } from '../modules/errors/components/ErrorAlert';
import { ApiErrorAlert } from '../modules/meetings/components/ApiErrorAlert';
import { TEXT_COLORS, kindLabelKey } from '../modules/meetings/display';
import { formatDateTime } from '../modules/partners/partner-display';
import { usePartnerName } from '../modules/benchmarks/hooks/usePartnerName';
import type {
  MeetingCaseListFieldsFragment,
  MeetingCaseListQuery as MeetingCaseListData,
} from '../generated/graphql';
import {
  MarkMeetingCaseListSentMutation,
  MeetingCaseListQuery,
} from '../modules/cases/graphql/cases.operations';
import { isDemoCase, roundTimingKey } from '../modules/cases/display';
import { RestrictedBanner } from '../modules/cases/components/RestrictedBanner';
import { CaseStatusBadge, DemoCaseBadge } from '../modules/cases/components/CaseBadges';
import { CaseListEditor } from '../modules/cases/components/CaseListEditor';
import '../modules/cases/styles';

const BADGE_STYLE = { textTransform: 'none' } as const;

/** The API's download address of a meeting's list of cases (served by the API, with the session). */
export function caseListHref(meetingId: string, format: 'pdf' | 'docx'): string {
  return `/api/meetings/${encodeURIComponent(meetingId)}/case-list.${format}`;
}

/**
 * The list of individual cases prepared for a meeting (seed rec. 7): sent to the other side weeks
 * before a bilateral round; for a Berne Process session, the partners' consolidated list. The host
 * partner's staff and the secretariat prepare it until it is marked sent. Cleared staff only.
 */
export function MeetingCasesPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(MeetingCaseListQuery, {
    variables: { meetingId: id },
    fetchPolicy: 'cache-and-network',
  });
  const list = data?.meetingCaseList;
  usePageTitle(
    list
      ? t('cases.meetingList.title', { meeting: list.meetingTitle })
      : t('cases.meetingList.titleShort'),
  );

  if (loading && !data) return <LoadingState label={t('cases.meetingList.loading')} />;
  if (!data || !list) {
    return (
      <Stack gap="md" maw={760}>
        <Title order={1}>{t('cases.meetingList.titleShort')}</Title>
        <ErrorAlert error={error} code={error ? undefined : 'NOT_FOUND'} />
        <Anchor component={Link} to={`/meetings/${encodeURIComponent(id)}`}>
          {t('cases.meetingList.backToMeeting')}
        </Anchor>
      </Stack>
    );
  }
  return <MeetingCases meeting={data.meeting} list={list} />;
}

function MeetingCases({
  meeting,
  list,
}: {
  meeting: MeetingCaseListData['meeting'];
  list: MeetingCaseListFieldsFragment;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const name = usePartnerName();
  const [dirty, setDirty] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [markSent, sentState] = useMutation(MarkMeetingCaseListSentMutation);
  const [justSent, setJustSent] = useState(false);
  const bilateral = meeting.kind === 'BILATERAL_ROUND';
  const partner = list.hostPartner ? name(list.hostPartner) : t('cases.meetingList.noHost');

  async function confirmSent() {
    try {
      await markSent({ variables: { meetingId: meeting.id } });
      setJustSent(true);
    } catch {
      // Shown by the alert with the API's sentence.
    }
    setConfirming(false);
  }

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/meetings/${meeting.id}`} size="sm">
        {t('cases.meetingList.backToMeeting')}
      </Anchor>
      <div>
        <Group gap="xs" mb="xs">
          <Badge variant="outline" color={TEXT_COLORS.info} radius="sm" style={BADGE_STYLE}>
            {t(kindLabelKey(meeting.kind))}
          </Badge>
          {list.sentAt ? (
            <Badge
              variant="filled"
              color={TEXT_COLORS.good}
              radius="sm"
              style={BADGE_STYLE}
              data-testid="list-state"
            >
              {t('cases.meetingList.sentBadge')}
            </Badge>
          ) : (
            <Badge
              variant="outline"
              color={TEXT_COLORS.neutral}
              radius="sm"
              style={BADGE_STYLE}
              data-testid="list-state"
            >
              {t('cases.meetingList.draftBadge')}
            </Badge>
          )}
        </Group>
        <Title order={1}>{t('cases.meetingList.title', { meeting: list.meetingTitle })}</Title>
        <Text mt="xs">
          {bilateral ? t('cases.meetingList.introRound') : t('cases.meetingList.introSession')}
        </Text>
      </div>
      <RestrictedBanner />

      <Paper withBorder p="md" component="section" aria-labelledby="list-facts-heading">
        <Stack gap={6}>
          <Title order={2} size="h4" id="list-facts-heading">
            {t('cases.meetingList.facts')}
          </Title>
          <Text size="sm">
            {t('cases.meetingList.preparedBy', { partner })}
            {list.daysBeforeRound !== null && (
              <>
                {' · '}
                {t(roundTimingKey(list.daysBeforeRound), {
                  count: Math.abs(list.daysBeforeRound),
                })}
              </>
            )}
          </Text>
          <Text size="sm" data-testid="list-sent-state">
            {list.sentAt
              ? t('cases.meetingList.sentOn', {
                  date: formatDateTime(list.sentAt, language),
                  name: list.sentBy?.displayName ?? '—',
                })
              : t('cases.meetingList.notSent')}
          </Text>
          <Group gap="sm" mt="xs">
            <Button
              component="a"
              href={caseListHref(meeting.id, 'pdf')}
              download
              variant="default"
              size="sm"
              data-testid="case-list-pdf"
            >
              {t('cases.meetingList.downloadPdf')}
            </Button>
            <Button
              component="a"
              href={caseListHref(meeting.id, 'docx')}
              download
              variant="default"
              size="sm"
              data-testid="case-list-docx"
            >
              {t('cases.meetingList.downloadDocx')}
            </Button>
          </Group>
          <Text size="xs" c={TEXT_COLORS.neutral}>
            {t('cases.meetingList.downloadNote')}
          </Text>
        </Stack>
      </Paper>

      {justSent && list.sentAt && (
        <Alert color="green" variant="light" role="status" data-testid="list-sent-done">
          {t('cases.meetingList.sentDone', { count: list.entries.length })}
        </Alert>
      )}

      <Stack gap="sm" component="section" aria-labelledby="entries-heading">
        <Title order={2} size="h3" id="entries-heading">
          {t('cases.meetingList.entriesHeading')}
        </Title>
        {list.canEdit ? (
          <CaseListEditor meetingId={meeting.id} list={list} onDirtyChange={setDirty} />
        ) : (
          <ReadOnlyEntries list={list} />
        )}
      </Stack>

      {list.canEdit && !list.sentAt && (
        <Paper withBorder p="md" component="section" aria-labelledby="send-heading">
          <Stack gap="sm">
            <Title order={2} size="h4" id="send-heading">
              {t('cases.meetingList.sendHeading')}
            </Title>
            <Text size="sm">
              {bilateral
                ? t('cases.meetingList.sendHelp', { partner })
                : t('cases.meetingList.sendNotRound')}
            </Text>
            {sentState.error && <ApiErrorAlert error={sentState.error} />}
            {dirty && (
              <Text size="sm" c={TEXT_COLORS.warning} fw={600}>
                {t('cases.meetingList.saveFirst')}
              </Text>
            )}
            <Group>
              <Button
                onClick={() => {
                  sentState.reset();
                  setConfirming(true);
                }}
                disabled={dirty}
                data-testid="mark-sent"
              >
                {t('cases.meetingList.markSent')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}

      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('cases.meetingList.confirmTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack>
          <Text size="sm">
            {t('cases.meetingList.confirmBody', {
              count: list.entries.length,
              partner,
              meeting: list.meetingTitle,
            })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              onClick={() => void confirmSent()}
              loading={sentState.loading}
              data-testid="confirm-sent"
            >
              {t('cases.meetingList.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

/** The list as it stands (sent, or prepared by another partner): in order, with the requests. */
function ReadOnlyEntries({ list }: { list: MeetingCaseListFieldsFragment }) {
  const { t } = useTranslation();
  if (list.entries.length === 0) {
    return <Text size="sm">{t('cases.meetingList.empty')}</Text>;
  }
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped data-testid="list-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">#</Table.Th>
            <Table.Th scope="col">{t('cases.fields.reference')}</Table.Th>
            <Table.Th scope="col">{t('cases.fields.name')}</Table.Th>
            <Table.Th scope="col">{t('cases.fields.status')}</Table.Th>
            <Table.Th scope="col">{t('cases.meetingList.request')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.entries.map((e) => (
            <Table.Tr key={e.case.id} data-testid="list-entry" data-case-id={e.case.id}>
              <Table.Td>{e.position}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text span ff="monospace" size="sm">
                  {e.case.reference}
                </Text>
                {isDemoCase(e.case.reference) && (
                  <>
                    {' '}
                    <DemoCaseBadge />
                  </>
                )}
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/cases/${e.case.id}`} size="sm">
                  {e.case.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <CaseStatusBadge status={e.case.status} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{e.request || '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

import { useMemo, useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  CASE_LIMITS,
  CASE_RAISING_CHANNELS,
  PARTNER_CODES,
  isPartnerCode,
  type PartnerCode,
} from '@berne/domain';
import { MeetingsQuery } from '../../meetings/graphql/meetings.operations';
import { ApiErrorAlert } from '../../meetings/components/ApiErrorAlert';
import { usePartnerName } from '../../benchmarks/hooks/usePartnerName';
import { RecordCaseRaisingMutation } from '../graphql/cases.operations';
import { channelLabelKey, isCaseRaisingChannel } from '../display';
import {
  isCalendarDate,
  raisingFormProblems,
  raisingInput,
  todayUtc,
  type RaisingFormProblem,
  type RaisingFormValues,
} from '../case-form';
import { meetingRange } from '../meeting-choices';

/**
 * Records that a partner raised the case with the other side: by which channel, on which date, at
 * which round (optional), asking what. Staff raise for their own partner; the secretariat, which
 * holds no dialogue, says which partner raised it.
 */
export function RaisingForm({
  caseId,
  choosesPartner,
  ownPartner,
}: {
  caseId: string;
  choosesPartner: boolean;
  ownPartner: PartnerCode | null;
}) {
  const { t } = useTranslation();
  const name = usePartnerName();
  const empty: RaisingFormValues = {
    partnerCode: '',
    channel: 'LETTER',
    raisedOn: todayUtc(),
    meetingId: '',
    request: '',
  };
  const [values, setValues] = useState<RaisingFormValues>(empty);
  const [problems, setProblems] = useState<RaisingFormProblem[]>([]);
  const [done, setDone] = useState(false);
  const [record, state] = useMutation(RecordCaseRaisingMutation);

  // Meetings around the date of the raising, of the raising partner's dialogue.
  const range = useMemo(
    () =>
      meetingRange(isCalendarDate(values.raisedOn.trim()) ? values.raisedOn.trim() : todayUtc()),
    [values.raisedOn],
  );
  const meetings = useQuery(MeetingsQuery, { variables: { filter: range } });
  const partner = choosesPartner ? values.partnerCode || null : ownPartner;
  const meetingOptions = (meetings.data?.meetings ?? [])
    .filter((m) => m.status !== 'CANCELLED')
    .filter((m) => !partner || m.hostPartner === partner || m.partnerCodes.includes(partner))
    .sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt))
    .map((m) => ({ value: m.id, label: `${m.startsAt.slice(0, 10)} · ${m.title}` }));

  function set<K extends keyof RaisingFormValues>(key: K, value: RaisingFormValues[K]) {
    setValues((v) => ({ ...v, [key]: value }));
    setProblems((p) => p.filter((x) => x.field !== key));
    setDone(false);
  }
  const problemOf = (field: RaisingFormProblem['field']) => {
    const problem = problems.find((p) => p.field === field);
    return problem
      ? t(`cases.problems.${problem.code}`, { max: 'max' in problem ? problem.max : 0 })
      : undefined;
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    const found = raisingFormProblems(values, choosesPartner);
    setProblems(found);
    if (found.length) return;
    try {
      await record({ variables: { input: raisingInput(caseId, values, choosesPartner) } });
      setValues(empty);
      setDone(true);
    } catch {
      // Shown by the alert from the mutation's error.
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="raise-heading">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="raising-form">
        <Stack gap="sm">
          <Title order={2} size="h4" id="raise-heading">
            {t('cases.raise.heading')}
          </Title>
          {choosesPartner ? (
            <NativeSelect
              label={t('cases.raise.partner')}
              description={t('cases.raise.partnerHelp')}
              data={[
                { value: '', label: t('cases.raise.choosePartner') },
                ...PARTNER_CODES.filter((c) => c !== 'SECRETARIAT').map((c) => ({
                  value: c,
                  label: name(c),
                })),
              ]}
              value={values.partnerCode}
              onChange={(e) => {
                const value = e.currentTarget.value;
                set('partnerCode', isPartnerCode(value) ? value : '');
                set('meetingId', '');
              }}
              error={problemOf('partnerCode')}
              maw={360}
            />
          ) : (
            ownPartner && (
              <Text size="sm">{t('cases.raise.forPartner', { partner: name(ownPartner) })}</Text>
            )
          )}
          <Radio.Group
            label={t('cases.raise.channel')}
            value={values.channel}
            onChange={(value) => {
              if (isCaseRaisingChannel(value)) set('channel', value);
            }}
          >
            <Group gap="md" mt={4}>
              {CASE_RAISING_CHANNELS.map((channel) => (
                <Radio key={channel} value={channel} label={t(channelLabelKey(channel))} />
              ))}
            </Group>
          </Radio.Group>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            <TextInput
              label={t('cases.raise.raisedOn')}
              description={t('cases.raise.raisedOnHelp')}
              placeholder="YYYY-MM-DD"
              value={values.raisedOn}
              onChange={(e) => set('raisedOn', e.currentTarget.value)}
              error={problemOf('raisedOn')}
              required
              withAsterisk={false}
            />
            <NativeSelect
              label={t('cases.raise.meeting')}
              description={t('cases.raise.meetingHelp')}
              data={[{ value: '', label: t('cases.raise.noMeeting') }, ...meetingOptions]}
              value={values.meetingId}
              onChange={(e) => set('meetingId', e.currentTarget.value)}
            />
          </SimpleGrid>
          <Textarea
            label={t('cases.raise.request')}
            description={t('cases.raise.requestHelp')}
            value={values.request}
            onChange={(e) => set('request', e.currentTarget.value)}
            error={problemOf('request')}
            autosize
            minRows={2}
            maxLength={CASE_LIMITS.text + 100}
          />
          {state.error && <ApiErrorAlert error={state.error} />}
          {done && (
            <Alert color="green" variant="light" role="status" data-testid="raising-done">
              {t('cases.raise.done')}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={state.loading}>
              {t('cases.raise.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

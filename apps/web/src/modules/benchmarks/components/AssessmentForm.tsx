import { useMemo, useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Paper,
  Radio,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ASSESSMENT_STATUSES, type AssessmentStatus } from '@berne/domain';
import { MeetingsQuery } from '../../meetings/graphql/meetings.operations';
import { ApiErrorAlert } from '../../meetings/components/ApiErrorAlert';
import { ErrorAlert } from '../../errors/components/ErrorAlert';
import { RecordBenchmarkAssessmentMutation } from '../graphql/benchmarks.operations';
import { isAssessmentStatus, statusLabelKey } from '../display';
import { assessmentMeetingRange } from '../assessment-meetings';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Status (radio group), date, optional meeting, evidence, links, China's response. */
export function AssessmentForm({
  benchmarkId,
  onRecorded,
}: {
  benchmarkId: string;
  onRecorded?: () => void;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<AssessmentStatus | ''>('');
  const [date, setDate] = useState('');
  const [meetingId, setMeetingId] = useState('');
  const [evidence, setEvidence] = useState('');
  const [links, setLinks] = useState('');
  const [chinaResponse, setChinaResponse] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<AssessmentStatus | null>(null);
  const range = useMemo(() => assessmentMeetingRange(date), [date]);
  const meetings = useQuery(MeetingsQuery, { variables: { filter: range } });
  const [record, state] = useMutation(RecordBenchmarkAssessmentMutation, {
    refetchQueries: ['Benchmark'],
    awaitRefetchQueries: true,
  });

  const meetingOptions = (meetings.data?.meetings ?? [])
    .filter((m) => m.status !== 'CANCELLED')
    .sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt))
    .map((m) => ({ value: m.id, label: `${m.startsAt.slice(0, 10)} · ${m.title}` }));
  // A meeting counts only while it is listed: a new date can move it out of the range.
  const chosenMeeting = meetingOptions.some((o) => o.value === meetingId) ? meetingId : '';

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    if (!status) return setProblem('status');
    if (date && !DATE.test(date)) return setProblem('date');
    setProblem(null);
    try {
      await record({
        variables: {
          input: {
            benchmarkId,
            status,
            date: date || undefined,
            meetingId: chosenMeeting || undefined,
            evidence: evidence.trim() || undefined,
            links: links
              .split('\n')
              .map((l) => l.trim())
              .filter(Boolean),
            chinaResponse: chinaResponse.trim() || undefined,
          },
        },
      });
      setDone(status);
      setStatus('');
      setDate('');
      setMeetingId('');
      setEvidence('');
      setLinks('');
      setChinaResponse('');
      onRecorded?.();
    } catch {
      // Shown by the alert below from the mutation's error.
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="assess-heading">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="assessment-form">
        <Stack gap="sm">
          <Title order={2} size="h4" id="assess-heading">
            {t('benchmarks.assess.heading')}
          </Title>
          <Radio.Group
            label={t('benchmarks.assess.status')}
            value={status}
            onChange={(value) => setStatus(isAssessmentStatus(value) ? value : '')}
            withAsterisk
            error={problem === 'status' ? t('benchmarks.assess.statusRequired') : undefined}
          >
            <Group gap="md" mt={4}>
              {ASSESSMENT_STATUSES.map((s) => (
                <Radio key={s} value={s} label={t(statusLabelKey(s))} />
              ))}
            </Group>
          </Radio.Group>
          <Group grow align="flex-start">
            <TextInput
              label={t('benchmarks.assess.date')}
              description={t('benchmarks.assess.dateHelp')}
              placeholder="YYYY-MM-DD"
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              error={problem === 'date' ? t('benchmarks.form.badDate') : undefined}
            />
            <NativeSelect
              label={t('benchmarks.assess.meeting')}
              data={[{ value: '', label: t('benchmarks.assess.noMeeting') }, ...meetingOptions]}
              value={chosenMeeting}
              onChange={(e) => setMeetingId(e.currentTarget.value)}
            />
          </Group>
          {meetings.error && (
            <ErrorAlert error={meetings.error} title={t('benchmarks.assess.meetingsFailed')} />
          )}
          <Textarea
            label={t('benchmarks.assess.evidence')}
            value={evidence}
            onChange={(e) => setEvidence(e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={4000}
          />
          <Textarea
            label={t('benchmarks.assess.links')}
            description={t('benchmarks.assess.linksHelp')}
            value={links}
            onChange={(e) => setLinks(e.currentTarget.value)}
            autosize
            minRows={1}
          />
          <Textarea
            label={t('benchmarks.assess.chinaResponse')}
            value={chinaResponse}
            onChange={(e) => setChinaResponse(e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={4000}
          />
          {state.error && <ApiErrorAlert error={state.error} />}
          {done && (
            <Alert color="green" variant="light" role="status" data-testid="assessment-done">
              {t('benchmarks.assess.done', { status: t(statusLabelKey(done)) })}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={state.loading}>
              {t('benchmarks.assess.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../meetings/components/ApiErrorAlert';
import {
  AlignBenchmarkMutation,
  AlignedObjectivesQuery,
  BenchmarksQuery,
  CreateAlignedObjectiveMutation,
} from '../graphql/benchmarks.operations';
import { usePartnerName } from '../hooks/usePartnerName';

const REFETCH = ['BenchmarkMatrix', 'BenchmarkConflicts', 'AlignedObjectives', 'Benchmarks'];

/** A new aligned objective: a unique title and a description. */
export function CreateAlignedObjectiveForm() {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [missing, setMissing] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const [create, state] = useMutation(CreateAlignedObjectiveMutation, { refetchQueries: REFETCH });
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(null);
    if (!title.trim()) return setMissing(true);
    setMissing(false);
    try {
      const result = await create({
        variables: { input: { title: title.trim(), description: description.trim() || undefined } },
      });
      setCreated(result.data?.createAlignedObjective.title ?? title.trim());
      setTitle('');
      setDescription('');
    } catch {
      // Shown below.
    }
  }
  return (
    <Paper withBorder p="md" miw={0} component="section" aria-labelledby="create-objective-heading">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="create-objective-heading">
            {t('benchmarks.alignment.createHeading')}
          </Title>
          <TextInput
            label={t('benchmarks.alignment.objectiveTitle')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            required
            maxLength={300}
            error={missing ? t('benchmarks.form.statementRequired') : undefined}
          />
          <Textarea
            label={t('benchmarks.alignment.objectiveDescription')}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          {state.error && <ApiErrorAlert error={state.error} />}
          {created && (
            <Alert color="green" variant="light" role="status">
              {t('benchmarks.alignment.created', { title: created })}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={state.loading}>
              {t('benchmarks.alignment.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** Joins one of the caller's benchmarks to an aligned objective (or takes it out). */
export function AlignBenchmarkForm() {
  const { t } = useTranslation();
  const name = usePartnerName();
  const objectives = useQuery(AlignedObjectivesQuery);
  const benchmarks = useQuery(BenchmarksQuery, {
    variables: { filter: { kinds: ['OBJECTIVE', 'PRECONDITION', 'SUSPENSION_CRITERION'] } },
  });
  const [benchmarkId, setBenchmarkId] = useState('');
  const [objectiveId, setObjectiveId] = useState('');
  const [done, setDone] = useState(false);
  const [align, state] = useMutation(AlignBenchmarkMutation, { refetchQueries: REFETCH });
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    if (!benchmarkId) return;
    try {
      await align({ variables: { benchmarkId, alignedObjectiveId: objectiveId || null } });
      setDone(true);
    } catch {
      // Shown below.
    }
  }
  return (
    <Paper withBorder p="md" miw={0} component="section" aria-labelledby="align-heading">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="align-heading">
            {t('benchmarks.alignment.alignHeading')}
          </Title>
          <NativeSelect
            label={t('benchmarks.alignment.benchmark')}
            data={[
              { value: '', label: '—' },
              ...(benchmarks.data?.benchmarks ?? []).map((b) => ({
                value: b.id,
                label: `${name(b.holder)}: ${b.statement.length > 90 ? `${b.statement.slice(0, 89)}…` : b.statement}`,
              })),
            ]}
            value={benchmarkId}
            onChange={(e) => setBenchmarkId(e.currentTarget.value)}
          />
          <NativeSelect
            label={t('benchmarks.alignment.alignedObjective')}
            data={[
              { value: '', label: t('benchmarks.alignment.noObjective') },
              ...(objectives.data?.alignedObjectives ?? []).map((o) => ({
                value: o.id,
                label: o.title,
              })),
            ]}
            value={objectiveId}
            onChange={(e) => setObjectiveId(e.currentTarget.value)}
          />
          {state.error && <ApiErrorAlert error={state.error} />}
          {done && (
            <Alert color="green" variant="light" role="status">
              {t('benchmarks.alignment.aligned')}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={state.loading} disabled={!benchmarkId}>
              {t('benchmarks.alignment.align')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

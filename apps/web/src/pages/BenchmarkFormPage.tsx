import { useState, type FormEvent } from 'react';
import {
  Anchor,
  Button,
  Group,
  MultiSelect,
  NativeSelect,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  BENCHMARK_KINDS,
  CLASSIFICATIONS,
  PARTNER_CODES,
  UN_INSTRUMENTS,
  UN_MECHANISMS,
  type Classification,
  type PartnerCode,
} from '@berne/domain';
import { usePageTitle } from '../app/layout/usePageTitle';
import { LoadingState } from '../app/layout/LoadingState';
import { currentLanguage } from '../i18n/i18n';
import { ErrorAlert } from '../modules/errors/components/ErrorAlert';
import { ApiErrorAlert } from '../modules/meetings/components/ApiErrorAlert';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { useThemes } from '../modules/agendas/hooks/useThemes';
import { classificationLabelKey } from '../modules/briefing-notes/classification';
import type { BenchmarkQuery, UnInstrument, UnMechanism } from '../generated/graphql';
import {
  AlignBenchmarkMutation,
  AlignedObjectivesQuery,
  BenchmarkQuery as BenchmarkDocument,
  CreateBenchmarkMutation,
  UpdateBenchmarkMutation,
} from '../modules/benchmarks/graphql/benchmarks.operations';
import {
  EMPTY_BENCHMARK_FORM,
  benchmarkFormProblems,
  benchmarkInput,
  type BenchmarkFormValues,
} from '../modules/benchmarks/benchmark-form';
import { isBenchmarkKind, kindLabelKey } from '../modules/benchmarks/display';
import { usePartnerName } from '../modules/benchmarks/hooks/usePartnerName';
import '../modules/benchmarks/styles';

function valuesOf(b: BenchmarkQuery['benchmark']): BenchmarkFormValues {
  return {
    statement: b.statement,
    description: b.description,
    kind: b.kind,
    holder: b.holder,
    themeCodes: [...b.themeCodes],
    unInstrument: b.unReference.instrument ?? '',
    unArticle: b.unReference.article ?? '',
    unMechanism: b.unReference.mechanism ?? '',
    uprCycle: b.unReference.uprCycle ? String(b.unReference.uprCycle) : '',
    targetDate: b.targetDate ?? '',
    indicators: b.indicators.join('\n'),
    classification: b.classification,
    alignedObjectiveId: b.alignedObjective?.id ?? '',
  };
}

/** New benchmark (`/benchmarks/new`) or edit one (`/benchmarks/:id/edit`). */
export function BenchmarkFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const title = id ? t('benchmarks.form.editTitle') : t('benchmarks.form.newTitle');
  usePageTitle(title);
  const existing = useQuery(BenchmarkDocument, { variables: { id: id ?? '' }, skip: !id });
  if (id && existing.loading && !existing.data)
    return <LoadingState label={t('benchmarks.form.loading')} />;
  if (id && !existing.data) {
    return (
      <Stack gap="md" maw={760}>
        <Title order={1}>{title}</Title>
        <ErrorAlert error={existing.error} code={existing.error ? undefined : 'NOT_FOUND'} />
      </Stack>
    );
  }
  const initial = existing.data ? valuesOf(existing.data.benchmark) : EMPTY_BENCHMARK_FORM;
  return <BenchmarkForm key={id ?? 'new'} id={id ?? null} title={title} initial={initial} />;
}

function BenchmarkForm({
  id,
  title,
  initial,
}: {
  id: string | null;
  title: string;
  initial: BenchmarkFormValues;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const { themes } = useThemes(language);
  const me = useCurrentUser();
  const name = usePartnerName();
  const navigate = useNavigate();
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<string[]>([]);
  const objectives = useQuery(AlignedObjectivesQuery);
  const [create, createState] = useMutation(CreateBenchmarkMutation);
  const [update, updateState] = useMutation(UpdateBenchmarkMutation);
  const [align, alignState] = useMutation(AlignBenchmarkMutation);
  const error = createState.error ?? updateState.error ?? alignState.error;
  const isSecretariat = me.role === 'SECRETARIAT';

  function set<K extends keyof BenchmarkFormValues>(key: K, value: BenchmarkFormValues[K]) {
    setValues((v) => ({ ...v, [key]: value }));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = benchmarkFormProblems(values);
    setProblems(found);
    if (found.length) return;
    const input = benchmarkInput(values);
    try {
      if (!id) {
        const result = await create({ variables: { input } });
        const newId = result.data?.createBenchmark.id;
        if (newId) void navigate(`/benchmarks/${newId}`);
        return;
      }
      const { holder: _holder, alignedObjectiveId, ...rest } = input;
      await update({ variables: { input: { ...rest, id } } });
      if ((alignedObjectiveId ?? '') !== initial.alignedObjectiveId) {
        await align({
          variables: { benchmarkId: id, alignedObjectiveId: alignedObjectiveId ?? null },
        });
      }
      void navigate(`/benchmarks/${id}`);
    } catch {
      // Shown by the alert.
    }
  }

  const none = { value: '', label: t('benchmarks.form.none') };
  return (
    <Stack gap="lg" maw={900}>
      <Anchor component={Link} to={id ? `/benchmarks/${id}` : '/benchmarks'} size="sm">
        {t('benchmarks.page.back')}
      </Anchor>
      <Title order={1}>{title}</Title>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="benchmark-form">
        <Stack gap="sm">
          <Textarea
            label={t('benchmarks.form.statement')}
            value={values.statement}
            onChange={(e) => set('statement', e.currentTarget.value)}
            required
            autosize
            minRows={2}
            maxLength={1000}
            error={
              problems.includes('statement') ? t('benchmarks.form.statementRequired') : undefined
            }
          />
          <Textarea
            label={t('benchmarks.form.description')}
            value={values.description}
            onChange={(e) => set('description', e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            <NativeSelect
              label={t('benchmarks.form.kind')}
              data={BENCHMARK_KINDS.map((k) => ({ value: k, label: t(kindLabelKey(k)) }))}
              value={values.kind}
              onChange={(e) => {
                const kind = e.currentTarget.value;
                if (isBenchmarkKind(kind)) set('kind', kind);
              }}
            />
            {isSecretariat && !id && (
              <NativeSelect
                label={t('benchmarks.form.holder')}
                data={[
                  none,
                  ...PARTNER_CODES.filter((c) => c !== 'SECRETARIAT').map((c) => ({
                    value: c,
                    label: name(c),
                  })),
                ]}
                value={values.holder}
                onChange={(e) => set('holder', e.currentTarget.value as PartnerCode | '')}
              />
            )}
            <TextInput
              label={t('benchmarks.form.targetDate')}
              description={t('benchmarks.form.targetDateHelp')}
              placeholder="YYYY-MM-DD"
              value={values.targetDate}
              onChange={(e) => set('targetDate', e.currentTarget.value)}
              error={problems.includes('targetDate') ? t('benchmarks.form.badDate') : undefined}
            />
            <NativeSelect
              label={t('benchmarks.form.classification')}
              data={CLASSIFICATIONS.map((c) => ({ value: c, label: t(classificationLabelKey(c)) }))}
              value={values.classification}
              onChange={(e) => set('classification', e.currentTarget.value as Classification)}
            />
          </SimpleGrid>
          <MultiSelect
            label={t('benchmarks.form.themes')}
            data={themes.map((theme) => ({
              value: theme.code,
              label: language === 'fr' ? theme.nameFr : theme.name,
            }))}
            value={values.themeCodes}
            onChange={(codes) => set('themeCodes', codes)}
            searchable
            hidePickedOptions
            comboboxProps={{ withinPortal: true }}
          />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            <NativeSelect
              label={t('benchmarks.form.unInstrument')}
              data={[none, ...UN_INSTRUMENTS.map((i) => ({ value: i.code, label: i.name }))]}
              value={values.unInstrument}
              onChange={(e) => set('unInstrument', e.currentTarget.value as UnInstrument | '')}
            />
            <TextInput
              label={t('benchmarks.form.unArticle')}
              description={t('benchmarks.form.unArticleHelp')}
              value={values.unArticle}
              onChange={(e) => set('unArticle', e.currentTarget.value)}
              maxLength={60}
            />
            <NativeSelect
              label={t('benchmarks.form.unMechanism')}
              data={[none, ...UN_MECHANISMS.map((m) => ({ value: m.code, label: m.name }))]}
              value={values.unMechanism}
              onChange={(e) => set('unMechanism', e.currentTarget.value as UnMechanism | '')}
            />
            <TextInput
              label={t('benchmarks.form.uprCycle')}
              inputMode="numeric"
              value={values.uprCycle}
              onChange={(e) => set('uprCycle', e.currentTarget.value)}
              error={problems.includes('uprCycle') ? t('benchmarks.form.badCycle') : undefined}
            />
          </SimpleGrid>
          <Textarea
            label={t('benchmarks.form.indicators')}
            description={t('benchmarks.form.indicatorsHelp')}
            value={values.indicators}
            onChange={(e) => set('indicators', e.currentTarget.value)}
            autosize
            minRows={3}
          />
          <NativeSelect
            label={t('benchmarks.form.alignedObjective')}
            data={[
              none,
              ...(objectives.data?.alignedObjectives ?? []).map((o) => ({
                value: o.id,
                label: o.title,
              })),
            ]}
            value={values.alignedObjectiveId}
            onChange={(e) => set('alignedObjectiveId', e.currentTarget.value)}
          />
          {error && <ApiErrorAlert error={error} />}
          <Group>
            <Button
              type="submit"
              loading={createState.loading || updateState.loading || alignState.loading}
            >
              {id ? t('benchmarks.form.save') : t('benchmarks.form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

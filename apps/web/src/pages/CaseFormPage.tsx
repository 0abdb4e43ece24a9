import { useState, type FormEvent } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  List,
  MultiSelect,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CASE_LIMITS, CASE_STATUSES, VULNERABLE_GROUPS } from '@berne/domain';
import { usePageTitle } from '../app/layout/usePageTitle';
import { LoadingState } from '../app/layout/LoadingState';
import { currentLanguage } from '../i18n/i18n';
import { ErrorAlert } from '../modules/errors/components/ErrorAlert';
import { ApiErrorAlert } from '../modules/meetings/components/ApiErrorAlert';
import { useThemes } from '../modules/agendas/hooks/useThemes';
import { groupLabelKey, isVulnerableGroup } from '../modules/agendas/display';
import {
  CaseQuery,
  CreateCaseMutation,
  UpdateCaseMutation,
} from '../modules/cases/graphql/cases.operations';
import {
  CASE_LINE_FIELDS,
  EMPTY_CASE_FORM,
  caseFormProblems,
  caseFormValues,
  caseInput,
  type CaseFormField,
  type CaseFormProblem,
  type CaseFormValues,
  type CaseLineField,
} from '../modules/cases/case-form';
import { caseStatusLabelKey, isCaseStatus } from '../modules/cases/display';
import { RestrictedBanner } from '../modules/cases/components/RestrictedBanner';
import '../modules/cases/styles';

/** New case (`/cases/new`) or edit one (`/cases/:id/edit`). */
export function CaseFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const title = id ? t('cases.form.editTitle') : t('cases.form.newTitle');
  usePageTitle(title);
  const existing = useQuery(CaseQuery, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: 'cache-and-network',
  });
  if (id && existing.loading && !existing.data) {
    return <LoadingState label={t('cases.page.loading')} />;
  }
  if (id && !existing.data) {
    return (
      <Stack gap="md" maw={760}>
        <Title order={1}>{title}</Title>
        <ErrorAlert error={existing.error} code={existing.error ? undefined : 'NOT_FOUND'} />
      </Stack>
    );
  }
  if (existing.data && !existing.data.case.canEdit) {
    return (
      <Stack gap="md" maw={760}>
        <Title order={1}>{title}</Title>
        <ErrorAlert code="FORBIDDEN" />
      </Stack>
    );
  }
  const initial = existing.data ? caseFormValues(existing.data.case) : EMPTY_CASE_FORM;
  return <CaseForm key={id ?? 'new'} id={id ?? null} title={title} initial={initial} />;
}

function CaseForm({
  id,
  title,
  initial,
}: {
  id: string | null;
  title: string;
  initial: CaseFormValues;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const { themes } = useThemes(language);
  const navigate = useNavigate();
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<CaseFormProblem[]>([]);
  const [create, createState] = useMutation(CreateCaseMutation, { refetchQueries: ['Cases'] });
  const [update, updateState] = useMutation(UpdateCaseMutation);
  const error = createState.error ?? updateState.error;

  function set<K extends keyof CaseFormValues>(key: K, value: CaseFormValues[K]) {
    setValues((v) => ({ ...v, [key]: value }));
    setProblems((p) => p.filter((x) => x.field !== key));
  }
  const problemText = (problem: CaseFormProblem) =>
    t(`cases.problems.${problem.code}`, { max: 'max' in problem ? problem.max : 0 });
  const errorOf = (field: CaseFormField) => {
    const problem = problems.find((p) => p.field === field);
    return problem ? problemText(problem) : undefined;
  };
  const line = (field: Exclude<CaseLineField, 'name'>, label: string, description?: string) => (
    <TextInput
      label={label}
      description={description}
      value={values[field]}
      onChange={(e) => set(field, e.currentTarget.value)}
      error={errorOf(field)}
      maxLength={CASE_LINE_FIELDS[field] + 50}
    />
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = caseFormProblems(values);
    setProblems(found);
    if (found.length) {
      // The summary of problems is announced; move there so it is read first.
      setTimeout(() => document.getElementById('case-problems')?.focus(), 0);
      return;
    }
    const input = caseInput(values);
    try {
      if (!id) {
        const result = await create({ variables: { input } });
        const newId = result.data?.createCase.id;
        if (newId) void navigate(`/cases/${newId}`);
        return;
      }
      await update({ variables: { input: { ...input, id } } });
      void navigate(`/cases/${id}`);
    } catch {
      // Shown by the alert with the API's sentence.
    }
  }

  return (
    <Stack gap="lg" maw={960}>
      <Anchor component={Link} to={id ? `/cases/${id}` : '/cases'} size="sm">
        {id ? t('cases.form.backToCase') : t('cases.page.back')}
      </Anchor>
      <Title order={1}>{title}</Title>
      <RestrictedBanner />
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="case-form">
        <Stack gap="sm">
          {problems.length > 0 && (
            <Alert
              id="case-problems"
              tabIndex={-1}
              color="red"
              variant="light"
              title={t('cases.form.problemsTitle')}
              role="alert"
              data-testid="case-problems"
            >
              <List size="sm">
                {problems.map((p) => (
                  <List.Item key={p.field}>
                    {t(`cases.fields.${p.field}`)}: {problemText(p)}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            <TextInput
              label={t('cases.fields.name')}
              description={t('cases.form.nameHelp')}
              value={values.name}
              onChange={(e) => set('name', e.currentTarget.value)}
              error={errorOf('name')}
              required
              withAsterisk={false}
              maxLength={CASE_LIMITS.name + 50}
              autoComplete="off"
            />
            {line('nativeName', t('cases.fields.nativeName'), t('cases.form.nativeNameHelp'))}
            <TextInput
              label={t('cases.fields.reference')}
              description={id ? t('cases.form.referenceEditHelp') : t('cases.form.referenceHelp')}
              value={values.reference}
              onChange={(e) => set('reference', e.currentTarget.value)}
              error={errorOf('reference')}
              maxLength={CASE_LIMITS.reference + 10}
              autoComplete="off"
            />
            <TextInput
              label={t('cases.fields.birthYear')}
              description={t('cases.form.birthYearHelp')}
              inputMode="numeric"
              value={values.birthYear}
              onChange={(e) => set('birthYear', e.currentTarget.value)}
              error={errorOf('birthYear')}
              maxLength={4}
            />
            <NativeSelect
              label={t('cases.fields.status')}
              data={CASE_STATUSES.map((s) => ({ value: s, label: t(caseStatusLabelKey(s)) }))}
              value={values.status}
              onChange={(e) => {
                const value = e.currentTarget.value;
                if (isCaseStatus(value)) set('status', value);
              }}
            />
            <TextInput
              label={t('cases.fields.detainedOn')}
              description={t('cases.form.dateHelp')}
              placeholder="YYYY-MM-DD"
              value={values.detainedOn}
              onChange={(e) => set('detainedOn', e.currentTarget.value)}
              error={errorOf('detainedOn')}
            />
            {line('region', t('cases.fields.region'), t('cases.form.regionHelp'))}
            {line('location', t('cases.fields.location'))}
            {line('charges', t('cases.fields.charges'))}
            {line('sentence', t('cases.fields.sentence'))}
          </SimpleGrid>
          <Textarea
            label={t('cases.fields.summary')}
            description={t('cases.form.summaryHelp', { max: CASE_LIMITS.text })}
            value={values.summary}
            onChange={(e) => set('summary', e.currentTarget.value)}
            error={errorOf('summary')}
            autosize
            minRows={3}
            maxLength={CASE_LIMITS.text + 200}
          />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            {line('sourceName', t('cases.fields.sourceName'), t('cases.form.sourceNameHelp'))}
            {line('sourceReference', t('cases.fields.sourceReference'))}
          </SimpleGrid>
          <MultiSelect
            label={t('cases.fields.themes')}
            data={themes.map((theme) => ({
              value: theme.code,
              label: language === 'fr' ? theme.nameFr : theme.name,
            }))}
            value={values.themeCodes}
            onChange={(codes) => set('themeCodes', codes)}
            searchable
            hidePickedOptions
            nothingFoundMessage={t('cases.form.noTheme')}
            comboboxProps={{ withinPortal: true }}
          />
          <Checkbox.Group
            label={t('cases.fields.groups')}
            value={values.vulnerableGroups}
            onChange={(groups) => set('vulnerableGroups', groups.filter(isVulnerableGroup))}
          >
            <Group gap="md" mt={6}>
              {VULNERABLE_GROUPS.map((group) => (
                <Checkbox key={group} value={group} label={t(groupLabelKey(group))} />
              ))}
            </Group>
          </Checkbox.Group>
          {error && <ApiErrorAlert error={error} />}
          <Text size="sm">{t('cases.form.recorded')}</Text>
          <Group>
            <Button type="submit" loading={createState.loading || updateState.loading}>
              {id ? t('cases.form.save') : t('cases.form.create')}
            </Button>
            <Button component={Link} to={id ? `/cases/${id}` : '/cases'} variant="default">
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

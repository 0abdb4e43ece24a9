import { useState } from 'react';
import { Alert, Button, FileInput, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/layout/usePageTitle';
import type { ImportBenchmarksCsvMutation as ImportResult } from '../generated/graphql';
import { ApiErrorAlert } from '../modules/meetings/components/ApiErrorAlert';
import { ImportBenchmarksCsvMutation } from '../modules/benchmarks/graphql/benchmarks.operations';
import { badRowCount, importOutcome } from '../modules/benchmarks/display';
import { BenchmarkLinks } from '../modules/benchmarks/components/BenchmarkLinks';
import { ImportReportTable } from '../modules/benchmarks/components/ImportReportTable';
import '../modules/benchmarks/styles';

type Report = ImportResult['importBenchmarksCsv'];

/**
 * CSV import: the chosen file is checked first (a dry run listing every bad row by row and
 * column); the import button appears only when the file is clean.
 */
export function BenchmarkImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('benchmarks.csv.title'));
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [missing, setMissing] = useState(false);
  const [run, state] = useMutation(ImportBenchmarksCsvMutation, {
    refetchQueries: ['Benchmarks', 'BenchmarkDashboard', 'SuspensionCriteria'],
  });

  async function choose(chosen: File | null) {
    setFile(chosen);
    setReport(null);
    setText(chosen ? await chosen.text() : null);
  }

  async function check(dryRun: boolean) {
    if (text === null) return setMissing(true);
    setMissing(false);
    try {
      const result = await run({ variables: { csv: text, dryRun } });
      setReport(result.data?.importBenchmarksCsv ?? null);
    } catch {
      setReport(null);
    }
  }

  const outcome = report ? importOutcome(report) : null;
  return (
    <Stack gap="lg" maw={960}>
      <div>
        <Title order={1}>{t('benchmarks.csv.title')}</Title>
        <Text mt="xs">{t('benchmarks.csv.intro')}</Text>
      </div>
      <BenchmarkLinks />
      <FileInput
        label={t('benchmarks.csv.file')}
        accept=".csv,text/csv"
        value={file}
        onChange={(f) => void choose(f)}
        clearable
        error={missing ? t('benchmarks.csv.noFile') : undefined}
        data-testid="csv-file"
      />
      <Group>
        <Button
          onClick={() => void check(true)}
          loading={state.loading && !report}
          variant="default"
        >
          {t('benchmarks.csv.check')}
        </Button>
        {report && outcome === 'ready' && (
          <Button onClick={() => void check(false)} loading={state.loading}>
            {t('benchmarks.csv.import', { count: report.rows })}
          </Button>
        )}
      </Group>
      {state.error && <ApiErrorAlert error={state.error} />}
      <div
        role="status"
        aria-live="polite"
        data-testid="import-outcome"
        data-outcome={outcome ?? ''}
      >
        {report && outcome === 'invalid' && (
          <Alert color="red" variant="light">
            {t('benchmarks.csv.invalid', { count: badRowCount(report.errors) })}
          </Alert>
        )}
        {report && outcome === 'ready' && (
          <Alert color="blue" variant="light">
            {t('benchmarks.csv.ready', { count: report.rows })}
          </Alert>
        )}
        {report && outcome === 'imported' && (
          <Alert color="green" variant="light">
            {t('benchmarks.csv.imported', {
              created: report.created,
              updated: report.updated,
              unchanged: report.unchanged,
            })}
          </Alert>
        )}
      </div>
      {report && report.errors.length > 0 && <ImportReportTable errors={report.errors} />}
    </Stack>
  );
}

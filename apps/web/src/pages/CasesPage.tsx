import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/layout/usePageTitle';
import { LoadingState } from '../app/layout/LoadingState';
import { ErrorAlert } from '../modules/errors/components/ErrorAlert';
import { CasesQuery } from '../modules/cases/graphql/cases.operations';
import { apiCaseFilter } from '../modules/cases/filters';
import { isDemoCase } from '../modules/cases/display';
import { RestrictedBanner } from '../modules/cases/components/RestrictedBanner';
import { AnswersChart } from '../modules/cases/components/AnswersChart';
import { CaseFilters, CaseTable, useCaseFilters } from '../modules/cases/components/CaseList';
import '../modules/cases/styles';

/**
 * The Cases section (seed rec. 7): the restricted list of individual cases, filtered, with what
 * came back year by year. Cleared staff only; every list shown is recorded by the API.
 */
export function CasesPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.cases'));
  const [filters, setFilters] = useCaseFilters();
  const { data, loading, error } = useQuery(CasesQuery, {
    variables: { filter: apiCaseFilter(filters) },
    fetchPolicy: 'cache-and-network',
  });
  const cases = data?.cases;

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('nav.cases')}</Title>
        <Text mt="xs">{t('cases.intro')}</Text>
      </div>
      <RestrictedBanner />
      <Group>
        <Button component={Link} to="/cases/new" data-testid="new-case">
          {t('cases.list.new')}
        </Button>
      </Group>

      <Stack gap="sm" component="section" aria-labelledby="cases-list-heading">
        <Title order={2} id="cases-list-heading">
          {t('cases.list.heading')}
        </Title>
        <CaseFilters filters={filters} onApply={setFilters} />
        {error && <ErrorAlert error={error} />}
        {loading && !cases && <LoadingState label={t('cases.list.loading')} />}
        {cases && (
          <Paper withBorder p="md" component="section" aria-labelledby="answers-heading">
            <Stack gap="xs">
              <Title order={3} size="h4" id="answers-heading">
                {t('cases.chart.heading')}
              </Title>
              <AnswersChart
                cases={cases}
                demoOnly={cases.length > 0 && cases.every((c) => isDemoCase(c.reference))}
              />
            </Stack>
          </Paper>
        )}
        {cases && <CaseTable cases={cases} />}
      </Stack>
    </Stack>
  );
}

import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/layout/usePageTitle';
import { LoadingState } from '../app/layout/LoadingState';
import { currentLanguage } from '../i18n/i18n';
import { ErrorAlert } from '../modules/errors/components/ErrorAlert';
import { TEXT_COLORS } from '../modules/meetings/display';
import { formatDateTime } from '../modules/partners/partner-display';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { ThemeBadges } from '../modules/agendas/components/ThemeBadges';
import { ClassificationBadge } from '../modules/briefing-notes/components/ClassificationBadge';
import { BenchmarkQuery } from '../modules/benchmarks/graphql/benchmarks.operations';
import { concernsBenchmark } from '../modules/benchmarks/live';
import { useBenchmarksLive } from '../modules/benchmarks/hooks/useBenchmarksLive';
import { usePartnerName } from '../modules/benchmarks/hooks/usePartnerName';
import { statusLabelKey, trendLabelKey } from '../modules/benchmarks/display';
import {
  KindBadge,
  StatusBadge,
  TrendLabel,
  DeadlineText,
} from '../modules/benchmarks/components/BenchmarkBadges';
import { TrendChart } from '../modules/benchmarks/components/TrendChart';
import { AssessmentForm } from '../modules/benchmarks/components/AssessmentForm';
import { AssessmentHistory } from '../modules/benchmarks/components/AssessmentHistory';
import { ConflictCard } from '../modules/benchmarks/components/ConflictCard';
import '../modules/benchmarks/styles';

const LIVE_QUERIES = ['Benchmark'];

/**
 * One benchmark: what it asks, of whom and by when; its status over time per partner (chart and
 * table) and trend; its assessment history; its conflict flags. Assessments by others arrive live.
 */
export function BenchmarkPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const me = useCurrentUser();
  const name = usePartnerName();
  const { data, loading, error } = useQuery(BenchmarkQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const benchmark = data?.benchmark;
  usePageTitle(benchmark ? benchmark.statement : t('benchmarks.page.title'));
  const { updatedBy } = useBenchmarksLive(LIVE_QUERIES, me.displayName, (change) =>
    concernsBenchmark(change, id),
  );

  if (loading && !benchmark) return <LoadingState label={t('benchmarks.page.loading')} />;
  if (!benchmark) {
    return (
      <Stack gap="md" maw={760}>
        <Title order={1}>{t('benchmarks.page.title')}</Title>
        <ErrorAlert error={error} code={error ? undefined : 'NOT_FOUND'} />
        <Anchor component={Link} to="/benchmarks">
          {t('benchmarks.page.back')}
        </Anchor>
      </Stack>
    );
  }
  const trend = benchmark.trend;
  const backTo =
    benchmark.kind === 'SUSPENSION_CRITERION' ? '/benchmarks/suspension-criteria' : '/benchmarks';

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={backTo} size="sm">
        {t('benchmarks.page.back')}
      </Anchor>
      <div>
        <Group gap="xs" mb="xs">
          <KindBadge kind={benchmark.kind} />
          <ClassificationBadge classification={benchmark.classification} />
          {!benchmark.active && (
            <Badge variant="outline" color={TEXT_COLORS.neutral}>
              {t('benchmarks.list.withdrawn')}
            </Badge>
          )}
        </Group>
        <Title order={1}>{benchmark.statement}</Title>
        {benchmark.description && <Text mt="xs">{benchmark.description}</Text>}
        {benchmark.withdrawnAt && (
          <Text mt="xs" c={TEXT_COLORS.warning}>
            {t('benchmarks.page.withdrawn', {
              date: formatDateTime(benchmark.withdrawnAt, language),
              reason: benchmark.withdrawnReason ?? '',
            })}
          </Text>
        )}
      </div>
      <Text
        role="status"
        aria-live="polite"
        size="sm"
        fw={600}
        c={TEXT_COLORS.info}
        data-testid="benchmark-live-notice"
      >
        {updatedBy ? t('benchmarks.liveUpdatedBy', { name: updatedBy }) : ''}
      </Text>
      {benchmark.canEdit && (
        <Group>
          <Button component={Link} to={`/benchmarks/${benchmark.id}/edit`} variant="default">
            {t('benchmarks.page.edit')}
          </Button>
        </Group>
      )}

      <Paper withBorder p="md" component="section" aria-label={t('benchmarks.page.title')}>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" component="dl" style={{ margin: 0 }}>
          <div>
            <Text component="dt" fw={700} size="sm">
              {t('benchmarks.page.heldBy')}
            </Text>
            <Text component="dd" m={0} data-testid="benchmark-holder">
              {name(benchmark.holder)}
            </Text>
          </div>
          <div>
            <Text component="dt" fw={700} size="sm">
              {t('benchmarks.page.holders')}
            </Text>
            <Text component="dd" m={0}>
              {benchmark.holders.map(name).join(', ')}
            </Text>
          </div>
          <div>
            <Text component="dt" fw={700} size="sm">
              {t('benchmarks.page.target')}
            </Text>
            <Text component="dd" m={0} data-testid="benchmark-target">
              {benchmark.targetDate ? (
                <>
                  <time dateTime={benchmark.targetDate}>{benchmark.targetDate}</time>
                  {benchmark.daysToDeadline !== null && (
                    <>
                      {' · '}
                      <DeadlineText daysLeft={benchmark.daysToDeadline} />
                    </>
                  )}
                </>
              ) : (
                t('benchmarks.list.noTarget')
              )}
            </Text>
          </div>
          <div>
            <Text component="dt" fw={700} size="sm">
              {t('benchmarks.page.unReference')}
            </Text>
            <Text component="dd" m={0} data-testid="un-reference">
              {benchmark.unReference.label || t('benchmarks.page.noUnReference')}
            </Text>
          </div>
          <div>
            <Text component="dt" fw={700} size="sm">
              {t('benchmarks.page.aligned')}
            </Text>
            <Text component="dd" m={0}>
              {benchmark.alignedObjective ? (
                <Anchor component={Link} to="/benchmarks/alignment">
                  {benchmark.alignedObjective.title}
                </Anchor>
              ) : (
                t('benchmarks.page.notAligned')
              )}
            </Text>
          </div>
          <div>
            <Text component="dt" fw={700} size="sm">
              {t('benchmarks.page.themes')}
            </Text>
            <Text component="dd" m={0}>
              {benchmark.themeCodes.length ? (
                <ThemeBadges codes={benchmark.themeCodes} />
              ) : (
                t('common.none')
              )}
            </Text>
          </div>
        </SimpleGrid>
        <Title order={2} size="h5" mt="md">
          {t('benchmarks.page.indicators')}
        </Title>
        {benchmark.indicators.length ? (
          <ol style={{ margin: 0 }} data-testid="indicators">
            {benchmark.indicators.map((indicator) => (
              <li key={indicator}>{indicator}</li>
            ))}
          </ol>
        ) : (
          <Text size="sm">{t('benchmarks.page.noIndicators')}</Text>
        )}
      </Paper>

      <Paper withBorder p="md" component="section" aria-labelledby="trend-heading">
        <Stack gap="sm">
          <Title order={2} size="h3" id="trend-heading">
            {t('benchmarks.page.trendHeading')}
          </Title>
          <Group gap="sm" data-testid="benchmark-trend">
            <TrendLabel direction={trend.direction} />
            {trend.latestStatus && <StatusBadge status={trend.latestStatus} />}
          </Group>
          <Text size="sm" data-testid="trend-explanation">
            {t('benchmarks.page.trendSummary', {
              trend: t(trendLabelKey(trend.direction)),
              count: trend.count,
              status: t(statusLabelKey(trend.latestStatus)),
            })}
            {' — '}
            <span lang="en">{trend.explanation}</span>
          </Text>
          <Title order={3} size="h4">
            {t('benchmarks.page.chartHeading')}
          </Title>
          <TrendChart lines={benchmark.partnerTrends} />
        </Stack>
      </Paper>

      {benchmark.canAssess && <AssessmentForm benchmarkId={benchmark.id} />}

      <Stack gap="sm" component="section" aria-labelledby="history-heading">
        <Title order={2} size="h3" id="history-heading">
          {t('benchmarks.page.historyHeading')}
        </Title>
        <AssessmentHistory assessments={benchmark.assessments} />
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="conflicts-heading">
        <Title order={2} size="h3" id="conflicts-heading">
          {t('benchmarks.page.conflictsHeading')}
        </Title>
        {benchmark.conflicts.length === 0 ? (
          <Text size="sm">{t('benchmarks.page.noConflicts')}</Text>
        ) : (
          benchmark.conflicts.map((conflict) => (
            <ConflictCard key={conflict.id} conflict={conflict} refetch={LIVE_QUERIES} />
          ))
        )}
      </Stack>
    </Stack>
  );
}

import {
  Anchor,
  Badge,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/layout/usePageTitle';
import { LoadingState } from '../app/layout/LoadingState';
import { ErrorAlert } from '../modules/errors/components/ErrorAlert';
import { TEXT_COLORS } from '../modules/meetings/display';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import {
  BenchmarkConflictsQuery,
  BenchmarkMatrixQuery,
} from '../modules/benchmarks/graphql/benchmarks.operations';
import { useBenchmarksLive } from '../modules/benchmarks/hooks/useBenchmarksLive';
import { usePartnerName } from '../modules/benchmarks/hooks/usePartnerName';
import { conflictKindLabelKey, kindLabelKey } from '../modules/benchmarks/display';
import { BenchmarkLinks } from '../modules/benchmarks/components/BenchmarkLinks';
import { StatusBadge } from '../modules/benchmarks/components/BenchmarkBadges';
import { ScrollRegion } from '../modules/benchmarks/components/ScrollRegion';
import { ConflictCard } from '../modules/benchmarks/components/ConflictCard';
import {
  AlignBenchmarkForm,
  CreateAlignedObjectiveForm,
} from '../modules/benchmarks/components/AlignmentForms';
import '../modules/benchmarks/styles';

const LIVE_QUERIES = ['BenchmarkMatrix', 'BenchmarkConflicts', 'AlignedObjectives'];

/**
 * Partners × aligned objectives (who holds what, as which kind, by when), the conflict flags with
 * both sides and a resolve-with-note, and the forms to create an objective and align a benchmark.
 */
export function BenchmarkAlignmentPage() {
  const { t } = useTranslation();
  usePageTitle(t('benchmarks.alignment.title'));
  const me = useCurrentUser();
  const name = usePartnerName();
  useBenchmarksLive(LIVE_QUERIES, me.displayName);
  const matrixQuery = useQuery(BenchmarkMatrixQuery, { fetchPolicy: 'cache-and-network' });
  const conflictsQuery = useQuery(BenchmarkConflictsQuery, {
    variables: { filter: { statuses: ['OPEN', 'RESOLVED'] } },
    fetchPolicy: 'cache-and-network',
  });
  const matrix = matrixQuery.data?.benchmarkMatrix;
  const partners = (matrix?.partners ?? []).filter((p) => p !== 'SECRETARIAT');
  const conflicts = conflictsQuery.data?.benchmarkConflicts ?? [];

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('benchmarks.alignment.title')}</Title>
        <Text mt="xs">{t('benchmarks.alignment.intro')}</Text>
      </div>
      <BenchmarkLinks />

      <Stack gap="sm" component="section" aria-labelledby="matrix-heading">
        <Title order={2} id="matrix-heading">
          {t('benchmarks.alignment.matrix')}
        </Title>
        {matrixQuery.error && <ErrorAlert error={matrixQuery.error} />}
        {matrixQuery.loading && !matrix && (
          <LoadingState label={t('benchmarks.alignment.loading')} />
        )}
        {matrix && matrix.rows.length === 0 && (
          <Text size="sm">{t('benchmarks.alignment.noRows')}</Text>
        )}
        {matrix && matrix.rows.length > 0 && (
          <ScrollRegion label={t('benchmarks.alignment.matrix')} minWidth={900}>
            <Table withTableBorder withColumnBorders data-testid="alignment-matrix">
              <caption style={{ captionSide: 'top', textAlign: 'start', paddingBottom: 8 }}>
                {t('benchmarks.alignment.matrixCaption')}
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('benchmarks.alignment.objective')}</Table.Th>
                  <Table.Th scope="col">{t('benchmarks.alignment.conflicts')}</Table.Th>
                  {partners.map((p) => (
                    <Table.Th scope="col" key={p}>
                      <abbr title={name(p)}>{p}</abbr>
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {matrix.rows.map((row) => (
                  <Table.Tr
                    key={row.alignedObjective?.id ?? row.cells[0]?.benchmarkId ?? row.title}
                    data-testid="matrix-row"
                    data-objective={row.alignedObjective?.id ?? ''}
                  >
                    <Table.Th scope="row" fw={600} miw={220}>
                      {row.title}
                    </Table.Th>
                    <Table.Td>
                      {row.openConflictCount > 0 ? (
                        <Stack gap={4} data-testid="row-conflicts">
                          {row.conflictKinds.map((kind) => (
                            <Badge
                              key={kind}
                              variant="outline"
                              color={TEXT_COLORS.warning}
                              style={{ minWidth: 'max-content' }}
                            >
                              {t(conflictKindLabelKey(kind))}
                            </Badge>
                          ))}
                        </Stack>
                      ) : (
                        <Text span size="sm">
                          {t('common.none')}
                        </Text>
                      )}
                    </Table.Td>
                    {partners.map((p) => {
                      const cell = row.cells.find((c) => c.partnerCode === p);
                      return (
                        <Table.Td key={p} data-partner={p}>
                          {cell ? (
                            <Stack gap={2}>
                              <Anchor
                                component={Link}
                                to={`/benchmarks/${cell.benchmarkId}`}
                                size="sm"
                                title={cell.statement}
                              >
                                {t(kindLabelKey(cell.kind))}
                              </Anchor>
                              <Text
                                size="xs"
                                c={cell.overdue ? TEXT_COLORS.bad : undefined}
                                data-testid="cell-target"
                              >
                                {cell.targetDate ?? t('benchmarks.list.noTarget')}
                              </Text>
                              <StatusBadge status={cell.latestStatus} />
                            </Stack>
                          ) : (
                            <Text span size="xs">
                              <span aria-hidden="true">—</span>
                              <VisuallyHidden>{t('benchmarks.alignment.notHeld')}</VisuallyHidden>
                            </Text>
                          )}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        )}
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="flags-heading">
        <Title order={2} id="flags-heading">
          {t('benchmarks.alignment.flagsHeading')}
        </Title>
        {conflictsQuery.error && <ErrorAlert error={conflictsQuery.error} />}
        {conflictsQuery.data && conflicts.length === 0 && (
          <Text size="sm">{t('benchmarks.alignment.noFlags')}</Text>
        )}
        <Stack gap="sm" data-testid="conflict-flags">
          {conflicts.map((conflict) => (
            <ConflictCard key={conflict.id} conflict={conflict} refetch={LIVE_QUERIES} />
          ))}
        </Stack>
      </Stack>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <CreateAlignedObjectiveForm />
        <AlignBenchmarkForm />
      </SimpleGrid>
    </Stack>
  );
}

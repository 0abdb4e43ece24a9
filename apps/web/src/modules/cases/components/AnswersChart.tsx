import { Table, Text } from '@mantine/core';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../benchmarks/components/ScrollRegion';
import { answerTotals, answersByYear, kindsPresent, type RaisingForChart } from '../answers-chart';
import {
  ANSWER_COLORS,
  CHART_ANSWER_ORDER,
  answerKindLabelKey,
  isCaseAnswerKind,
} from '../display';

/**
 * What came back, year by year, across the listed cases: one stacked bar per year (the year the
 * case was raised), one colour per kind of answer. The same figures are in a table under the
 * chart ("Show the figures"), for those who do not see it.
 */
export function AnswersChart({
  cases,
  demoOnly,
}: {
  cases: readonly { raisings: readonly RaisingForChart[] }[];
  demoOnly: boolean;
}) {
  const { t } = useTranslation();
  const rows = answersByYear(cases);
  if (rows.length === 0) return <Text size="sm">{t('cases.chart.empty')}</Text>;
  const kinds = kindsPresent(rows, CHART_ANSWER_ORDER);
  const totals = answerTotals(rows);
  const kindName = (value: unknown) =>
    isCaseAnswerKind(value) ? t(answerKindLabelKey(value)) : String(value);
  return (
    <>
      {demoOnly && (
        <Text size="sm" fw={600} data-testid="chart-demo-note">
          {t('cases.chart.demoNote')}
        </Text>
      )}
      <div
        role="img"
        aria-label={t('cases.chart.label', { count: totals.total })}
        data-testid="answers-chart"
        style={{ width: '100%', height: 280 }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="year" />
            <YAxis allowDecimals={false} width={40} />
            <Tooltip formatter={(value, series) => [value, kindName(series)]} />
            <Legend
              formatter={(value: string) => kindName(value)}
              // In the stacking order, bottom bar first (recharts sorts by name otherwise).
              itemSorter={(item) =>
                isCaseAnswerKind(item.value)
                  ? CHART_ANSWER_ORDER.indexOf(item.value)
                  : CHART_ANSWER_ORDER.length
              }
            />
            {kinds.map((kind) => (
              <Bar
                key={kind}
                dataKey={kind}
                name={kind}
                stackId="answers"
                fill={ANSWER_COLORS[kind]}
                stroke="#ffffff"
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details data-testid="answers-figures">
        <summary style={{ cursor: 'pointer', fontSize: 'var(--mantine-font-size-sm)' }}>
          {t('cases.chart.showFigures')}
        </summary>
        <ScrollRegion label={t('cases.chart.tableCaption')} minWidth={520}>
          <Table withTableBorder mt="xs" data-testid="answers-table">
            <caption
              style={{ captionSide: 'top', textAlign: 'start', paddingBottom: 8, fontWeight: 600 }}
            >
              {t('cases.chart.tableCaption')}
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('cases.chart.year')}</Table.Th>
                {CHART_ANSWER_ORDER.map((kind) => (
                  <Table.Th scope="col" key={kind}>
                    {t(answerKindLabelKey(kind))}
                  </Table.Th>
                ))}
                <Table.Th scope="col">{t('cases.chart.total')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...rows, totals].map((row) => (
                <Table.Tr key={row.year || 'total'} data-year={row.year || 'total'}>
                  <Table.Th scope="row">{row.year || t('cases.chart.allYears')}</Table.Th>
                  {CHART_ANSWER_ORDER.map((kind) => (
                    <Table.Td key={kind} data-kind={kind}>
                      {row[kind]}
                    </Table.Td>
                  ))}
                  <Table.Td>{row.total}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      </details>
    </>
  );
}

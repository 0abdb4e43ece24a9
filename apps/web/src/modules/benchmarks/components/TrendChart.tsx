import { Table, Text } from '@mantine/core';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from './ScrollRegion';
import type { AssessmentStatus } from '@berne/domain';
import { usePartners } from '../../meetings/hooks/usePartners';
import { usePartnerName } from '../hooks/usePartnerName';
import {
  SCORE_TICKS,
  chartRows,
  statusLabelKey,
  statusOfTick,
  type PartnerLineInput,
} from '../display';

interface PartnerLine extends PartnerLineInput {
  points: readonly {
    date: string;
    score: number;
    status: AssessmentStatus;
    assessmentId: string;
  }[];
}

/**
 * Each partner's assessed status over time (0 regressed … 4 achieved), one line per partner, and
 * the same numbers as a table for those who do not see the chart.
 */
export function TrendChart({ lines }: { lines: readonly PartnerLine[] }) {
  const { t } = useTranslation();
  const { byCode } = usePartners();
  const name = usePartnerName();
  const rows = chartRows(lines);
  const tickName = (value: number) => {
    const status = statusOfTick(value);
    return status ? t(statusLabelKey(status)) : String(value);
  };
  const statusAt = (partnerCode: string, date: string) =>
    lines
      .find((l) => l.partnerCode === partnerCode)
      ?.points.filter((p) => p.date === date)
      .at(-1)?.status;

  if (rows.length === 0) return <Text size="sm">{t('benchmarks.page.noAssessments')}</Text>;
  return (
    <>
      <div
        role="img"
        aria-label={t('benchmarks.page.chartLabel')}
        data-testid="trend-chart"
        style={{ width: '100%', height: 320 }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={rows} margin={{ top: 8, right: 24, bottom: 8, left: 48 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="date" />
            <YAxis
              type="number"
              domain={[0, 4]}
              ticks={SCORE_TICKS}
              tickFormatter={tickName}
              width={130}
              allowDecimals={false}
            />
            <Tooltip
              formatter={(value, series) => [tickName(Number(value)), name(String(series))]}
            />
            <Legend formatter={(value: string) => name(value)} />
            {lines.map((line) => (
              <Line
                key={line.partnerCode}
                type="monotone"
                dataKey={line.partnerCode}
                name={line.partnerCode}
                stroke={byCode(line.partnerCode)?.color ?? '#343a40'}
                strokeWidth={2}
                connectNulls
                isAnimationActive={false}
                dot={{ r: 4 }}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <ScrollRegion label={t('benchmarks.page.chartTable')} minWidth={400}>
        <Table withTableBorder data-testid="trend-table">
          <caption
            style={{ captionSide: 'top', textAlign: 'start', paddingBottom: 8, fontWeight: 600 }}
          >
            {t('benchmarks.page.chartTable')}
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('benchmarks.page.date')}</Table.Th>
              {lines.map((line) => (
                <Table.Th scope="col" key={line.partnerCode}>
                  {name(line.partnerCode)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.date}>
                <Table.Th scope="row">
                  <time dateTime={row.date}>{row.date}</time>
                </Table.Th>
                {lines.map((line) => {
                  const status = statusAt(line.partnerCode, row.date);
                  return (
                    <Table.Td key={line.partnerCode} data-partner={line.partnerCode}>
                      {status ? `${t(statusLabelKey(status))} (${row[line.partnerCode]})` : '—'}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    </>
  );
}

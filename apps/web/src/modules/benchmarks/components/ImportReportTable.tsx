import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from './ScrollRegion';
import { BENCHMARK_CSV_COLUMNS } from '@berne/domain';
import { sortedImportErrors, type ImportErrorInput } from '../display';

/** Every bad row of an import as a table: row, column, problem, in file order. */
export function ImportReportTable({ errors }: { errors: readonly ImportErrorInput[] }) {
  const { t } = useTranslation();
  const rows = sortedImportErrors(errors, BENCHMARK_CSV_COLUMNS);
  return (
    <ScrollRegion label={t('benchmarks.csv.problems')} minWidth={500}>
      <Table withTableBorder striped data-testid="import-errors">
        <caption
          style={{ captionSide: 'top', textAlign: 'start', paddingBottom: 8, fontWeight: 600 }}
        >
          {t('benchmarks.csv.problems')}
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('benchmarks.csv.row')}</Table.Th>
            <Table.Th scope="col">{t('benchmarks.csv.column')}</Table.Th>
            <Table.Th scope="col">{t('benchmarks.csv.message')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((e, i) => (
            <Table.Tr key={`${e.row}:${e.column}:${i}`} data-row={e.row} data-column={e.column}>
              <Table.Td>{e.row}</Table.Td>
              <Table.Td>
                <code>{e.column}</code>
              </Table.Td>
              <Table.Td lang="en">{e.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

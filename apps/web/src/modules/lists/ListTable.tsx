import type { ReactNode } from 'react';
import { Table, Text } from '@mantine/core';

/**
 * A list's results: how many (announced to screen readers when it changes), a sentence when there
 * are none, else a striped table with column headers that scrolls sideways on a narrow screen.
 */
export function ListTable({
  total,
  empty,
  count,
  headers,
  minWidth,
  testIdPrefix,
  children,
}: {
  /** "12 cases": shown above the table. */
  total: string;
  /** Shown instead of the table when there are no rows. */
  empty: string;
  count: number;
  headers: readonly string[];
  minWidth: number;
  /** Test ids: `<prefix>-total` and `<prefix>-table`. */
  testIdPrefix: string;
  /** The rows (`Table.Tr`). */
  children: ReactNode;
}) {
  return (
    <>
      <Text role="status" aria-live="polite" fw={600} data-testid={`${testIdPrefix}-total`}>
        {total}
      </Text>
      {count === 0 ? (
        <Text size="sm">{empty}</Text>
      ) : (
        <Table.ScrollContainer minWidth={minWidth}>
          <Table striped data-testid={`${testIdPrefix}-table`}>
            <Table.Thead>
              <Table.Tr>
                {headers.map((header) => (
                  <Table.Th key={header} scope="col">
                    {header}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>{children}</Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}

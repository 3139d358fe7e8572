import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A table of records as the console and admin pages show them: striped, bordered, named for
 * screen readers, scrolling sideways on a narrow screen. `children` are its body rows.
 */
export function RecordTable({
  label,
  minWidth,
  headers,
  children,
}: {
  label: string;
  minWidth: number;
  headers: ReactNode[];
  children: ReactNode;
}) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped withTableBorder fz="sm" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {headers.map((header, index) => (
              <Table.Th key={index}>{header}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

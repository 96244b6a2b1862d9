import { Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';

const TABULAR = { fontVariantNumeric: 'tabular-nums' } as const;

/** A right-aligned number cell whose digits line up down the column. */
export function NumberCell({ children, bold = false }: { children: ReactNode; bold?: boolean }) {
  return (
    <Table.Td ta="right" fw={bold ? 700 : undefined} style={TABULAR}>
      {children}
    </Table.Td>
  );
}

/** The header of a number column. */
export function NumberHeader({ children }: { children: ReactNode }) {
  return <Table.Th ta="right">{children}</Table.Th>;
}

/**
 * The first cell's button of a row that opens something when clicked anywhere: the button is the keyboard and
 * screen-reader way in, and does not fire the row's click a second time.
 */
export function RowOpenButton({ hint, onOpen, children }: { hint: string; onOpen: () => void; children: ReactNode }) {
  // The visible text starts the button's name and the hint ends it, so voice control finds it by what it shows.
  return (
    <UnstyledButton
      onClick={(event) => {
        event.stopPropagation();
        onOpen();
      }}
    >
      {children}
      <VisuallyHidden>{`, ${hint}`}</VisuallyHidden>
    </UnstyledButton>
  );
}

/** The one row of a table with nothing to list: a dimmed, centred message across every column. */
export function EmptyTableRow({
  colSpan,
  children,
  py = 'md',
}: {
  colSpan: number;
  children: ReactNode;
  py?: 'md' | 'lg';
}) {
  return (
    <Table.Tr>
      <Table.Td colSpan={colSpan}>
        <Text c="dimmed" size="sm" ta="center" py={py}>
          {children}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

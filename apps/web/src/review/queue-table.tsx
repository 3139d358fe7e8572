import { Anchor, Checkbox, Stack, Table, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  memo,
  type ReactNode,
  type Ref,
  useCallback,
  useEffect,
  useImperativeHandle,
  useRef,
  useState,
} from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { ReviewRowFieldsFragment } from '../graphql/generated/graphql';
import { useLocale } from '../i18n/locale-provider';
import { MatchBadges } from '../ui/match-badges';
import type { FromQueue } from './review-panel';
import { ScoreBar } from '../ui/score';
import { naceLabel } from '../ui/nace';
import type { SortColumn } from './review-filters';

type Row = ReviewRowFieldsFragment;
const dayMs = 24 * 3600 * 1000;

export interface QueueTableHandle {
  /** Scrolls the row into view (rendering it if it was not) and gives it the focus. */
  focusRow(index: number): void;
}

interface Props {
  ref: Ref<QueueTableHandle>;
  rows: Row[];
  focus: number;
  onFocusRow: (index: number) => void;
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onSelectAll: (all: boolean) => void;
  fromQueue: string;
  /** A sortable column's header cell. */
  columnHeader: (column: SortColumn, label: string, width: number) => ReactNode;
  /** The reader is near the last loaded row: time to load the next page. */
  onNearEnd: () => void;
}

/**
 * The queue as a dense table that stays quick with thousands of rows: only the rows in view
 * (and a few around them) are in the page, between two spacer rows of the others' height;
 * `aria-rowcount` and `aria-rowindex` tell assistive technology where a row stands.
 */
export function QueueTable({
  ref,
  rows,
  focus,
  onFocusRow,
  selected,
  onToggle,
  onSelectAll,
  fromQueue,
  columnHeader,
  onNearEnd,
}: Props) {
  const intl = useIntl();
  const now = useMinuteClock();
  const scroller = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<number | null>(null);
  // No React Compiler builds this app; the rows are memoised by hand (QueueRow).
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 72,
    overscan: 8,
    getItemKey: (index) => rows[index]!.id,
    scrollPaddingStart: 48,
  });
  const registerRow = useCallback(
    (index: number, element: HTMLTableRowElement | null) => {
      if (!element) return;
      virtualizer.measureElement(element);
      if (pendingFocus.current === index) {
        pendingFocus.current = null;
        element.focus({ preventScroll: true });
      }
    },
    [virtualizer],
  );
  useImperativeHandle(ref, () => ({
    focusRow(index: number) {
      virtualizer.scrollToIndex(index, { align: 'auto' });
      const element = scroller.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`);
      if (element) element.focus({ preventScroll: true });
      else pendingFocus.current = index;
    },
  }));

  const items = virtualizer.getVirtualItems();
  const lastShown = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (lastShown >= rows.length - 10) onNearEnd();
  }, [lastShown, rows.length, onNearEnd]);

  const selectedCount = rows.filter((row) => selected.has(row.id)).length;
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <div ref={scroller} style={{ overflow: 'auto', maxHeight: 'max(420px, calc(100dvh - 180px))' }}>
      <Table
        stickyHeader
        highlightOnHover
        verticalSpacing={6}
        fz="sm"
        miw={900}
        style={{ tableLayout: 'fixed' }}
        aria-label={intl.formatMessage({ id: 'review.title' })}
        aria-rowcount={rows.length + 1}
      >
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            <Table.Th w={44}>
              <Checkbox
                aria-label={intl.formatMessage({ id: 'review.selectAll' })}
                checked={selectedCount === rows.length}
                indeterminate={selectedCount > 0 && selectedCount < rows.length}
                onChange={(event) => onSelectAll(event.currentTarget.checked)}
              />
            </Table.Th>
            {columnHeader('score', intl.formatMessage({ id: 'match.score' }), 140)}
            <Table.Th>{intl.formatMessage({ id: 'match.theNeed' })}</Table.Th>
            <Table.Th>{intl.formatMessage({ id: 'match.theCapability' })}</Table.Th>
            {columnHeader('age', intl.formatMessage({ id: 'review.age' }), 90)}
            {columnHeader('due', intl.formatMessage({ id: 'review.due' }), 130)}
            <Table.Th w={170}>{intl.formatMessage({ id: 'match.status' })}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {before > 0 && <tr aria-hidden style={{ height: before }} />}
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <QueueRow
                key={row.id}
                row={row}
                now={now}
                index={item.index}
                focused={item.index === focus}
                selected={selected.has(row.id)}
                onToggle={onToggle}
                onFocus={onFocusRow}
                registerRow={registerRow}
                fromQueue={fromQueue}
              />
            );
          })}
          {after > 0 && <tr aria-hidden style={{ height: after }} />}
        </Table.Tbody>
      </Table>
    </div>
  );
}

/** Now, to the minute: ages and overdue marks move on while the queue stays open. */
function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

interface RowProps {
  row: Row;
  index: number;
  now: number;
  focused: boolean;
  selected: boolean;
  onToggle: (id: string) => void;
  onFocus: (index: number) => void;
  registerRow: (index: number, element: HTMLTableRowElement | null) => void;
  /** The queue's search, a string so the memoised row compares it by value. */
  fromQueue: string;
}

/** Memoised: moving the focus or ticking one box re-renders two rows, not the whole list. */
const QueueRow = memo(function QueueRow({
  row,
  index,
  now,
  focused,
  selected,
  onToggle,
  onFocus,
  registerRow,
  fromQueue,
}: RowProps) {
  const intl = useIntl();
  const { locale } = useLocale();
  const overdue = row.dueAt !== null && row.dueAt !== undefined && Date.parse(row.dueAt) < now;
  const ageDays = Math.floor((now - Date.parse(row.createdAt)) / dayMs);
  const side = (posting: Row['need'] | Row['capability']) =>
    posting ? (
      <Stack gap={0}>
        <Text size="sm" fw={500} lineClamp={2}>
          {posting.title}
        </Text>
        <Text size="xs" c="dimmed">
          {posting.organization
            ? `${posting.organization.name} · ${posting.organization.city}`
            : intl.formatMessage({ id: 'posting.anonymousPoster' })}
          {posting.sectors.length > 0 &&
            ` · ${posting.sectors.map((code) => naceLabel(code, locale).split(' · ')[0]).join(', ')}`}
        </Text>
      </Stack>
    ) : (
      <Text size="sm" c="dimmed">
        {intl.formatMessage({ id: 'match.hiddenPosting' })}
      </Text>
    );
  return (
    <Table.Tr
      ref={(element) => registerRow(index, element)}
      data-index={index}
      aria-rowindex={index + 2}
      tabIndex={focused ? 0 : -1}
      onFocus={() => onFocus(index)}
      aria-selected={selected}
      bg={focused ? 'blue.0' : selected ? 'gray.1' : undefined}
      style={{ outlineOffset: -2 }}
    >
      <Table.Td>
        <Checkbox
          aria-label={intl.formatMessage(
            { id: 'review.select' },
            { title: row.need?.title ?? row.id },
          )}
          checked={selected}
          onChange={() => onToggle(row.id)}
          tabIndex={-1}
        />
      </Table.Td>
      <Table.Td>
        <ScoreBar score={row.score} />
      </Table.Td>
      <Table.Td maw={320}>
        <Anchor
          component={Link}
          to={`/matches/${row.id}`}
          state={{ queueSearch: fromQueue } satisfies FromQueue}
          underline="never"
          c="inherit"
        >
          {side(row.need)}
        </Anchor>
      </Table.Td>
      <Table.Td maw={320}>{side(row.capability)}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <FormattedMessage id="review.days" values={{ count: ageDays }} />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {row.dueAt ? (
          <Text size="sm" c={overdue ? 'red.9' : undefined} fw={overdue ? 700 : undefined}>
            <FormattedDate value={row.dueAt} dateStyle="medium" />
            {overdue && (
              <Text span display="block" size="xs" fw={700} c="red.9">
                {intl.formatMessage({ id: 'review.overdue' })}
              </Text>
            )}
          </Text>
        ) : (
          '—'
        )}
      </Table.Td>
      <Table.Td>
        <MatchBadges status={row.status} userInitiated={row.userInitiated} />
      </Table.Td>
    </Table.Tr>
  );
});

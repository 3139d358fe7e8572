import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Collapse,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { DateInput, DatesProvider } from '@mantine/dates';
import '@mantine/dates/styles.layer.css';
import 'dayjs/locale/pl';
import { useDisclosure, useHotkeys, useMediaQuery } from '@mantine/hooks';
import { IconArrowDown, IconArrowUp, IconFilter, IconSelector } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLocation, useNavigate } from 'react-router';
import type { MatchStatus } from '../graphql/generated/graphql';
import { useLocale } from '../i18n/locale-provider';
import { EmptyState, LoadError, PageLoader } from '../layout/page-state';
import { SectorSelect } from '../ui/sector-select';
import { type FromQueue } from './review-panel';
import { ShortcutList } from './shortcut-list';
import { type Decision, DecisionDialog, type DecisionResult } from './decision-dialog';
import { MyClustersQuery } from '../console';
import { QueueTable, type QueueTableHandle } from './queue-table';
import {
  activeFilterCount,
  columnOrders,
  invalidFilters,
  numericFilterRanges,
  type SortColumn,
  useReviewFilters,
} from './review-filters';
import { useReviewQueue } from './use-review-queue';
import { useSelection } from './use-selection';

const flipped = { ascending: 'descending', descending: 'ascending' } as const;
const statuses: MatchStatus[] = [
  'PROPOSED',
  'APPROVED',
  'INTRODUCED',
  'DECLINED',
  'REJECTED',
  'EXPIRED',
  'WITHDRAWN',
];

/**
 * The coordinators' queue: dense, filterable (filters in the URL), sortable, many rows decided
 * at once, and operable from the keyboard alone. New proposals arrive without a reload and
 * without losing the selection.
 */
export function ReviewQueuePage() {
  const intl = useIntl();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const fromQueue: FromQueue = { queueSearch: useLocation().search };
  const [filters, update] = useReviewFilters();
  const clusters = useQuery(MyClustersQuery);
  const { data, error, loading, refetch, rows, refreshRows, loadMore } = useReviewQueue(filters);
  const postingTitle = rows
    .flatMap((row) => [row.need, row.capability])
    .find((posting) => posting?.id === filters.posting)?.title;
  const invalid = invalidFilters(filters);
  // Typed as typed: a value out of range is refused on its field and left out, never clamped.
  const numberFilter = (key: keyof typeof numericFilterRanges) => ({
    label: intl.formatMessage({ id: `review.${key}` }),
    value: filters[key],
    onChange: (value: number | string) => update({ [key]: String(value) }),
    clampBehavior: 'none' as const,
    allowDecimal: false,
    error: invalid.includes(key)
      ? intl.formatMessage({ id: 'rule.range' }, numericFilterRanges[key])
      : undefined,
  });
  const { selected, toggle, selectOnly, drop } = useSelection();
  const [focus, setFocus] = useState(0);
  const [decision, setDecision] = useState<{ kind: Decision; ids: string[] } | null>(null);
  const [outcome, setOutcome] = useState<{ done: number; failed: number } | null>(null);
  const table = useRef<QueueTableHandle>(null);

  const visibleSelection = rows.filter((row) => selected.has(row.id)).map((row) => row.id);
  const moveFocus = (to: number) => {
    const index = Math.max(0, Math.min(rows.length - 1, to));
    setFocus(index);
    table.current?.focusRow(index);
  };
  const target = () =>
    visibleSelection.length ? visibleSelection : rows[focus] ? [rows[focus]!.id] : [];
  const decide = (kind: Decision) => {
    const ids = target();
    if (ids.length) setDecision({ kind, ids });
  };
  const done = (results: DecisionResult[]) => {
    const succeeded = new Set(results.filter((result) => !result.error).map((result) => result.id));
    setOutcome({ done: succeeded.size, failed: results.length - succeeded.size });
    drop(succeeded);
    // The refused ones too: a conflict means someone else moved the match on.
    void refreshRows(results.map((result) => result.id));
  };

  useHotkeys(
    decision
      ? []
      : [
          ['j', () => moveFocus(focus + 1)],
          ['ArrowDown', () => moveFocus(focus + 1)],
          ['k', () => moveFocus(focus - 1)],
          ['ArrowUp', () => moveFocus(focus - 1)],
          ['x', () => rows[focus] && toggle(rows[focus]!.id)],
          [
            'o',
            () => rows[focus] && void navigate(`/matches/${rows[focus]!.id}`, { state: fromQueue }),
          ],
          ['a', () => decide('approve')],
          ['r', () => decide('reject')],
        ],
  );

  const clusterOptions =
    clusters.data?.clusters.map((cluster) => ({ value: cluster.id, label: cluster.name })) ?? [];
  const header = (column: SortColumn, label: string, width: number) => {
    const { first, reverse, firstIs } = columnOrders[column];
    const direction =
      filters.orderBy === first ? firstIs : filters.orderBy === reverse ? flipped[firstIs] : null;
    const Icon = !direction
      ? IconSelector
      : direction === 'descending'
        ? IconArrowDown
        : IconArrowUp;
    return (
      <Table.Th key={column} w={width} aria-sort={direction ?? 'none'}>
        <UnstyledButton
          onClick={() => update({ orderBy: filters.orderBy === first ? reverse : first })}
          fw={700}
          fz="sm"
        >
          <Group gap={4} wrap="nowrap">
            {label}
            <Icon size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Table.Th>
    );
  };

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            <FormattedMessage id="review.title" />
          </Title>
          {data && (
            <Text size="sm" c="dimmed">
              <FormattedMessage id="review.count" values={{ count: data.reviewQueue.totalCount }} />
            </Text>
          )}
        </div>
        <Group gap="xs">
          <Button disabled={!target().length} onClick={() => decide('approve')}>
            <FormattedMessage id="review.approveSelected" values={{ count: target().length }} />
          </Button>
          <Button
            color="red"
            variant="outline"
            disabled={!target().length}
            onClick={() => decide('reject')}
          >
            <FormattedMessage id="review.rejectSelected" values={{ count: target().length }} />
          </Button>
        </Group>
      </Group>

      {filters.posting && (
        <Alert
          variant="light"
          withCloseButton
          closeButtonLabel={intl.formatMessage({ id: 'review.allPostings' })}
          onClose={() => update({ posting: '' })}
        >
          <FormattedMessage id="review.onePosting" values={{ title: postingTitle ?? '…' }} />
        </Alert>
      )}
      <FilterPanel count={activeFilterCount(filters)}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <Select
            label={intl.formatMessage({ id: 'review.cluster' })}
            data={clusterOptions}
            value={filters.clusterId || null}
            onChange={(value) => update({ clusterId: value ?? '' })}
            clearable
          />
          <MultiSelect
            label={intl.formatMessage({ id: 'match.status' })}
            placeholder={intl.formatMessage({ id: 'matchStatus.PROPOSED' })}
            data={statuses.map((status) => ({
              value: status,
              label: intl.formatMessage({ id: `matchStatus.${status}` }),
            }))}
            value={filters.status}
            onChange={(value) => update({ status: value as MatchStatus[] })}
            clearable
          />
          <Group grow gap="xs" align="flex-start">
            <NumberInput {...numberFilter('minScore')} suffix="%" step={5} />
            <NumberInput {...numberFilter('maxScore')} suffix="%" step={5} />
          </Group>
          <SectorSelect value={filters.sectors} onChange={(sectors) => update({ sectors })} />
          <TextInput
            label={intl.formatMessage({ id: 'organization.city' })}
            value={filters.city}
            onChange={(event) => update({ city: event.currentTarget.value })}
          />
          <NumberInput {...numberFilter('minAgeDays')} />
          <DatesProvider settings={{ locale }}>
            <DateInput
              label={intl.formatMessage({ id: 'review.dueBefore' })}
              valueFormat="D MMM YYYY"
              clearable
              value={filters.dueBefore || null}
              onChange={(value) => update({ dueBefore: value ? String(value).slice(0, 10) : '' })}
            />
          </DatesProvider>
          <Select
            label={intl.formatMessage({ id: 'review.origin' })}
            data={[
              { value: 'yes', label: intl.formatMessage({ id: 'review.origin.user' }) },
              { value: 'no', label: intl.formatMessage({ id: 'review.origin.engine' }) },
            ]}
            value={filters.userInitiated || null}
            onChange={(value) => update({ userInitiated: (value ?? '') as '' | 'yes' | 'no' })}
            clearable
          />
        </SimpleGrid>
      </FilterPanel>

      {outcome && (
        <Text role="status" size="sm">
          <FormattedMessage id="review.outcome" values={outcome} />
        </Text>
      )}

      {error && !data ? (
        <LoadError error={error} retry={refetch} />
      ) : !data ? (
        <PageLoader />
      ) : rows.length === 0 ? (
        <EmptyState>
          <FormattedMessage id="review.empty" />
        </EmptyState>
      ) : (
        <QueueTable
          ref={table}
          rows={rows}
          focus={focus}
          onFocusRow={setFocus}
          selected={selected}
          onToggle={toggle}
          onSelectAll={(all) => selectOnly(all ? rows.map((row) => row.id) : [])}
          fromQueue={fromQueue.queueSearch}
          columnHeader={header}
          onNearEnd={loadMore}
        />
      )}
      {data?.reviewQueue.pageInfo.hasNextPage && (
        <Button
          variant="light"
          loading={loading}
          style={{ alignSelf: 'center' }}
          onClick={loadMore}
        >
          <FormattedMessage id="browse.more" />
        </Button>
      )}
      <Shortcuts />
      <DecisionDialog
        decision={decision?.kind ?? null}
        ids={decision?.ids ?? []}
        onClose={() => setDecision(null)}
        onDone={done}
      />
    </Stack>
  );
}

/**
 * The filters, always open on a wide screen; on a phone folded behind a button that says how
 * many are set, so the queue itself is on the first screen.
 */
function FilterPanel({ count, children }: { count: number; children: React.ReactNode }) {
  const narrow = useMediaQuery('(max-width: 48em)');
  const [opened, { toggle }] = useDisclosure(false);
  const form = (
    <Paper
      withBorder
      p="md"
      component="form"
      role="search"
      id="review-filters"
      onSubmit={(event) => event.preventDefault()}
    >
      {children}
    </Paper>
  );
  if (!narrow) return form;
  return (
    <div>
      <Button
        variant="default"
        leftSection={<IconFilter size={16} aria-hidden />}
        aria-expanded={opened}
        aria-controls="review-filters"
        onClick={toggle}
      >
        <FormattedMessage id="review.filters" values={{ count }} />
      </Button>
      <Collapse expanded={opened} mt="xs">
        {form}
      </Collapse>
    </div>
  );
}

function Shortcuts() {
  const intl = useIntl();
  return (
    <ShortcutList
      keys={[
        ['j / ↓', intl.formatMessage({ id: 'review.key.next' })],
        ['k / ↑', intl.formatMessage({ id: 'review.key.previous' })],
        ['x', intl.formatMessage({ id: 'review.key.select' })],
        ['o', intl.formatMessage({ id: 'review.key.open' })],
        ['a', intl.formatMessage({ id: 'review.key.approve' })],
        ['r', intl.formatMessage({ id: 'review.key.reject' })],
      ]}
    />
  );
}

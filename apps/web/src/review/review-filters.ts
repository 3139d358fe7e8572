import { useSearchParams } from 'react-router';
import type { MatchStatus, ReviewQueueOrder } from '../graphql/generated/graphql';

export interface ReviewFilters {
  clusterId: string;
  /** One need's or capability's matches: where a proposals notice leads. */
  posting: string;
  status: MatchStatus[];
  minScore: string;
  maxScore: string;
  sectors: string[];
  city: string;
  minAgeDays: string;
  dueBefore: string;
  userInitiated: '' | 'yes' | 'no';
  orderBy: ReviewQueueOrder;
}

const single = [
  'clusterId',
  'posting',
  'minScore',
  'maxScore',
  'city',
  'minAgeDays',
  'dueBefore',
  'userInitiated',
] as const;

export type SortColumn = 'score' | 'age' | 'due';

/** Each sortable column's two orders: the first click's, then the reverse. */
export const columnOrders: Record<
  SortColumn,
  { first: ReviewQueueOrder; reverse: ReviewQueueOrder; firstIs: 'ascending' | 'descending' }
> = {
  score: { first: 'BEST_SCORE', reverse: 'LOWEST_SCORE', firstIs: 'descending' },
  age: { first: 'OLDEST', reverse: 'NEWEST', firstIs: 'descending' },
  due: { first: 'DUE_SOONEST', reverse: 'DUE_LATEST', firstIs: 'ascending' },
};
const orders = Object.values(columnOrders).flatMap(({ first, reverse }) => [first, reverse]);

/** How many filters narrow the queue now (the status counts when it is not the default). */
export function activeFilterCount(filters: ReviewFilters): number {
  return (
    single.filter((key) => filters[key] !== '').length +
    (filters.status.length > 0 ? 1 : 0) +
    (filters.sectors.length > 0 ? 1 : 0)
  );
}

/** The queue's filters live in the URL, so a view can be bookmarked and shared. */
export function useReviewFilters() {
  const [params, setParams] = useSearchParams();
  const filters: ReviewFilters = {
    clusterId: params.get('clusterId') ?? '',
    posting: params.get('posting') ?? '',
    status: params.getAll('status') as MatchStatus[],
    minScore: params.get('minScore') ?? '',
    maxScore: params.get('maxScore') ?? '',
    sectors: params.getAll('sector'),
    city: params.get('city') ?? '',
    minAgeDays: params.get('minAgeDays') ?? '',
    dueBefore: params.get('dueBefore') ?? '',
    userInitiated: (params.get('userInitiated') ?? '') as ReviewFilters['userInitiated'],
    orderBy: orders.find((order) => order === params.get('orderBy')) ?? 'BEST_SCORE',
  };
  const update = (patch: Partial<ReviewFilters>) => {
    const next = { ...filters, ...patch };
    const search = new URLSearchParams();
    for (const key of single) if (next[key]) search.set(key, next[key]);
    next.status.forEach((status) => search.append('status', status));
    next.sectors.forEach((sector) => search.append('sector', sector));
    if (next.orderBy !== 'BEST_SCORE') search.set('orderBy', next.orderBy);
    setParams(search, { replace: true });
  };
  return [filters, update] as const;
}

/** The typed filters' ranges: scores in percent, as people say them, and days of waiting. */
export const numericFilterRanges = {
  minScore: { min: 0, max: 100 },
  maxScore: { min: 0, max: 100 },
  minAgeDays: { min: 0, max: 3650 },
} as const;
type NumericFilter = keyof typeof numericFilterRanges;

/** A typed filter's whole number, or undefined when it is empty or outside its range. */
function numeric(filters: ReviewFilters, key: NumericFilter): number | undefined {
  const { min, max } = numericFilterRanges[key];
  const value = Number(filters[key]);
  return filters[key] === '' || !Number.isInteger(value) || value < min || value > max
    ? undefined
    : value;
}

/** The typed filters that are left out of the query because they are not valid, to say so. */
export function invalidFilters(filters: ReviewFilters): NumericFilter[] {
  return (Object.keys(numericFilterRanges) as NumericFilter[]).filter(
    (key) => filters[key] !== '' && numeric(filters, key) === undefined,
  );
}

const fraction = (percent: number | undefined) =>
  percent === undefined ? undefined : percent / 100;

/** The API's filter and order for the filters (PROPOSED when no status is chosen). */
export function queueVariables(filters: ReviewFilters) {
  return {
    filter: {
      clusterId: filters.clusterId || undefined,
      postingId: filters.posting || undefined,
      status: filters.status.length ? filters.status : undefined,
      minScore: fraction(numeric(filters, 'minScore')),
      maxScore: fraction(numeric(filters, 'maxScore')),
      sectors: filters.sectors.length ? filters.sectors : undefined,
      city: filters.city.trim() || undefined,
      minAgeDays: numeric(filters, 'minAgeDays'),
      dueBefore: filters.dueBefore
        ? new Date(`${filters.dueBefore}T23:59:59`).toISOString()
        : undefined,
      userInitiated: filters.userInitiated === '' ? undefined : filters.userInitiated === 'yes',
    },
    orderBy: filters.orderBy,
  };
}

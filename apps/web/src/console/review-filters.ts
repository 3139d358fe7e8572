import { useSearchParams } from 'react-router';
import type { MatchStatus, ReviewQueueOrder } from '../graphql/generated/graphql';

export interface ReviewFilters {
  clusterId: string;
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

const number = (value: string) =>
  value === '' || Number.isNaN(Number(value)) ? undefined : Number(value);

/** The API's arguments for the filters (PROPOSED when no status is chosen). */
export function queueVariables(filters: ReviewFilters) {
  return {
    clusterId: filters.clusterId || undefined,
    status: filters.status.length ? filters.status : undefined,
    minScore: number(filters.minScore),
    maxScore: number(filters.maxScore),
    sectors: filters.sectors.length ? filters.sectors : undefined,
    city: filters.city.trim() || undefined,
    minAgeDays: number(filters.minAgeDays),
    dueBefore: filters.dueBefore
      ? new Date(`${filters.dueBefore}T23:59:59`).toISOString()
      : undefined,
    userInitiated: filters.userInitiated === '' ? undefined : filters.userInitiated === 'yes',
    orderBy: filters.orderBy,
  };
}

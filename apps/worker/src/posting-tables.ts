import type { PostingKind } from '@app/domain';

/** The table behind each kind of posting a job names. */
export const postingTable: Record<PostingKind, 'needs' | 'capabilities'> = {
  need: 'needs',
  capability: 'capabilities',
};

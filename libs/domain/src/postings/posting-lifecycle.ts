import { conflict } from '../errors/domain.exception';
import { PostingStatus } from '../enums';

export enum PostingAction {
  EDIT = 'edit',
  PUBLISH = 'publish',
  PAUSE = 'pause',
  CLOSE = 'close',
}

const { DRAFT, PUBLISHED, PAUSED, EXPIRED } = PostingStatus;

/** From which states each action may start; publishing an expired posting renews it. */
const allowedFrom: Record<PostingAction, readonly PostingStatus[]> = {
  [PostingAction.EDIT]: [DRAFT, PUBLISHED, PAUSED],
  [PostingAction.PUBLISH]: [DRAFT, PAUSED, EXPIRED],
  [PostingAction.PAUSE]: [PUBLISHED],
  [PostingAction.CLOSE]: [DRAFT, PUBLISHED, PAUSED, EXPIRED],
};

export const actionAllowed = (action: PostingAction, current: PostingStatus): boolean =>
  allowedFrom[action].includes(current);

export function assertActionAllowed(action: PostingAction, current: PostingStatus): void {
  if (!actionAllowed(action, current)) {
    throw conflict(`Cannot ${action} a posting that is ${current}`, current);
  }
}

/** Postings stay published for 365 days unless renewed (EEN profile validity). */
export const publicationValidityDays = 365;

export function expiryFrom(publishedAt: Date): Date {
  return new Date(publishedAt.getTime() + publicationValidityDays * 24 * 3600 * 1000);
}

import type { DeclineReason } from '../graphql/generated/graphql';

/** Why a coordinator rejects a match, or a side declines it. */
export const declineReasons: DeclineReason[] = [
  'NOT_RELEVANT',
  'TOO_EARLY_STAGE',
  'TOO_LATE_STAGE',
  'BUDGET_MISMATCH',
  'NO_CAPACITY',
  'BENEFIT_UNCLEAR',
  'COMMERCIAL_ROUTE_UNCLEAR',
  'DESCRIPTION_UNCLEAR',
  'OTHER',
];

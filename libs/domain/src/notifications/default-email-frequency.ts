import { EmailFrequency, NotificationEvent } from './notification-kinds';

/**
 * How an event is e-mailed to someone who chose nothing for it: proposals to review in a daily
 * digest (a coordinator gets many a day), everything else at once.
 */
export const defaultEmailFrequency = (event: NotificationEvent): EmailFrequency =>
  event === NotificationEvent.MATCH_TO_REVIEW
    ? EmailFrequency.DAILY_DIGEST
    : EmailFrequency.INSTANT;

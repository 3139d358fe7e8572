import { EmailFrequency, NotificationEvent } from './notification-kinds';

/**
 * E-mail about events is opt-in: an event nobody chose a frequency for is not e-mailed (the
 * in-app notification is always kept). Account e-mails (verification, password) are not events.
 */
export const frequencyWithoutConsent = EmailFrequency.OFF;

/**
 * The frequency offered when someone opts in to an event's e-mail: proposals to review in a daily
 * digest (a coordinator gets many a day), everything else at once.
 */
export const suggestedEmailFrequency = (event: NotificationEvent): EmailFrequency =>
  event === NotificationEvent.MATCH_TO_REVIEW
    ? EmailFrequency.DAILY_DIGEST
    : EmailFrequency.INSTANT;

/** Opting in to every event's e-mail at the suggested frequency, as a sign-up box offers. */
export const optedInToEveryEvent = (userId: string, consentedAt: Date) =>
  Object.values(NotificationEvent).map((event) => ({
    userId,
    event,
    frequency: suggestedEmailFrequency(event),
    consentedAt,
  }));

export enum NotificationEvent {
  /** Coordinators: a match involving their cluster waits for review. */
  MATCH_TO_REVIEW = 'MATCH_TO_REVIEW',
  /** Both sides: a coordinator approved a match and asks whether they are interested. */
  MATCH_APPROVED = 'MATCH_APPROVED',
  /** One side: the other side said it is interested. */
  OTHER_SIDE_INTERESTED = 'OTHER_SIDE_INTERESTED',
  /** Both sides: both are interested; contacts are exchanged. */
  INTRODUCED = 'INTRODUCED',
  /** Whoever must act on a match: its deadline is three days away. */
  MATCH_REMINDER = 'MATCH_REMINDER',
  /** Whoever was to act: nobody did before the deadline, so the match expired. */
  MATCH_EXPIRED = 'MATCH_EXPIRED',
  /** One side: the other offered times for a meeting (or other times than those offered). */
  MEETING_PROPOSED = 'MEETING_PROPOSED',
  /** Both sides: a time was picked; the e-mail carries the calendar invitation. */
  MEETING_CONFIRMED = 'MEETING_CONFIRMED',
  /** Both sides: the meeting was cancelled; the e-mail carries the calendar's cancellation. */
  MEETING_CANCELLED = 'MEETING_CANCELLED',
  /** Both sides, after the meeting: did it take place? */
  MEETING_FOLLOW_UP = 'MEETING_FOLLOW_UP',
  /** The author: their need or capability leaves the platform soon unless it is renewed. */
  POSTING_EXPIRING = 'POSTING_EXPIRING',
}

/** Events about a match, as opposed to the recipient's own postings. */
export type MatchNotificationEvent = Exclude<NotificationEvent, NotificationEvent.POSTING_EXPIRING>;

/** How often a user wants e-mail about one kind of event. In-app notifications are always kept. */
export enum EmailFrequency {
  INSTANT = 'INSTANT',
  DAILY_DIGEST = 'DAILY_DIGEST',
  WEEKLY_DIGEST = 'WEEKLY_DIGEST',
  OFF = 'OFF',
}

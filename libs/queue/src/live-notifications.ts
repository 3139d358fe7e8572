/** What the worker publishes when a notification is stored; the api loads the rest. */
export interface LiveNotification {
  notificationId: string;
  userId: string;
}

/** One Redis pub/sub channel per deployment (the queue prefix keeps test runs apart). */
export const liveNotificationsChannel = (queuePrefix: string): string =>
  `${queuePrefix}:live-notifications`;

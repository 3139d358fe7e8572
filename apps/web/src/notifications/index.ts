export { NotificationBell } from './bell';
export { LiveEventsProvider, useLiveEvents } from './live-events';
export { useRefetchOnNotification } from './use-refetch-on-notification';

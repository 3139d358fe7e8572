export * from './jobs';
export * from './queue-settings';
export * from './redis-connection';
export * from './outbox';
export * from './outbox-relay';
export * from './queue-factory';
export * from './live-notifications';
export * from './redis-errors';

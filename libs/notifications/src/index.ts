export * from './templates';
export * from './email/render-email';
export * from './calendar/meeting-invitation';
export * from './calendar/invitation-of';

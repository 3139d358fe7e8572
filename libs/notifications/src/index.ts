export * from './templates';
export * from './email/render-email';

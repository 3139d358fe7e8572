export * from './logger.module';
export * from './health.module';
export * from './public.decorator';

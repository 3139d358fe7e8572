export * from './data-source-options';
export * from './migrations';
export * from './postgres-errors';
export * from './database-outages';
export * from './present';
export * from './match-parties';

export * from './data-source-options';
export * from './migrations';

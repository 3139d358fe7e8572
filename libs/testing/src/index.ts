export * from './builders';
export * from './graphql-client';
export * from './operations';
export * from './test-api';
export * from './world';
export * from './database-fingerprint';
export * from './processes';
export * from './smtp-inbox';

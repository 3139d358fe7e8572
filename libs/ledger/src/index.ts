export * from './match-ledger';

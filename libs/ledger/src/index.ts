export * from './match-ledger';
export * from './meeting-ledger';

export * from './conversation-status';
export * from './csat';

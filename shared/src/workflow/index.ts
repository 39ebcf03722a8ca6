export * from './conversation-status';

export * from './sla-state';

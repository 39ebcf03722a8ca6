export * from './sla-state';
export * from './sla-settings';

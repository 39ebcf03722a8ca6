export * from './placeholders';
export * from './search';

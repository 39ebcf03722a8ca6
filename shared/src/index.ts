export * from './channels';
export * from './dto/auth';
export * from './dto/conversation';
export * from './events';
export * from './queues';
export * from './reply-window';
export * from './api-error';
export * from './queue-order';

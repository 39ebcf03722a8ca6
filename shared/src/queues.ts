export const QUEUES = {
  inbound: 'inbound',
  outbound: 'outbound',
  media: 'media',
} as const;

export const QUEUES = {
  inbound: 'inbound',
  outbound: 'outbound',
  media: 'media',
  sla: 'sla',
} as const;

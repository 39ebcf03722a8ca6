export const QUEUES = {
  inbound: 'inbound',
  outbound: 'outbound',
  media: 'media',
  sla: 'sla',
  claims: 'claims',
} as const;

import type { DeliveryStatus } from '@ingang/shared';

const RANK: Record<DeliveryStatus, number> = { pending: 0, sent: 1, delivered: 2, read: 3, failed: 4 };

/**
 * Whether a status report moves a message forward. Providers deliver out of order: a late `delivered` never
 * overrides `read`; `failed` wins over anything but `read` (the citizen has seen it, whatever came after).
 */
export function advancesDelivery(current: DeliveryStatus | null, next: DeliveryStatus): boolean {
  if (current === null) return true;
  if (next === 'failed') return current !== 'read' && current !== 'failed';
  if (current === 'failed') return false;
  return RANK[next] > RANK[current];
}

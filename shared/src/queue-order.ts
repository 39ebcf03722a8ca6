// Answered conversations sort after every waiting one, newest activity first.
const ANSWERED_BASE = 9_000_000_000_000_000;

/**
 * The inbox order, as one number: the nearest SLA deadline first. Server (stored, indexed column) and client
 * (live re-sorting) use this same function.
 */
export function queueSortKey(deadlineAt: Date | string | null, lastMessageAt: Date | string): number {
  if (deadlineAt !== null) return new Date(deadlineAt).getTime();
  return ANSWERED_BASE - new Date(lastMessageAt).getTime();
}

export function compareQueueOrder(
  a: { deadlineAt: string | null; lastMessageAt: string; id: string },
  b: { deadlineAt: string | null; lastMessageAt: string; id: string },
): number {
  const diff = queueSortKey(a.deadlineAt, a.lastMessageAt) - queueSortKey(b.deadlineAt, b.lastMessageAt);
  if (diff !== 0) return diff;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

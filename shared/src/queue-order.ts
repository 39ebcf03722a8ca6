// Answered conversations sort after every waiting one, newest activity first.
const ANSWERED_BASE = 9_000_000_000_000_000;

/**
 * The inbox order, as one number: the oldest unanswered question first. Server (stored, indexed column) and
 * client (live re-sorting) use this same function.
 */
export function queueSortKey(waitingSince: Date | string | null, lastMessageAt: Date | string): number {
  if (waitingSince !== null) return new Date(waitingSince).getTime();
  return ANSWERED_BASE - new Date(lastMessageAt).getTime();
}

export function compareQueueOrder(
  a: { waitingSince: string | null; lastMessageAt: string; id: string },
  b: { waitingSince: string | null; lastMessageAt: string; id: string },
): number {
  const diff = queueSortKey(a.waitingSince, a.lastMessageAt) - queueSortKey(b.waitingSince, b.lastMessageAt);
  if (diff !== 0) return diff;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

import { KCC_CALLBACKS, type CallbackDto } from '@ingang/shared';
import type { CallbackFilter } from './callbacks-api';

/** Whether a callback belongs in a list with this filter; `userId` is who "mine" means. */
export function matchesCallbackFilter(callback: CallbackDto, filter: CallbackFilter, userId: string | null): boolean {
  if (callback.status !== filter.status) return false;
  if (filter.departmentId === KCC_CALLBACKS) {
    if (callback.department !== null) return false;
  } else if (filter.departmentId !== null && callback.department?.id !== filter.departmentId) {
    return false;
  }
  if (filter.mine && callback.createdBy.id !== userId) return false;
  return filter.conversationId === null || callback.conversationId === filter.conversationId;
}

/** The server's order: earliest deadline first, then by id. */
export function byDeadline(a: CallbackDto, b: CallbackDto): number {
  return Date.parse(a.deadlineAt) - Date.parse(b.deadlineAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

// A callback only moves forward: attempts are added, then it is done. An answer that raced behind a push of a later
// state (my attempt's answer after a colleague's "done") must not bring back the older one.
const progress = (callback: CallbackDto) => (callback.status === 'done' ? 1_000_000 : 0) + callback.attempts.length;

/**
 * The list with this callback in its place (new or changed), or without it once it no longer belongs (done, or moved
 * out of the filter); the same list when nothing changed.
 */
export function placeCallback(
  list: readonly CallbackDto[],
  callback: CallbackDto,
  filter: CallbackFilter,
  userId: string | null,
): readonly CallbackDto[] {
  const current = list.find((each) => each.id === callback.id);
  if (current && progress(current) > progress(callback)) return list;
  const others = current ? list.filter((each) => each.id !== callback.id) : list;
  if (!matchesCallbackFilter(callback, filter, userId)) return others;
  return [...others, callback].sort(byDeadline);
}

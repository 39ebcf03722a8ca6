import { useSyncExternalStore } from 'react';
import { slaClock } from './sla-clock';

/** The SLA clock's current moment; re-renders when it ticks or when the server announces a state change. */
export function useSlaNow(): Date {
  return useSyncExternalStore(slaClock.subscribe, slaClock.now);
}

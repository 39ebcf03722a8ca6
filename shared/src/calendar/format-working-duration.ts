import { HOUR_MS, MINUTE_MS } from './civil-date';

export interface WorkingDuration {
  /** Whole hours, not wrapped at 24: working time is counted in hours, "nog 30 u 5 m". */
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
  /** The deadline has passed: the parts then tell by how much. */
  readonly negative: boolean;
}

/** Splits a working duration into parts for a countdown; parts are rounded down to whole seconds. */
export function formatWorkingDuration(ms: number): WorkingDuration {
  if (!Number.isFinite(ms)) throw new RangeError(`Not a duration: ${ms}`);
  const size = Math.abs(ms);
  return {
    hours: Math.floor(size / HOUR_MS),
    minutes: Math.floor((size % HOUR_MS) / MINUTE_MS),
    seconds: Math.floor((size % MINUTE_MS) / 1000),
    negative: ms < 0,
  };
}

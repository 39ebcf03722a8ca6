import type { Language } from '../i18n/i18n';

const DAY_MS = 86_400_000;
const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}

/** The wall clock in `timeZone` at an instant, read as if it were UTC: the difference is the zone's offset. */
function wallClockMs(instant: number, timeZone: string): number {
  const parts = formatter(`wall:${timeZone}`, 'en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = new Date(0);
  wall.setUTCFullYear(part('year'), part('month') - 1, part('day'));
  wall.setUTCHours(part('hour'), part('minute'), part('second'), 0);
  return wall.getTime();
}

function offsetMs(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallClockMs(whole, timeZone) - whole;
}

/**
 * A `datetime-local` value ('2026-10-23T15:00') read as wall-clock time in `timeZone`. A time the clocks pass
 * twice (autumn) is its first occurrence; a time they skip (spring) counts in the offset before the jump.
 */
export function instantOfLocalInput(value: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? '0'));
  const wall = new Date(0);
  wall.setUTCFullYear(year, month - 1, day);
  wall.setUTCHours(hour, minute, second, 0);
  const wallMs = wall.getTime();
  if (Number.isNaN(wallMs) || wall.getUTCDate() !== day || wall.getUTCHours() !== hour) return null;
  const before = wallMs - offsetMs(wallMs - DAY_MS, timeZone);
  const after = wallMs - offsetMs(wallMs + DAY_MS, timeZone);
  const fits = [before, after].filter((instant) => wallClockMs(instant, timeZone) === wallMs);
  return new Date(fits.length > 0 ? Math.min(...fits) : before);
}

/** The `datetime-local` value for an instant, in `timeZone`, to the minute. */
export function localInputOf(instant: Date, timeZone: string): string {
  return new Date(wallClockMs(instant.getTime(), timeZone)).toISOString().slice(0, 16);
}

/** "vr 23 okt 2026 15:00": weekday, date and time where the municipality is; without the year when it is clear. */
export function formatMoment(instant: Date, language: Language, timeZone: string, withYear = true): string {
  const locale = LOCALES[language];
  const date = formatter(`date:${language}:${timeZone}:${withYear}`, locale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
  }).format(instant);
  const time = formatter(`time:${language}:${timeZone}`, locale, {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
  return `${date} ${time}`;
}

/** "vr 3 april 2026": a civil date 'YYYY-MM-DD', no time zone involved. */
export function formatCivilDate(date: string, language: Language): string {
  const [year, month, day] = date.split('-').map(Number);
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  return formatter(`civil:${language}`, LOCALES[language], {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(utc);
}

/** Today's date 'YYYY-MM-DD' in `timeZone`. */
export function civilDateOf(instant: Date, timeZone: string): string {
  return localInputOf(instant, timeZone).slice(0, 10);
}

/** The sample "a Friday 15:00" of PRODUCT.md: the coming Friday (today, when it is Friday), 15:00. */
export function comingFridayAfternoon(now: Date, timeZone: string): string {
  const today = civilDateOf(now, timeZone);
  const [year, month, day] = today.split('-').map(Number);
  const utc = new Date(Date.UTC(year, month - 1, day));
  utc.setUTCDate(day + ((5 - utc.getUTCDay() + 7) % 7));
  return `${utc.toISOString().slice(0, 10)}T15:00`;
}

/** The two dated examples of PRODUCT.md: across the end of summer time, and across Christmas. */
export const DATED_SAMPLES = ['2026-10-23T15:00', '2026-12-24T10:00'] as const;

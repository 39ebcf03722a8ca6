import type { TFunction } from 'i18next';
import type { Language } from './i18n';

// The municipality works in Amsterdam time, whatever the agent's laptop says.
const TIME_ZONE = 'Europe/Amsterdam';
const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

const FORMATS = {
  time: { hour: '2-digit', minute: '2-digit' },
  day: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  shortDate: { day: 'numeric', month: 'short' },
  weekday: { weekday: 'short' },
  dateTime: { dateStyle: 'long', timeStyle: 'short' },
  shortDateTime: { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' },
  dayKey: { year: 'numeric', month: '2-digit', day: '2-digit' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

type FormatName = keyof typeof FORMATS;

// Building an Intl.DateTimeFormat is expensive; the inbox formats a timestamp per visible row every tick.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, name: FormatName): Intl.DateTimeFormat {
  const key = `${language}:${name}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(LOCALES[language], { ...FORMATS[name], timeZone: TIME_ZONE });
    formatters.set(key, cached);
  }
  return cached;
}

export function formatTime(at: Date | string, language: Language): string {
  return formatter(language, 'time').format(new Date(at));
}

export function formatDateTime(at: Date | string, language: Language): string {
  return formatter(language, 'dateTime').format(new Date(at));
}

/** "20 nov 2026, 12:37": compact enough for a side panel. */
export function formatShortDateTime(at: Date | string, language: Language): string {
  return formatter(language, 'shortDateTime').format(new Date(at));
}

export function formatDay(at: Date | string, language: Language): string {
  return formatter(language, 'day').format(new Date(at));
}

/** The calendar day in Amsterdam, for grouping messages by day. */
export function amsterdamDay(at: Date | string): string {
  return formatter('nl', 'dayKey').format(new Date(at));
}

const DAY_MS = 86_400_000;

/** Compact timestamp for a list row: the time today, the weekday this week, else the date. */
export function formatListTimestamp(at: string, now: Date, language: Language): string {
  const date = new Date(at);
  if (amsterdamDay(date) === amsterdamDay(now)) return formatTime(date, language);
  if (now.getTime() - date.getTime() < 6 * DAY_MS) return formatter(language, 'weekday').format(date);
  return formatter(language, 'shortDate').format(date);
}

/** "3 u 12 m", "2 d 4 u", "< 1 m": a duration as the inbox shows it. */
export function formatDuration(milliseconds: number, t: TFunction): string {
  const totalMinutes = Math.max(0, Math.floor(milliseconds / 60_000));
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor((totalMinutes % 1440) / 60);
  const minutes = totalMinutes % 60;
  if (days > 0) return t('duration.daysHours', { days, hours });
  if (hours > 0) return t('duration.hoursMinutes', { hours, minutes });
  if (minutes > 0) return t('duration.minutes', { minutes });
  return t('duration.lessThanAMinute');
}

const sizeUnits = ['B', 'kB', 'MB', 'GB'] as const;

export function formatFileSize(bytes: number, language: Language): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < sizeUnits.length - 1) {
    value /= 1000;
    unit++;
  }
  const number = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
  return `${number} ${sizeUnits[unit]}`;
}

import { holidaysInYear, type IsoWeekday } from '@ingang/shared';
import { calendarOfForm, type IntervalForm, type SlaSettingsForm } from './sla-settings-form';

const DAY_MINUTES = 24 * 60;

function minutesOf(text: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return Number(match[2]) < 60 && minutes <= DAY_MINUTES ? minutes : null;
}

function clockTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** What people type into a time field, tidied on leaving it: '8' and '800' become '08:00', '17.30' '17:30'. */
export function normaliseClockInput(text: string): string {
  const trimmed = text.trim();
  // '830' and '1730' too: hours and minutes without a separator.
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(trimmed);
  if (!match) return text;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return text;
  return clockTime(hours * 60 + minutes);
}

/** The interval "+ tijdvak" adds: office hours on an empty day, else a four-hour block an hour after the last. */
export function nextInterval(intervals: readonly IntervalForm[]): IntervalForm {
  if (intervals.length === 0) return { from: '08:00', to: '17:00' };
  const ends = intervals.map(({ to }) => minutesOf(to)).filter((end): end is number => end !== null);
  const lastEnd = ends.length > 0 ? Math.max(...ends) : null;
  if (lastEnd === null || lastEnd + 60 >= DAY_MINUTES) return { from: '', to: '' };
  const from = lastEnd + 60;
  return { from: clockTime(from), to: clockTime(Math.min(from + 4 * 60, DAY_MINUTES)) };
}

/** A day's own hours as they are without an exception: whole working days, or the weekday's opening hours. */
export function usualHoursOn(form: SlaSettingsForm, date: string): IntervalForm[] {
  const weekday = isoWeekdayOfDate(date);
  if (weekday === null) return [];
  if (form.mode === 'working-days') return weekday <= 5 ? [{ from: '00:00', to: '24:00' }] : [];
  return form.openingHours[weekday].map(({ from, to }) => ({ from, to }));
}

export function isoWeekdayOfDate(date: string): IsoWeekday | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const utc = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(utc.getTime())) return null;
  return (((utc.getUTCDay() + 6) % 7) + 1) as IsoWeekday;
}

export type DayListing = 'closed' | 'exception' | null;

/** Whether a date is already a closing day or an exception day: a date can be only one of them. */
export function listingOf(form: SlaSettingsForm, date: string): DayListing {
  if (form.closedDays.includes(date)) return 'closed';
  if (form.exceptionDays.some((day) => day.date === date)) return 'exception';
  return null;
}

export function addClosedDay(form: SlaSettingsForm, date: string): SlaSettingsForm {
  return { ...form, closedDays: [...form.closedDays, date].sort() };
}

export function addExceptionDay(form: SlaSettingsForm, date: string): SlaSettingsForm {
  const exceptionDays = [...form.exceptionDays, { date, hours: usualHoursOn(form, date) }];
  return { ...form, exceptionDays: exceptionDays.sort((a, b) => a.date.localeCompare(b.date)) };
}

/** The Friday after Hemelvaartsdag, the closing day most municipalities add ('brugdag'). */
export function fridayAfterAscension(form: SlaSettingsForm, year: number): string {
  const ascension = holidaysInYear(calendarOfForm(form), year).find(({ name }) => name === 'ascensionDay');
  if (!ascension) throw new Error(`No Hemelvaartsdag in ${year}`);
  const [y, m, d] = ascension.date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

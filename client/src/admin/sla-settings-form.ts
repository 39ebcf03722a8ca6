import {
  CHANNELS,
  slaSettingsSchema,
  type CalendarMode,
  type Channel,
  type DutchHoliday,
  type IsoWeekday,
  type SlaPolicy,
  type SlaSettings,
  type UpdateSlaSettingsRequest,
  type WorkingCalendar,
} from '@ingang/shared';
import { fieldErrorsOf, type FieldErrors } from './sla-field-errors';

export const ISO_WEEKDAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

/** The policies an administrator sets: one per channel, then escalations and callbacks. */
export type PolicyName = Channel | 'escalation' | 'callback';
export const POLICY_NAMES: readonly PolicyName[] = [...CHANNELS, 'escalation', 'callback'];

export interface IntervalForm {
  from: string;
  to: string;
}

export interface ExceptionDayForm {
  date: string;
  hours: IntervalForm[];
}

/** Hours as typed: '1,5' and '' must survive until they are valid, so they stay text here. */
export interface PolicyForm {
  answerWithinHours: string;
  atRiskHours: string;
}

/** What the screen edits: the settings with every number as the text in its input. */
export interface SlaSettingsForm {
  timeZone: string;
  mode: CalendarMode;
  openingHours: Record<IsoWeekday, IntervalForm[]>;
  holidays: Record<DutchHoliday, boolean>;
  closedDays: string[];
  exceptionDays: ExceptionDayForm[];
  policies: Record<PolicyName, PolicyForm>;
}

export function policyOf(settings: SlaSettings, name: PolicyName): SlaPolicy {
  if (name === 'escalation' || name === 'callback') return settings[name];
  return settings.channels[name];
}

/** Where a policy lives in the settings (and so in validation paths): `channels.whatsapp`, `escalation`. */
export function policyPath(name: PolicyName): string {
  return name === 'escalation' || name === 'callback' ? name : `channels.${name}`;
}

const copyIntervals = (intervals: readonly { from: string; to: string }[]): IntervalForm[] =>
  intervals.map(({ from, to }) => ({ from, to }));

export function formFromSettings(settings: SlaSettings): SlaSettingsForm {
  const { calendar } = settings;
  return {
    timeZone: calendar.timeZone,
    mode: calendar.mode,
    openingHours: Object.fromEntries(
      ISO_WEEKDAYS.map((weekday) => [weekday, copyIntervals(calendar.openingHours[weekday])]),
    ) as Record<IsoWeekday, IntervalForm[]>,
    holidays: { ...calendar.holidays },
    closedDays: [...calendar.closedDays],
    exceptionDays: calendar.exceptionDays.map(({ date, hours }) => ({ date, hours: copyIntervals(hours) })),
    policies: Object.fromEntries(
      POLICY_NAMES.map((name) => {
        const policy = policyOf(settings, name);
        return [name, { answerWithinHours: String(policy.answerWithinHours), atRiskHours: String(policy.atRiskHours) }];
      }),
    ) as Record<PolicyName, PolicyForm>,
  };
}

/** '1,5' and '1.5' are one and a half hours; anything that is not a number is NaN, which validation names. */
export function parseHours(text: string): number {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

/** The calendar as the form holds it, not yet validated: enough for listing the year's holidays. */
export function calendarOfForm(form: SlaSettingsForm): WorkingCalendar {
  return {
    timeZone: form.timeZone,
    mode: form.mode,
    openingHours: form.openingHours,
    holidays: form.holidays,
    closedDays: form.closedDays,
    exceptionDays: form.exceptionDays,
  };
}

/** The settings the form stands for, numbers parsed but not validated: what is validated and sent. */
export function settingsOfForm(form: SlaSettingsForm): SlaSettings {
  const policy = (name: PolicyName): SlaPolicy => ({
    answerWithinHours: parseHours(form.policies[name].answerWithinHours),
    atRiskHours: parseHours(form.policies[name].atRiskHours),
  });
  return {
    calendar: calendarOfForm(form),
    channels: Object.fromEntries(CHANNELS.map((channel) => [channel, policy(channel)])) as Record<Channel, SlaPolicy>,
    escalation: policy('escalation'),
    callback: policy('callback'),
  };
}

export type FormValidation =
  | { valid: true; settings: SlaSettings; request: Omit<UpdateSlaSettingsRequest, 'expectedVersion'> }
  | { valid: false; errors: FieldErrors };

/** The same schema the server validates with; its issues become field errors keyed by path. */
export function validateForm(form: SlaSettingsForm): FormValidation {
  const candidate = settingsOfForm(form);
  const result = slaSettingsSchema.safeParse(candidate);
  if (result.success) return { valid: true, settings: result.data, request: result.data };
  return {
    valid: false,
    errors: fieldErrorsOf(result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))),
  };
}

/** Parts of the settings an administrator recognises, for "unsaved changes: …". */
export type SettingsPart = 'mode' | 'openingHours' | 'holidays' | 'closedDays' | 'exceptionDays' | PolicyName;

/** Which parts differ; compares parsed values, so '24' and '24.0' are no change. */
export function changedParts(saved: SlaSettingsForm, edited: SlaSettingsForm): SettingsPart[] {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const before = settingsOfForm(saved);
  const after = settingsOfForm(edited);
  const parts: SettingsPart[] = [];
  if (saved.mode !== edited.mode) parts.push('mode');
  if (!same(saved.openingHours, edited.openingHours)) parts.push('openingHours');
  if (!same(saved.holidays, edited.holidays)) parts.push('holidays');
  if (!same([...saved.closedDays].sort(), [...edited.closedDays].sort())) parts.push('closedDays');
  if (!same(saved.exceptionDays, edited.exceptionDays)) parts.push('exceptionDays');
  for (const name of POLICY_NAMES) {
    if (!same(policyOf(before, name), policyOf(after, name))) parts.push(name);
  }
  return parts;
}

/** Whether saving would change anything at all. */
export function isChanged(saved: SlaSettingsForm, edited: SlaSettingsForm): boolean {
  return JSON.stringify(settingsOfForm(saved)) !== JSON.stringify(settingsOfForm(edited));
}

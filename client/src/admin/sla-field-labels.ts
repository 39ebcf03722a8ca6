import { CHANNELS, type Channel, type IsoWeekday } from '@ingang/shared';
import type { PolicyName, SlaSettingsForm } from './sla-settings-form';

/** What a field is called in the error summary: a key under `admin.sla` and its values. */
export interface FieldLabel {
  key: string;
  values?: Record<string, string | number>;
}

/** How the screen names weekdays, dates and policies (translated by the caller). */
export interface LabelNames {
  weekday: (weekday: IsoWeekday) => string;
  date: (isoDate: string) => string;
  policy: (policy: PolicyName) => string;
}

const POLICY_FIELDS: Record<string, string> = {
  answerWithinHours: 'labels.answerWithin',
  atRiskHours: 'labels.atRisk',
};

/** Names the input behind a settings path, e.g. `calendar.openingHours.1.0.to` is "Maandag, tijdvak 1: tot". */
export function labelOfPath(path: string, form: SlaSettingsForm, names: LabelNames): FieldLabel {
  const [group, second, third, fourth, fifth, sixth] = path.split('.');
  if (group === 'calendar' && second === 'openingHours' && third) {
    const day = names.weekday(Number(third) as IsoWeekday);
    if (fourth === undefined) return { key: 'labels.weekday', values: { day } };
    return intervalLabel(fifth, Number(fourth) + 1, { day });
  }
  if (group === 'calendar' && second === 'closedDays' && third !== undefined) {
    return { key: 'labels.closedDay', values: { date: dateName(form.closedDays[Number(third)], names) } };
  }
  if (group === 'calendar' && second === 'exceptionDays' && third !== undefined) {
    const date = dateName(form.exceptionDays[Number(third)]?.date, names);
    if (fourth === 'hours' && fifth !== undefined) return intervalLabel(sixth, Number(fifth) + 1, { day: date });
    return { key: 'labels.exceptionDay', values: { date } };
  }
  const policy = policyNameOf(group, second);
  if (policy) {
    const field = policy === group ? second : third;
    const key = POLICY_FIELDS[field ?? ''];
    if (key) return { key, values: { policy: names.policy(policy) } };
  }
  return { key: 'labels.other', values: { path } };
}

function dateName(date: string | undefined, names: LabelNames): string {
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? names.date(date) : (date ?? '');
}

function intervalLabel(end: string | undefined, number: number, values: Record<string, string>): FieldLabel {
  if (end === 'from') return { key: 'labels.intervalFrom', values: { ...values, number } };
  if (end === 'to') return { key: 'labels.intervalTo', values: { ...values, number } };
  return { key: 'labels.interval', values: { ...values, number } };
}

function policyNameOf(group: string, second: string | undefined): PolicyName | null {
  if (group === 'escalation' || group === 'callback') return group;
  if (group === 'channels' && CHANNELS.includes(second as Channel)) return second as Channel;
  return null;
}

import { describe, expect, it } from '@jest/globals';
import { DEFAULT_SLA_SETTINGS } from '@ingang/shared';
import { labelOfPath, type LabelNames } from './sla-field-labels';
import { addClosedDay, addExceptionDay } from './sla-calendar-edits';
import { formFromSettings } from './sla-settings-form';

const names: LabelNames = {
  weekday: (weekday) => `weekday ${weekday}`,
  date: (date) => `date ${date}`,
  policy: (policy) => `policy ${policy}`,
};
const form = addExceptionDay(addClosedDay(formFromSettings(DEFAULT_SLA_SETTINGS), '2026-05-15'), '2026-12-24');

describe(labelOfPath.name, () => {
  it.each([
    ['calendar.openingHours.1.0.to', { key: 'labels.intervalTo', values: { day: 'weekday 1', number: 1 } }],
    ['calendar.openingHours.3', { key: 'labels.weekday', values: { day: 'weekday 3' } }],
    ['calendar.closedDays.0', { key: 'labels.closedDay', values: { date: 'date 2026-05-15' } }],
    ['calendar.exceptionDays.0.date', { key: 'labels.exceptionDay', values: { date: 'date 2026-12-24' } }],
    [
      'calendar.exceptionDays.0.hours.1.from',
      { key: 'labels.intervalFrom', values: { day: 'date 2026-12-24', number: 2 } },
    ],
    ['channels.email.atRiskHours', { key: 'labels.atRisk', values: { policy: 'policy email' } }],
    ['escalation.answerWithinHours', { key: 'labels.answerWithin', values: { policy: 'policy escalation' } }],
    ['expectedVersion', { key: 'labels.other', values: { path: 'expectedVersion' } }],
  ])('names %s', (path, label) => {
    expect(labelOfPath(path, form, names)).toEqual(label);
  });
});

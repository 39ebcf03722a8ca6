import { DEFAULT_SLA_SETTINGS, updateSlaSettingsSchema, validateSlaSettings } from './sla-settings';

describe('SLA settings', () => {
  it('fills what stored or submitted JSON lacks with the defaults of PRODUCT.md', () => {
    const settings = validateSlaSettings({});
    expect(settings).toEqual(JSON.parse(JSON.stringify(DEFAULT_SLA_SETTINGS)));
    expect(settings.channels.email).toEqual({ answerWithinHours: 24, atRiskHours: 4 });
    expect(settings.escalation).toEqual({ answerWithinHours: 48, atRiskHours: 8 });
    expect(settings.callback).toEqual({ answerWithinHours: 24, atRiskHours: 4 });
    expect(settings.calendar.mode).toBe('working-days');
  });

  it('keeps what an administrator set and takes decimals in whole minutes', () => {
    const settings = validateSlaSettings({ channels: { twitter: { answerWithinHours: 1.5, atRiskHours: 0.25 } } });
    expect(settings.channels.twitter).toEqual({ answerWithinHours: 1.5, atRiskHours: 0.25 });
    expect(settings.channels.whatsapp).toEqual({ answerWithinHours: 24, atRiskHours: 4 });
  });

  it.each([
    [
      'no time to answer',
      { channels: { email: { answerWithinHours: 0, atRiskHours: 0 } } },
      'channels.email.answerWithinHours',
    ],
    [
      'a warning after the deadline',
      { escalation: { answerWithinHours: 8, atRiskHours: 8 } },
      'escalation.atRiskHours',
    ],
    [
      'a fraction of a minute',
      { callback: { answerWithinHours: 1.001, atRiskHours: 0 } },
      'callback.answerWithinHours',
    ],
    [
      'more than a year of working hours',
      { callback: { answerWithinHours: 1e6, atRiskHours: 0 } },
      'callback.answerWithinHours',
    ],
    ['an unknown channel', { channels: { instagram: { answerWithinHours: 24, atRiskHours: 4 } } }, 'channels'],
    ['a string for a number', { callback: { answerWithinHours: '24', atRiskHours: 4 } }, 'callback.answerWithinHours'],
    ['an unknown field', { sundays: true }, ''],
    ['a bad calendar', { calendar: { closedDays: ['2026-13-01'] } }, 'calendar.closedDays.0'],
  ])('refuses %s, naming the field', (_what, input, path) => {
    const result = updateSlaSettingsSchema.safeParse({ ...input, expectedVersion: 0 });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });

  it('needs the version a save was edited from', () => {
    expect(updateSlaSettingsSchema.safeParse({}).success).toBe(false);
    expect(updateSlaSettingsSchema.safeParse({ expectedVersion: -1 }).success).toBe(false);
    expect(updateSlaSettingsSchema.safeParse({ expectedVersion: 3 }).success).toBe(true);
  });
});

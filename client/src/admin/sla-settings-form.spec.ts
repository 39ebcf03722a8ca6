import { describe, expect, it } from '@jest/globals';
import { DEFAULT_SLA_SETTINGS } from '@ingang/shared';
import {
  changedParts,
  formFromSettings,
  isChanged,
  parseHours,
  settingsOfForm,
  validateForm,
  type SlaSettingsForm,
} from './sla-settings-form';

const defaults = () => formFromSettings(DEFAULT_SLA_SETTINGS);

function edited(change: (form: SlaSettingsForm) => void): SlaSettingsForm {
  const form = defaults();
  change(form);
  return form;
}

describe(formFromSettings.name, () => {
  it('turns back into the same settings', () => {
    expect(settingsOfForm(defaults())).toEqual(DEFAULT_SLA_SETTINGS);
  });

  it('holds every policy, escalation and callback included, as text', () => {
    const sut = defaults();
    expect(Object.keys(sut.policies)).toEqual(['whatsapp', 'messenger', 'twitter', 'email', 'escalation', 'callback']);
    expect(sut.policies.escalation).toEqual({ answerWithinHours: '48', atRiskHours: '8' });
  });

  it('copies, so editing the form never touches the frozen defaults', () => {
    const sut = defaults();
    sut.openingHours[1].push({ from: '18:00', to: '20:00' });
    expect(DEFAULT_SLA_SETTINGS.calendar.openingHours[1]).toHaveLength(1);
  });
});

describe(parseHours.name, () => {
  it.each([
    ['24', 24],
    ['1.5', 1.5],
    ['1,5', 1.5],
    [' 8 ', 8],
  ])('reads %j as %d hours', (text, hours) => {
    expect(parseHours(text)).toBe(hours);
  });

  it.each(['', '  ', 'abc', '1,5,0'])('reads %j as not a number', (text) => {
    expect(parseHours(text)).toBeNaN();
  });
});

describe(validateForm.name, () => {
  it('accepts the defaults', () => {
    expect(validateForm(defaults())).toMatchObject({ valid: true, settings: DEFAULT_SLA_SETTINGS });
  });

  it('accepts a split shift that ends at 24:00 and decimal hours', () => {
    const sut = validateForm(
      edited((form) => {
        form.mode = 'opening-hours';
        form.openingHours[1] = [
          { from: '08:00', to: '12:00' },
          { from: '18:00', to: '24:00' },
        ];
        form.policies.whatsapp = { answerWithinHours: '1,5', atRiskHours: '0.25' };
      }),
    );
    expect(sut.valid).toBe(true);
  });

  it('names the field of an empty number', () => {
    const sut = validateForm(edited((form) => (form.policies.whatsapp.answerWithinHours = '')));
    expect(sut).toEqual({ valid: false, errors: { 'channels.whatsapp.answerWithinHours': { key: 'notANumber' } } });
  });

  it('wants the at-risk warning before the deadline', () => {
    const sut = validateForm(edited((form) => (form.policies.callback.atRiskHours = '24')));
    expect(sut).toEqual({ valid: false, errors: { 'callback.atRiskHours': { key: 'atRiskBeforeDeadline' } } });
  });

  it('names the interval that ends before it starts, and overlapping intervals of a day', () => {
    const sut = validateForm(
      edited((form) => {
        form.openingHours[2] = [{ from: '17:00', to: '08:00' }];
        form.openingHours[3] = [
          { from: '08:00', to: '12:00' },
          { from: '11:00', to: '13:00' },
        ];
      }),
    );
    expect(sut.valid || sut.errors).toEqual({
      'calendar.openingHours.2.0.to': { key: 'endAfterStart' },
      'calendar.openingHours.3': { key: 'overlap', values: { first: '08:00-12:00', second: '11:00-13:00' } },
    });
  });

  it('refuses a date that is both a closing day and an exception day', () => {
    const sut = validateForm(
      edited((form) => {
        form.closedDays = ['2026-05-15'];
        form.exceptionDays = [{ date: '2026-05-15', hours: [] }];
      }),
    );
    expect(sut.valid || sut.errors).toEqual({ 'calendar.exceptionDays.0.date': { key: 'alreadyListed' } });
  });
});

describe(changedParts.name, () => {
  it('finds nothing in an untouched form', () => {
    expect(changedParts(defaults(), defaults())).toEqual([]);
  });

  it('names what changed, in the order of the screen', () => {
    const sut = changedParts(
      defaults(),
      edited((form) => {
        form.policies.email.answerWithinHours = '8';
        form.holidays.liberationDay = false;
        form.mode = 'opening-hours';
      }),
    );
    expect(sut).toEqual(['mode', 'holidays', 'email']);
  });

  it('compares numbers, not their spelling', () => {
    const sut = edited((form) => (form.policies.twitter.answerWithinHours = '24.0'));
    expect(changedParts(defaults(), sut)).toEqual([]);
    expect(isChanged(defaults(), sut)).toBe(false);
  });
});

describe(isChanged.name, () => {
  it('sees a change of the opening hours even while whole working days are in use', () => {
    expect(
      isChanged(
        defaults(),
        edited((form) => (form.openingHours[5] = [])),
      ),
    ).toBe(true);
  });
});

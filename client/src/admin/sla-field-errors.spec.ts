import { describe, expect, it } from '@jest/globals';
import { errorsWithin, fieldErrorsOf, issuesOfDetails } from './sla-field-errors';

describe(fieldErrorsOf.name, () => {
  it.each([
    ['calendar.openingHours.1.0.from', 'expected a time HH:mm from 00:00 to 23:59', { key: 'timeFrom' }],
    ['calendar.openingHours.1.0.to', 'expected a time HH:mm up to 24:00', { key: 'timeTo' }],
    ['calendar.exceptionDays.0.hours.0.to', 'must end after it starts (a shift …)', { key: 'endAfterStart' }],
    ['calendar.closedDays.1', '2026-05-15 is listed twice', { key: 'duplicateDay' }],
    ['calendar.closedDays.0', 'expected a real date YYYY-MM-DD', { key: 'invalidDate' }],
    ['channels.email.answerWithinHours', 'must be more than 0 working hours', { key: 'positive' }],
    ['escalation.atRiskHours', 'cannot be negative', { key: 'notNegative' }],
    ['callback.answerWithinHours', 'must be at most 2000 working hours', { key: 'tooLarge', values: { max: 2000 } }],
    ['callback.atRiskHours', 'Too big: expected number to be <=2000', { key: 'tooLarge', values: { max: 2000 } }],
    ['channels.twitter.answerWithinHours', 'expected whole minutes', { key: 'wholeMinutes' }],
  ])('reads %s: %j', (path, message, expected) => {
    expect(fieldErrorsOf([{ path, message }])).toEqual({ [path]: expected });
  });

  it('keeps an unknown message, so nothing the server says is lost', () => {
    expect(fieldErrorsOf([{ path: 'expectedVersion', message: 'Invalid input' }])).toEqual({
      expectedVersion: { key: 'other', values: { message: 'Invalid input' } },
    });
  });

  it('keeps the first problem of a field', () => {
    const sut = fieldErrorsOf([
      { path: 'calendar.closedDays.0', message: 'expected a real date YYYY-MM-DD' },
      { path: 'calendar.closedDays.0', message: 'x is listed twice' },
    ]);
    expect(sut).toEqual({ 'calendar.closedDays.0': { key: 'invalidDate' } });
  });

  it('leaves out "at risk before the deadline" while the deadline itself is wrong', () => {
    const sut = fieldErrorsOf([
      { path: 'channels.email.answerWithinHours', message: 'must be more than 0 working hours' },
      { path: 'channels.email.atRiskHours', message: 'the at-risk warning must come before the deadline' },
      { path: 'escalation.atRiskHours', message: 'the at-risk warning must come before the deadline' },
    ]);
    expect(Object.keys(sut)).toEqual(['channels.email.answerWithinHours', 'escalation.atRiskHours']);
  });
});

describe(issuesOfDetails.name, () => {
  it('reads the issues of a VALIDATION_FAILED answer and skips anything else', () => {
    const details = [{ path: 'callback.atRiskHours', message: 'cannot be negative' }, { path: 3 }, 'text'];
    expect(issuesOfDetails(details)).toEqual([{ path: 'callback.atRiskHours', message: 'cannot be negative' }]);
    expect(issuesOfDetails(undefined)).toEqual([]);
  });
});

describe(errorsWithin.name, () => {
  it('finds the errors of a day, not of a day whose number starts the same', () => {
    const errors = {
      'calendar.exceptionDays.1.hours.0.to': { key: 'timeTo' },
      'calendar.exceptionDays.10.date': { key: 'invalidDate' },
    };
    expect(errorsWithin(errors, 'calendar.exceptionDays.1').map(([path]) => path)).toEqual([
      'calendar.exceptionDays.1.hours.0.to',
    ]);
  });
});

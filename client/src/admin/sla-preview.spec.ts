import { describe, expect, it } from '@jest/globals';
import { DEFAULT_SLA_SETTINGS, type SlaSettings } from '@ingang/shared';
import { previewRows, sampleDeadline } from './sla-preview';

const at = (iso: string) => new Date(iso);
const deadlineOf = (settings: SlaSettings, waitingSince: string) => {
  const sample = sampleDeadline(settings, 'whatsapp', at(waitingSince));
  return sample.kind === 'deadline' ? sample.deadline.toISOString() : sample.kind;
};

describe(sampleDeadline.name, () => {
  // The three examples of PRODUCT.md ("The SLA clock"), with the default 24 working hours.
  it.each([
    ['Friday 15:00 to Monday 15:00', '2026-07-17T13:00:00Z', '2026-07-20T13:00:00.000Z'],
    ['Thursday 24 Dec 10:00 to Monday 28 Dec 10:00', '2026-12-24T09:00:00Z', '2026-12-28T09:00:00.000Z'],
    ['Friday 23 Oct 15:00 CEST to Monday 26 Oct 15:00 CET', '2026-10-23T13:00:00Z', '2026-10-26T14:00:00.000Z'],
  ])('%s', (_, waitingSince, deadline) => {
    expect(deadlineOf(DEFAULT_SLA_SETTINGS, waitingSince)).toBe(deadline);
  });

  it('gives the at-risk moment four working hours before the deadline', () => {
    const sut = sampleDeadline(DEFAULT_SLA_SETTINGS, 'email', at('2026-07-17T13:00:00Z'));
    expect(sut.kind === 'deadline' && sut.atRisk.toISOString()).toBe('2026-07-20T09:00:00.000Z');
  });

  it('says "never" for a calendar without any working time', () => {
    const closed: SlaSettings = {
      ...DEFAULT_SLA_SETTINGS,
      calendar: {
        ...DEFAULT_SLA_SETTINGS.calendar,
        mode: 'opening-hours',
        openingHours: { 1: [], 2: [], 3: [], 4: [], 5: [], 6: [], 7: [] },
      },
    };
    expect(deadlineOf(closed, '2026-07-17T13:00:00Z')).toBe('never');
  });
});

describe(previewRows.name, () => {
  const halfDayOnChristmasEve: SlaSettings = {
    ...DEFAULT_SLA_SETTINGS,
    calendar: {
      ...DEFAULT_SLA_SETTINGS.calendar,
      exceptionDays: [{ date: '2026-12-24', hours: [{ from: '00:00', to: '12:00' }] }],
    },
  };

  it('marks the deadlines an edit moves', () => {
    const sut = previewRows(DEFAULT_SLA_SETTINGS, halfDayOnChristmasEve, at('2026-12-24T09:00:00Z'));
    expect(sut.map(({ policy }) => policy)).toEqual([
      'whatsapp',
      'messenger',
      'twitter',
      'email',
      'escalation',
      'callback',
    ]);
    const whatsapp = sut[0];
    expect(whatsapp.deadlineChanged).toBe(true);
    // 2 hours on the 24th instead of 14: Monday 28 December 22:00 instead of 10:00.
    expect(whatsapp.edited?.kind === 'deadline' && whatsapp.edited.deadline.toISOString()).toBe(
      '2026-12-28T21:00:00.000Z',
    );
  });

  it('marks nothing when the edit does not reach the sample', () => {
    const sut = previewRows(DEFAULT_SLA_SETTINGS, halfDayOnChristmasEve, at('2026-07-17T13:00:00Z'));
    expect(sut.some((row) => row.deadlineChanged || row.atRiskChanged)).toBe(false);
  });

  it('has no edited deadlines while the edited settings are invalid', () => {
    const sut = previewRows(DEFAULT_SLA_SETTINGS, null, at('2026-07-17T13:00:00Z'));
    expect(sut.every((row) => row.edited === null && !row.deadlineChanged)).toBe(true);
  });
});

import { describe, expect, it } from '@jest/globals';
import type { CallbackDto } from '@ingang/shared';
import type { CallbackFilter } from './callbacks-api';
import { byDeadline, matchesCallbackFilter, placeCallback } from './callback-list';

const BURGERZAKEN = { id: 'd-burgerzaken', name: 'Burgerzaken' };

function callback(id: string, deadlineAt: string, changes: Partial<CallbackDto> = {}): CallbackDto {
  return {
    id,
    conversationId: 'c1',
    contact: { id: 'ct1', displayName: 'Fenna de Groot' },
    phone: '+31612345678',
    preferredMoment: null,
    note: 'Vraag',
    department: null,
    status: 'open',
    outcome: null,
    outcomeNote: null,
    deadlineAt,
    atRiskAt: deadlineAt,
    createdBy: { id: 'u1', name: 'Anna' },
    createdAt: '2026-11-13T15:00:00.000Z',
    completedAt: null,
    completedBy: null,
    firstReachedAt: null,
    attempts: [],
    ...changes,
  };
}

const everyOpen: CallbackFilter = { status: 'open', departmentId: null, mine: false, conversationId: null };
const attempt = { at: '2026-11-16T08:00:00.000Z', by: { id: 'u2', name: 'Carel' }, reached: false, note: '' };

describe(matchesCallbackFilter.name, () => {
  it('takes the status, the KCC or a department, mine and the conversation into account', () => {
    const ofKcc = callback('a', '2026-11-16T15:00:00.000Z');
    const ofDepartment = callback('b', '2026-11-16T15:00:00.000Z', { department: BURGERZAKEN });
    expect(matchesCallbackFilter(ofKcc, everyOpen, null)).toBe(true);
    expect(matchesCallbackFilter(ofKcc, { ...everyOpen, status: 'done' }, null)).toBe(false);
    expect(matchesCallbackFilter(ofKcc, { ...everyOpen, departmentId: 'kcc' }, null)).toBe(true);
    expect(matchesCallbackFilter(ofDepartment, { ...everyOpen, departmentId: 'kcc' }, null)).toBe(false);
    expect(matchesCallbackFilter(ofDepartment, { ...everyOpen, departmentId: BURGERZAKEN.id }, null)).toBe(true);
    expect(matchesCallbackFilter(ofKcc, { ...everyOpen, departmentId: BURGERZAKEN.id }, null)).toBe(false);
    expect(matchesCallbackFilter(ofKcc, { ...everyOpen, mine: true }, 'u1')).toBe(true);
    expect(matchesCallbackFilter(ofKcc, { ...everyOpen, mine: true }, 'u2')).toBe(false);
    expect(matchesCallbackFilter(ofKcc, { ...everyOpen, conversationId: 'c2' }, null)).toBe(false);
  });
});

describe(placeCallback.name, () => {
  const first = callback('a', '2026-11-16T10:00:00.000Z');
  const last = callback('c', '2026-11-18T10:00:00.000Z');

  it('puts a new callback in deadline order', () => {
    const middle = callback('b', '2026-11-17T10:00:00.000Z');
    expect(placeCallback([first, last], middle, everyOpen, null).map((each) => each.id)).toEqual(['a', 'b', 'c']);
  });

  it('replaces a changed callback, and drops a done one from the open list', () => {
    const tried = { ...first, attempts: [attempt] };
    expect(placeCallback([first, last], tried, everyOpen, null)).toEqual([tried, last]);
    const done = { ...tried, status: 'done' as const, outcome: 'reached' as const };
    expect(placeCallback([tried, last], done, everyOpen, null)).toEqual([last]);
  });

  it('never brings back an older state that arrives late', () => {
    const done = { ...first, status: 'done' as const, attempts: [attempt] };
    const list = [done];
    expect(placeCallback(list, first, { ...everyOpen, status: 'done' }, null)).toBe(list);
  });

  it('leaves a list alone when the callback does not belong in it', () => {
    const list = [first];
    const other = callback('x', '2026-11-16T09:00:00.000Z', { department: BURGERZAKEN });
    expect(placeCallback(list, other, { ...everyOpen, departmentId: 'kcc' }, null)).toBe(list);
  });
});

describe(byDeadline.name, () => {
  it('orders by deadline, then by id like the server', () => {
    const same = '2026-11-16T10:00:00.000Z';
    const sorted = [callback('b', same), callback('z', '2026-11-15T10:00:00.000Z'), callback('a', same)].sort(
      byDeadline,
    );
    expect(sorted.map((each) => each.id)).toEqual(['z', 'a', 'b']);
  });
});

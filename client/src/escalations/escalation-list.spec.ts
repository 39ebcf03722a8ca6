import { describe, expect, it } from '@jest/globals';
import type { EscalationDto } from '@ingang/shared';
import type { EscalationFilter } from './escalations-api';
import { applyEscalationsToList, matchesEscalationFilter } from './escalation-list';

function escalation(id: string, overrides: Partial<EscalationDto> = {}): EscalationDto {
  return {
    id,
    conversationId: `conversation-${id}`,
    department: { id: 'belastingen', name: 'Belastingen' },
    status: 'open',
    handoverNote: 'Bezwaar WOZ',
    holdingMessageId: null,
    createdBy: { id: 'anna', name: 'Anna' },
    createdAt: '2026-11-23T10:00:00.000Z',
    deadlineAt: '2026-11-25T10:00:00.000Z',
    atRiskAt: '2026-11-25T02:00:00.000Z',
    breachedAt: null,
    closedAt: null,
    closedBy: null,
    result: null,
    ...overrides,
  };
}

const openOfBelastingen: EscalationFilter = { statuses: ['open'], departmentId: 'belastingen' };
const ids = (list: EscalationDto[]) => list.map((each) => each.id);

describe(matchesEscalationFilter.name, () => {
  it('matches on status and department; no department: every department', () => {
    expect(matchesEscalationFilter(escalation('a'), openOfBelastingen)).toBe(true);
    expect(matchesEscalationFilter(escalation('a', { status: 'answered' }), openOfBelastingen)).toBe(false);
    const burgerzaken = escalation('b', { department: { id: 'burgerzaken', name: 'Burgerzaken' } });
    expect(matchesEscalationFilter(burgerzaken, openOfBelastingen)).toBe(false);
    expect(matchesEscalationFilter(burgerzaken, { statuses: ['open'], departmentId: null })).toBe(true);
  });
});

describe(applyEscalationsToList.name, () => {
  const soon = escalation('soon', { deadlineAt: '2026-11-24T10:00:00.000Z' });
  const later = escalation('later', { deadlineAt: '2026-11-26T10:00:00.000Z' });

  it('puts a new escalation in its place by deadline', () => {
    const sut = applyEscalationsToList([soon, later], [escalation('middle')], openOfBelastingen);
    expect(ids(sut)).toEqual(['soon', 'middle', 'later']);
  });

  it('lets a closed escalation leave the open list', () => {
    const answered = { ...soon, status: 'answered' as const, closedAt: '2026-11-24T09:00:00.000Z' };
    expect(ids(applyEscalationsToList([soon, later], [answered], openOfBelastingen))).toEqual(['later']);
  });

  it('ignores another department’s, and a late open copy of one already closed', () => {
    const list = [later];
    const other = escalation('other', { department: { id: 'burgerzaken', name: 'Burgerzaken' } });
    expect(applyEscalationsToList(list, [other], openOfBelastingen)).toBe(list);
    const closedList = [{ ...later, status: 'returned' as const }];
    const all: EscalationFilter = { statuses: [], departmentId: null };
    expect(applyEscalationsToList(closedList, [later], all)).toBe(closedList);
  });

  it('returns the same list when nothing changed, so nothing re-renders', () => {
    const list = [soon, later];
    expect(applyEscalationsToList(list, [escalation('soon', { deadlineAt: soon.deadlineAt })], openOfBelastingen)).toBe(
      list,
    );
  });
});

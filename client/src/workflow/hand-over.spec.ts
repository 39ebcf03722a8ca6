import { describe, expect, it } from '@jest/globals';
import type { ColleagueDto, ConversationSummaryDto } from '@ingang/shared';
import { handOverCandidates } from './hand-over';

const colleague = (id: string, overrides: Partial<ColleagueDto> = {}): ColleagueDto => ({
  id,
  name: id,
  role: 'agent',
  departmentId: null,
  online: false,
  ...overrides,
});

const held = {
  assignee: { id: 'Anna', name: 'Anna' },
  department: null,
} as Pick<ConversationSummaryDto, 'assignee' | 'department'> as ConversationSummaryDto;

describe(handOverCandidates.name, () => {
  const colleagues = [
    colleague('Anna', { online: true }),
    colleague('Zoë', { online: true }),
    colleague('Bram'),
    colleague('Sanne', { role: 'supervisor' }),
    colleague('Bert', { role: 'backoffice', departmentId: 'belastingen', online: true }),
  ];

  it('offers webcare colleagues other than the holder, online ones first', () => {
    expect(handOverCandidates(colleagues, held).map((c) => c.id)).toEqual(['Zoë', 'Bram', 'Sanne']);
  });

  it('offers only the department’s people while a back office has it', () => {
    const escalated = { ...held, assignee: null, department: { id: 'belastingen', name: 'Belastingen' } };
    expect(handOverCandidates(colleagues, escalated).map((c) => c.id)).toEqual(['Bert']);
  });
});

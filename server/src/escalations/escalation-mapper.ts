import type { EscalationDto } from '@ingang/shared';
import type { PeopleDirectory } from '../conversations/people-directory';
import type { Escalation } from './escalation.entity';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export async function toEscalationDtos(escalations: Escalation[], people: PeopleDirectory): Promise<EscalationDto[]> {
  if (escalations.length === 0) return [];
  const names = await people.userNames(escalations.flatMap((each) => [each.createdBy, each.closedBy]));
  const departments = await people.of(
    escalations.map((each) => ({ assigneeId: null, departmentId: each.departmentId })),
  );
  const person = (id: string) => ({ id, name: names.get(id) ?? '' });
  return escalations.map((each) => ({
    id: each.id,
    conversationId: each.conversationId,
    department: departments({ assigneeId: null, departmentId: each.departmentId }).department!,
    status: each.status,
    handoverNote: each.handoverNote,
    holdingMessageId: each.holdingMessageId,
    createdBy: person(each.createdBy),
    createdAt: each.createdAt.toISOString(),
    deadlineAt: each.deadlineAt.toISOString(),
    atRiskAt: each.atRiskAt.toISOString(),
    breachedAt: iso(each.breachedAt),
    closedAt: iso(each.closedAt),
    closedBy: each.closedBy ? person(each.closedBy) : null,
    result: each.result,
  }));
}

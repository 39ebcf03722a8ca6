import type { EscalationDto } from '@ingang/shared';
import type { EscalationFilter } from './escalations-api';

// Pure functions that keep a cached escalation list right as escalations are created and closed, in the server's
// order: nearest deadline first.

export function matchesEscalationFilter(escalation: EscalationDto, filter: EscalationFilter): boolean {
  const statusMatches = filter.statuses.length === 0 || filter.statuses.includes(escalation.status);
  const departmentMatches = filter.departmentId === null || escalation.department.id === filter.departmentId;
  return statusMatches && departmentMatches;
}

export function compareByDeadline(a: EscalationDto, b: EscalationDto): number {
  return Date.parse(a.deadlineAt) - Date.parse(b.deadlineAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Applies created or changed escalations to one cached list: a closed one leaves an open list, a new one takes its
 * place by deadline. A copy older than the cached one (open, while the cache has it closed) changes nothing. Returns
 * the same array when nothing changed.
 */
export function applyEscalationsToList(
  list: EscalationDto[],
  updates: readonly EscalationDto[],
  filter: EscalationFilter,
): EscalationDto[] {
  let changed = false;
  const byId = new Map(list.map((escalation) => [escalation.id, escalation]));
  for (const update of updates) {
    const cached = byId.get(update.id);
    if (cached && cached.status !== 'open' && update.status === 'open') continue;
    if (matchesEscalationFilter(update, filter)) {
      if (cached && JSON.stringify(cached) === JSON.stringify(update)) continue;
      byId.set(update.id, update);
      changed = true;
    } else if (cached) {
      byId.delete(update.id);
      changed = true;
    }
  }
  return changed ? [...byId.values()].sort(compareByDeadline) : list;
}

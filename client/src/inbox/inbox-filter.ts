import {
  CHANNELS,
  CONVERSATION_STATUSES,
  SLA_STATES,
  type Channel,
  type ConversationStatus,
  type SlaState,
} from '@ingang/shared';
import type { AssigneeFilter, ConversationFilter } from '../api/conversations-api';

// The address keeps the filter (?status=open&channel=whatsapp&sla=at-risk&assignee=me), so it survives a reload and a
// link.
const PARAMS = { statuses: 'status', channels: 'channel', slaStates: 'sla', assignee: 'assignee' } as const;
const ASSIGNEE_FILTERS: readonly AssigneeFilter[] = ['me', 'none'];

function parseList<T extends string>(raw: string | null, allowed: readonly T[]): T[] {
  if (!raw) return [];
  const wanted = raw.split(',');
  // In the canonical order, so ?sla=breached,at-risk and ?sla=at-risk,breached share one cached list.
  return allowed.filter((value) => wanted.includes(value));
}

export function filterFromSearch(params: URLSearchParams): ConversationFilter {
  const filter: ConversationFilter = {
    statuses: parseList<ConversationStatus>(params.get(PARAMS.statuses), CONVERSATION_STATUSES),
    channels: parseList<Channel>(params.get(PARAMS.channels), CHANNELS),
    slaStates: parseList<SlaState>(params.get(PARAMS.slaStates), SLA_STATES),
  };
  const assignee = ASSIGNEE_FILTERS.find((value) => value === params.get(PARAMS.assignee));
  // Left out rather than undefined, so the filter without it shares its cached list with older code's.
  return assignee ? { ...filter, assignee } : filter;
}

/** The address for `filter`, keeping whatever else it holds. */
export function searchWithFilter(current: URLSearchParams, filter: ConversationFilter): URLSearchParams {
  const params = new URLSearchParams(current);
  for (const field of ['statuses', 'channels', 'slaStates'] as const) {
    if (filter[field].length > 0) params.set(PARAMS[field], filter[field].join(','));
    else params.delete(PARAMS[field]);
  }
  if (filter.assignee) params.set(PARAMS.assignee, filter.assignee);
  else params.delete(PARAMS.assignee);
  return params;
}

/** "Mijn gesprekken" on or off. */
export function toggleMine(filter: ConversationFilter): ConversationFilter {
  const { assignee, ...rest } = filter;
  return assignee === 'me' ? rest : { ...rest, assignee: 'me' };
}

/** Switches one SLA state in or out of the filter; the states stay in their canonical order. */
export function toggleSlaState(filter: ConversationFilter, state: SlaState): ConversationFilter {
  const on = filter.slaStates.includes(state);
  return {
    ...filter,
    slaStates: SLA_STATES.filter((each) => (each === state ? !on : filter.slaStates.includes(each))),
  };
}

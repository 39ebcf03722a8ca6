import {
  CHANNELS,
  CONVERSATION_STATUSES,
  SLA_STATES,
  type Channel,
  type ConversationStatus,
  type SlaState,
} from '@ingang/shared';
import type { ConversationFilter } from '../api/conversations-api';

// The address keeps the filter (?status=open&channel=whatsapp&sla=at-risk), so it survives a reload and a link.
const PARAMS = { statuses: 'status', channels: 'channel', slaStates: 'sla' } as const;

function parseList<T extends string>(raw: string | null, allowed: readonly T[]): T[] {
  if (!raw) return [];
  const wanted = raw.split(',');
  // In the canonical order, so ?sla=breached,at-risk and ?sla=at-risk,breached share one cached list.
  return allowed.filter((value) => wanted.includes(value));
}

export function filterFromSearch(params: URLSearchParams): ConversationFilter {
  return {
    statuses: parseList<ConversationStatus>(params.get(PARAMS.statuses), CONVERSATION_STATUSES),
    channels: parseList<Channel>(params.get(PARAMS.channels), CHANNELS),
    slaStates: parseList<SlaState>(params.get(PARAMS.slaStates), SLA_STATES),
  };
}

/** The address for `filter`, keeping whatever else it holds. */
export function searchWithFilter(current: URLSearchParams, filter: ConversationFilter): URLSearchParams {
  const params = new URLSearchParams(current);
  for (const field of ['statuses', 'channels', 'slaStates'] as const) {
    if (filter[field].length > 0) params.set(PARAMS[field], filter[field].join(','));
    else params.delete(PARAMS[field]);
  }
  return params;
}

/** Switches one SLA state in or out of the filter; the states stay in their canonical order. */
export function toggleSlaState(filter: ConversationFilter, state: SlaState): ConversationFilter {
  const on = filter.slaStates.includes(state);
  return {
    ...filter,
    slaStates: SLA_STATES.filter((each) => (each === state ? !on : filter.slaStates.includes(each))),
  };
}

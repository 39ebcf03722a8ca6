import { describe, expect, it } from '@jest/globals';
import { filterFromSearch, searchWithFilter, toggleMine, toggleSlaState } from './inbox-filter';

const noFilter = { statuses: [], channels: [], slaStates: [] };

describe(filterFromSearch.name, () => {
  it('reads status, channel and SLA state from the address', () => {
    expect(filterFromSearch(new URLSearchParams('status=open&channel=whatsapp,email&sla=at-risk'))).toEqual({
      statuses: ['open'],
      channels: ['whatsapp', 'email'],
      slaStates: ['at-risk'],
    });
  });

  it('reads "my conversations" and "nobody’s", and ignores any other assignee', () => {
    expect(filterFromSearch(new URLSearchParams('assignee=me')).assignee).toBe('me');
    expect(filterFromSearch(new URLSearchParams('assignee=none')).assignee).toBe('none');
    expect(filterFromSearch(new URLSearchParams('assignee=everyone'))).toEqual(noFilter);
  });

  it('ignores values it does not know and puts the rest in one order, so equal filters share one list', () => {
    expect(filterFromSearch(new URLSearchParams('sla=breached,late,at-risk')).slaStates).toEqual([
      'at-risk',
      'breached',
    ]);
    expect(filterFromSearch(new URLSearchParams(''))).toEqual(noFilter);
  });
});

describe(searchWithFilter.name, () => {
  it('writes the filter into the address and keeps the rest', () => {
    const sut = searchWithFilter(new URLSearchParams('status=open&view=compact'), {
      ...noFilter,
      slaStates: ['at-risk', 'breached'],
    });
    expect(sut.toString()).toBe('view=compact&sla=at-risk%2Cbreached');
  });

  it('round-trips', () => {
    const filter = { statuses: ['claimed' as const], channels: ['twitter' as const], slaStates: ['breached' as const] };
    expect(filterFromSearch(searchWithFilter(new URLSearchParams(), filter))).toEqual(filter);
    const mine = { ...filter, assignee: 'me' as const };
    expect(filterFromSearch(searchWithFilter(new URLSearchParams(), mine))).toEqual(mine);
  });
});

describe(toggleSlaState.name, () => {
  it('switches a state on and off, keeping the canonical order', () => {
    const breached = toggleSlaState(noFilter, 'breached');
    expect(breached.slaStates).toEqual(['breached']);
    expect(toggleSlaState(breached, 'at-risk').slaStates).toEqual(['at-risk', 'breached']);
    expect(toggleSlaState(toggleSlaState(breached, 'at-risk'), 'breached').slaStates).toEqual(['at-risk']);
  });
});

describe(toggleMine.name, () => {
  it('switches "my conversations" on and off, keeping the rest of the filter', () => {
    const atRisk = { ...noFilter, slaStates: ['at-risk' as const] };
    const mine = toggleMine(atRisk);
    expect(mine).toEqual({ ...atRisk, assignee: 'me' });
    expect(toggleMine(mine)).toEqual(atRisk);
  });
});

import { describe, expect, it } from '@jest/globals';
import { conversationSlaState } from './conversation-sla-state';

// A deadline of Monday 26 Oct 2026 15:00 CET that turns at risk at 11:00, whatever policy made it so.
const moments = { deadlineAt: '2026-10-26T14:00:00.000Z', atRiskAt: '2026-10-26T10:00:00.000Z' };

describe(conversationSlaState.name, () => {
  it('is on track before the at-risk moment', () => {
    expect(conversationSlaState(moments, new Date('2026-10-26T09:59:59.999Z'))).toBe('on-track');
  });

  it('is at risk from the at-risk moment on', () => {
    expect(conversationSlaState(moments, new Date('2026-10-26T10:00:00.000Z'))).toBe('at-risk');
    expect(conversationSlaState(moments, new Date('2026-10-26T13:59:59.999Z'))).toBe('at-risk');
  });

  it('is breached from the deadline on', () => {
    expect(conversationSlaState(moments, new Date('2026-10-26T14:00:00.000Z'))).toBe('breached');
    expect(conversationSlaState(moments, new Date('2026-11-01T00:00:00.000Z'))).toBe('breached');
  });

  it('has no state once answered', () => {
    expect(conversationSlaState({ deadlineAt: null, atRiskAt: null }, new Date('2026-10-26T14:00:00.000Z'))).toBe(
      'none',
    );
  });

  it('goes from on track straight to breached when the server sent no at-risk moment', () => {
    const withoutWarning = { deadlineAt: moments.deadlineAt, atRiskAt: null };
    expect(conversationSlaState(withoutWarning, new Date('2026-10-26T13:59:00.000Z'))).toBe('on-track');
    expect(conversationSlaState(withoutWarning, new Date('2026-10-26T14:00:00.000Z'))).toBe('breached');
  });
});

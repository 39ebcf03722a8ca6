import { conversationStatus, type ConversationState } from './conversation-status';

const base: ConversationState = {
  resolvedAt: null,
  departmentId: null,
  waitingSince: '2026-11-23T09:00:00Z',
  assigneeId: null,
};

describe('conversationStatus', () => {
  it.each<[string, Partial<ConversationState>, string]>([
    ['a question nobody holds', {}, 'open'],
    ['a question someone holds', { assigneeId: 'u1' }, 'claimed'],
    ['an answered conversation, held or not', { waitingSince: null, assigneeId: 'u1' }, 'waiting'],
    ['one a back office has, even with a new question', { departmentId: 'd1', assigneeId: 'u1' }, 'escalated'],
    ['a resolved one, whatever else', { resolvedAt: '2026-11-23T10:00:00Z', departmentId: 'd1' }, 'resolved'],
  ])('%s', (_what, state, expected) => {
    expect(conversationStatus({ ...base, ...state })).toBe(expected);
  });
});

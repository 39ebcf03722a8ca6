import { describe, expect, it } from '@jest/globals';
import type { ConversationSummaryDto } from '@ingang/shared';
import { conversationActions, type Actor } from './conversation-actions';

const anna: Actor = { id: 'anna', role: 'agent', departmentId: null };
const sanne: Actor = { id: 'sanne', role: 'supervisor', departmentId: null };
const bert: Actor = { id: 'bert', role: 'backoffice', departmentId: 'belastingen' };
const bram = { id: 'bram', name: 'Bram' };
const belastingen = { id: 'belastingen', name: 'Belastingen' };

function conversation(overrides: Partial<ConversationSummaryDto> = {}): ConversationSummaryDto {
  return {
    id: 'c',
    channel: 'whatsapp',
    channelAccountId: 'PNID',
    status: 'open',
    visibility: 'private',
    subject: null,
    contact: { id: 'citizen', displayName: 'Fatima', handle: '31612345678' },
    lastMessagePreview: 'Hallo',
    lastMessageAt: '2026-11-23T10:00:00.000Z',
    lastInboundAt: '2026-11-23T10:00:00.000Z',
    waitingSince: '2026-11-23T10:00:00.000Z',
    deadlineAt: '2026-11-24T10:00:00.000Z',
    atRiskAt: '2026-11-24T06:00:00.000Z',
    breachedAt: null,
    unansweredCount: 1,
    assignee: null,
    claimedAt: null,
    department: null,
    resolvedAt: null,
    csat: null,
    createdAt: '2026-11-23T10:00:00.000Z',
    updatedAt: '2026-11-23T10:00:00.000Z',
    ...overrides,
  };
}

const allowed = (actions: ReturnType<typeof conversationActions>) =>
  Object.entries(actions)
    .filter(([name, value]) => name !== 'replyBlock' && value === true)
    .map(([name]) => name)
    .sort();

describe(conversationActions.name, () => {
  it('lets an agent claim, hand over, escalate and resolve a conversation nobody holds, and answer it', () => {
    const sut = conversationActions(conversation(), anna);
    expect(allowed(sut)).toEqual(['claim', 'escalate', 'handOver', 'resolve']);
    expect(sut.replyBlock).toBeNull();
  });

  it('lets the holder release, hand over, escalate and resolve', () => {
    const sut = conversationActions(conversation({ status: 'claimed', assignee: { id: 'anna', name: 'Anna' } }), anna);
    expect(allowed(sut)).toEqual(['escalate', 'handOver', 'release', 'resolve']);
    expect(sut.replyBlock).toBeNull();
  });

  it('leaves a colleague’s conversation to them: only a note, and the reason names the holder', () => {
    const sut = conversationActions(conversation({ status: 'claimed', assignee: bram }), anna);
    expect(allowed(sut)).toEqual([]);
    expect(sut.replyBlock).toEqual({ reason: 'held', holder: bram });
  });

  it('lets a supervisor take over, reassign, release and resolve what a colleague holds, but not escalate it', () => {
    const sut = conversationActions(conversation({ status: 'claimed', assignee: bram }), sanne);
    expect(allowed(sut)).toEqual(['handOver', 'release', 'resolve', 'takeOver']);
    expect(sut.replyBlock).toEqual({ reason: 'held', holder: bram });
  });

  it('keeps webcare from answering while a back office has it', () => {
    const escalated = conversation({ status: 'escalated', department: belastingen, deadlineAt: null });
    const sut = conversationActions(escalated, anna);
    expect(allowed(sut)).toEqual([]);
    expect(sut.replyBlock).toEqual({ reason: 'escalated', department: belastingen });
  });

  it('lets the department’s own people claim and answer it', () => {
    const escalated = conversation({ status: 'escalated', department: belastingen });
    const sut = conversationActions(escalated, bert);
    expect(allowed(sut)).toEqual(['claim', 'handOver']);
    expect(sut.replyBlock).toBeNull();
  });

  it('offers only reopening on a resolved conversation', () => {
    const resolved = conversation({ status: 'resolved', resolvedAt: '2026-11-23T12:00:00.000Z' });
    expect(allowed(conversationActions(resolved, anna))).toEqual(['reopen']);
    expect(conversationActions(resolved, anna).replyBlock).toEqual({ reason: 'resolved' });
    expect(allowed(conversationActions(resolved, bert))).toEqual([]);
  });
});

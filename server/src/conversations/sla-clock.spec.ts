import { DEFAULT_SLA_SETTINGS, validateSlaSettings } from '@ingang/shared';
import { Conversation } from './conversation.entity';
import { answerRecord, NOT_AN_ANSWER, updateQueueState } from './sla-clock';

function waitingConversation(waitingSince: string | null, channel: Conversation['channel'] = 'whatsapp'): Conversation {
  return Object.assign(new Conversation(), {
    channel,
    waitingSince: waitingSince ? new Date(waitingSince) : null,
    deadlineAt: null,
    atRiskAt: null,
    breachedAt: null,
    lastMessageAt: new Date('2026-10-23T13:00:00Z'),
  });
}

describe('updateQueueState', () => {
  it('sets the deadline, the at-risk moment and the queue position from the oldest question (PRODUCT.md)', () => {
    const conversation = waitingConversation('2026-10-23T13:00:00Z');
    expect(updateQueueState(conversation, DEFAULT_SLA_SETTINGS)).toBe(true);
    expect(conversation.deadlineAt).toEqual(new Date('2026-10-26T14:00:00Z'));
    expect(conversation.atRiskAt).toEqual(new Date('2026-10-26T10:00:00Z'));
    expect(conversation.sortKey).toBe(Date.parse('2026-10-26T14:00:00Z'));
    expect(updateQueueState(conversation, DEFAULT_SLA_SETTINGS)).toBe(false);
  });

  it("uses the conversation's own channel policy", () => {
    const settings = validateSlaSettings({ channels: { twitter: { answerWithinHours: 2, atRiskHours: 1 } } });
    const tweet = waitingConversation('2026-11-23T09:00:00Z', 'twitter');
    const mail = waitingConversation('2026-11-23T09:00:00Z', 'email');
    updateQueueState(tweet, settings);
    updateQueueState(mail, settings);
    expect(tweet.deadlineAt).toEqual(new Date('2026-11-23T11:00:00Z'));
    expect(tweet.atRiskAt).toEqual(new Date('2026-11-23T10:00:00Z'));
    expect(mail.deadlineAt).toEqual(new Date('2026-11-24T09:00:00Z'));
  });

  it('keeps a breach while the deadline holds and forgets it when a new wait begins', () => {
    const conversation = waitingConversation('2026-10-23T13:00:00Z');
    updateQueueState(conversation, DEFAULT_SLA_SETTINGS);
    conversation.breachedAt = conversation.deadlineAt;
    updateQueueState(conversation, DEFAULT_SLA_SETTINGS);
    expect(conversation.breachedAt).toEqual(new Date('2026-10-26T14:00:00Z'));
    conversation.waitingSince = null;
    expect(updateQueueState(conversation, DEFAULT_SLA_SETTINGS)).toBe(true);
    expect(conversation).toMatchObject({ deadlineAt: null, atRiskAt: null, breachedAt: null });
  });
});

describe('answerRecord', () => {
  const asked = () => {
    const conversation = waitingConversation('2026-12-24T09:00:00Z');
    updateQueueState(conversation, DEFAULT_SLA_SETTINGS);
    return conversation;
  };

  it('counts the working hours of the wait and whether the deadline held', () => {
    // Thursday 24 December 10:00 → Monday 28 December 10:00 is 24 working hours (Christmas and the weekend skipped).
    expect(answerRecord(asked(), new Date('2026-12-28T09:00:00Z'), DEFAULT_SLA_SETTINGS)).toEqual({
      answerWaitingSince: new Date('2026-12-24T09:00:00Z'),
      answerDeadlineAt: new Date('2026-12-28T09:00:00Z'),
      answerWorkingMs: 24 * 3_600_000,
      answerWithinSla: true,
    });
    expect(answerRecord(asked(), new Date('2026-12-28T09:00:01Z'), DEFAULT_SLA_SETTINGS).answerWithinSla).toBe(false);
  });

  it('is no answer when nobody waits, or when it was sent before the question', () => {
    expect(answerRecord(waitingConversation(null), new Date(), DEFAULT_SLA_SETTINGS)).toBe(NOT_AN_ANSWER);
    expect(answerRecord(asked(), new Date('2026-12-24T08:59:59Z'), DEFAULT_SLA_SETTINGS)).toBe(NOT_AN_ANSWER);
  });
});

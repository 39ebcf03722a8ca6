import { ChannelSendError, type OutboundRequest } from '../channel.adapter';
import { messengerCall } from './messenger-outbound';

const now = new Date('2026-11-20T14:00:00Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString();

function request(overrides: Partial<OutboundRequest> = {}): OutboundRequest {
  return {
    accountId: '104857600012345',
    to: '7012345678901234',
    content: { kind: 'text', text: 'Dank u wel, we kijken ernaar.' },
    replyToProviderId: 'm_question',
    idempotencyKey: '0b7c6f2e-1111-4222-8333-444455556666',
    visibility: 'private',
    threadKey: null,
    subject: null,
    references: [],
    quote: null,
    lastInboundAt: hoursAgo(2),
    ...overrides,
  };
}

describe(messengerCall.name, () => {
  it('answers within 24 hours as a RESPONSE through the Send API, marked as sent by Ingang', () => {
    expect(messengerCall(request(), now)).toEqual({
      path: '/104857600012345/messages',
      body: {
        recipient: { id: '7012345678901234' },
        messaging_type: 'RESPONSE',
        message: { text: 'Dank u wel, we kijken ernaar.', metadata: 'ingang:0b7c6f2e-1111-4222-8333-444455556666' },
      },
      answerId: 'message_id',
    });
  });

  it('tags an answer between 24 hours and 7 days as HUMAN_AGENT', () => {
    expect(messengerCall(request({ lastInboundAt: hoursAgo(30) }), now).body).toMatchObject({
      messaging_type: 'MESSAGE_TAG',
      tag: 'HUMAN_AGENT',
    });
    expect(messengerCall(request({ lastInboundAt: hoursAgo(23.9) }), now).body).toMatchObject({
      messaging_type: 'RESPONSE',
    });
  });

  it('refuses to send after 7 days, as Meta would', () => {
    expect(() => messengerCall(request({ lastInboundAt: hoursAgo(7 * 24) }), now)).toThrow(
      expect.objectContaining({ retryable: false, failureCode: 'WINDOW_CLOSED' }),
    );
  });

  it('answers a comment in public under the latest comment', () => {
    const sut = messengerCall(
      request({ visibility: 'public', threadKey: '104857600012345_900001', replyToProviderId: '900001_555001' }),
      now,
    );
    expect(sut).toEqual({
      path: '/900001_555001/comments',
      body: { message: 'Dank u wel, we kijken ernaar.' },
      answerId: 'id',
    });
  });

  it('answers a comment privately with a private reply to that comment', () => {
    const sut = messengerCall(
      request({ threadKey: '104857600012345_900001', replyToProviderId: '900001_555001', lastInboundAt: hoursAgo(30) }),
      now,
    );
    expect(sut).toEqual({
      path: '/104857600012345/messages',
      body: {
        recipient: { comment_id: '900001_555001' },
        messaging_type: 'RESPONSE',
        message: { text: 'Dank u wel, we kijken ernaar.', metadata: 'ingang:0b7c6f2e-1111-4222-8333-444455556666' },
      },
      answerId: 'message_id',
    });
  });

  it('refuses templates and texts Messenger would refuse, without retrying', () => {
    const template = request({ content: { kind: 'template', name: 'x', language: 'nl', parameters: [] } });
    expect(() => messengerCall(template, now)).toThrow(ChannelSendError);
    expect(() => messengerCall(request({ content: { kind: 'text', text: 'x'.repeat(2001) } }), now)).toThrow(
      expect.objectContaining({ retryable: false }),
    );
    expect(messengerCall(request({ content: { kind: 'text', text: '🙂'.repeat(2000) } }), now).path).toBe(
      '/104857600012345/messages',
    );
  });
});

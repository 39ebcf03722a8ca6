import { describe, expect, it } from '@jest/globals';
import type { ConversationSummaryDto } from '@ingang/shared';
import { otherRoutes } from './other-routes';

function conversation(id: string, channel: ConversationSummaryDto['channel'], handle: string): ConversationSummaryDto {
  return {
    id,
    channel,
    channelAccountId: 'account',
    status: 'resolved',
    visibility: 'private',
    subject: null,
    contact: { id: 'contact', displayName: 'Fatima', handle },
    lastMessagePreview: '…',
    lastMessageAt: '2026-11-01T10:00:00.000Z',
    lastInboundAt: '2026-11-01T10:00:00.000Z',
    waitingSince: null,
    deadlineAt: null,
    atRiskAt: null,
    breachedAt: null,
    unansweredCount: 0,
    assignee: null,
    claimedAt: null,
    department: null,
    resolvedAt: '2026-11-01T11:00:00.000Z',
    csat: null,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
  };
}

describe(otherRoutes.name, () => {
  const current = conversation('now', 'messenger', 'psid-1');

  it('offers the newest conversation per other channel, never one on the closed channel', () => {
    const sut = otherRoutes({
      conversation: current,
      identities: [],
      history: [
        conversation('mail-new', 'email', 'f@example.nl'),
        conversation('messenger-old', 'messenger', 'psid-1'),
        conversation('mail-old', 'email', 'f@example.nl'),
        conversation('wa', 'whatsapp', '31612345678'),
      ],
    });
    expect(sut.conversations.map((each) => each.id)).toEqual(['mail-new', 'wa']);
  });

  it('lists addresses on other channels that have no conversation yet', () => {
    const sut = otherRoutes({
      conversation: current,
      identities: [
        { channel: 'messenger', externalId: 'psid-1', displayName: null },
        { channel: 'email', externalId: 'f@example.nl', displayName: null },
        { channel: 'whatsapp', externalId: '31612345678', displayName: null },
      ],
      history: [conversation('mail', 'email', 'f@example.nl')],
    });
    expect(sut.addresses).toEqual([{ channel: 'whatsapp', externalId: '31612345678', displayName: null }]);
  });
});

import { describe, expect, it } from '@jest/globals';
import type { ConversationDetailDto, ConversationSummaryDto, MessageDto } from '@ingang/shared';
import {
  applyConversationsToList,
  applyConversationToDetail,
  detailNeedsRefetch,
  firstPageOnly,
  matchesFilter,
  upsertMessages,
  type ConversationListData,
} from './conversation-cache';

const noFilter = { statuses: [], channels: [] };

// The deadline moves with the oldest unanswered question, so fixtures keep it equal to waitingSince.
function conversation(id: string, overrides: Partial<ConversationSummaryDto> = {}): ConversationSummaryDto {
  const waitingSince = overrides.waitingSince === undefined ? '2026-11-23T10:00:00.000Z' : overrides.waitingSince;
  return {
    deadlineAt: waitingSince,
    breachedAt: null,
    id,
    channel: 'whatsapp',
    channelAccountId: 'PNID',
    status: 'open',
    visibility: 'private',
    subject: null,
    contact: { id: `contact-${id}`, displayName: id, handle: '31600000000' },
    lastMessagePreview: 'Hallo',
    lastMessageAt: '2026-11-23T10:00:00.000Z',
    lastInboundAt: '2026-11-23T10:00:00.000Z',
    waitingSince: '2026-11-23T10:00:00.000Z',
    unansweredCount: 1,
    createdAt: '2026-11-23T10:00:00.000Z',
    updatedAt: '2026-11-23T10:00:00.000Z',
    ...overrides,
  };
}

function list(pages: ConversationSummaryDto[][], lastCursor: string | null = null): ConversationListData {
  return {
    pages: pages.map((items, index) => ({ items, nextCursor: index === pages.length - 1 ? lastCursor : `c${index}` })),
    pageParams: pages.map((_, index) => (index === 0 ? null : `c${index - 1}`)),
  };
}

const ids = (data: ConversationListData) => data.pages.flatMap((page) => page.items.map((item) => item.id));

describe(applyConversationsToList.name, () => {
  const a = conversation('a', { waitingSince: '2026-11-23T08:00:00.000Z' });
  const b = conversation('b', { waitingSince: '2026-11-23T09:00:00.000Z' });
  const answered = conversation('answered', { waitingSince: null, lastMessageAt: '2026-11-23T11:00:00.000Z' });

  it('inserts a new conversation where the server would put it', () => {
    const middle = conversation('middle', { waitingSince: '2026-11-23T08:30:00.000Z' });
    const sut = applyConversationsToList(list([[a, b, answered]]), [middle], noFilter);
    expect(ids(sut)).toEqual(['a', 'middle', 'b', 'answered']);
  });

  it('moves an answered conversation behind every waiting one', () => {
    const aAnswered = {
      ...a,
      waitingSince: null,
      deadlineAt: null,
      lastMessageAt: '2026-11-23T12:00:00.000Z',
      updatedAt: '2026-11-23T12:00:00.000Z',
    };
    const sut = applyConversationsToList(list([[a, b, answered]]), [aAnswered], noFilter);
    expect(ids(sut)).toEqual(['b', 'a', 'answered']);
  });

  it('drops a conversation that no longer matches the filter', () => {
    const resolved = { ...b, status: 'resolved' as const, updatedAt: '2026-11-23T12:00:00.000Z' };
    const sut = applyConversationsToList(list([[a, b]]), [resolved], noFilter);
    expect(ids(sut)).toEqual(['a']);
  });

  it('leaves a conversation that sorts beyond the loaded pages for the next page', () => {
    const late = conversation('late', { waitingSince: null, lastMessageAt: '2026-01-01T00:00:00.000Z' });
    const sut = applyConversationsToList(list([[a, b, answered]], 'more'), [late], noFilter);
    expect(ids(sut)).toEqual(['a', 'b', 'answered']);
  });

  it('appends it when every page is loaded', () => {
    const late = conversation('late', { waitingSince: null, lastMessageAt: '2026-01-01T00:00:00.000Z' });
    const sut = applyConversationsToList(list([[a, b, answered]]), [late], noFilter);
    expect(ids(sut)).toEqual(['a', 'b', 'answered', 'late']);
  });

  it('ignores an update older than the cached conversation', () => {
    const cached = { ...a, updatedAt: '2026-11-23T12:00:00.000Z' };
    const stale = { ...a, status: 'resolved' as const, updatedAt: '2026-11-23T11:00:00.000Z' };
    const data = list([[cached, b]]);
    expect(applyConversationsToList(data, [stale], noFilter)).toBe(data);
  });

  it('returns the same object when nothing changed, so nothing re-renders', () => {
    const data = list([[a, b]]);
    const email = conversation('email', { channel: 'email' });
    expect(applyConversationsToList(data, [email], { statuses: [], channels: ['whatsapp'] })).toBe(data);
  });

  it('keeps the page count and cursors', () => {
    const c = conversation('c', { waitingSince: '2026-11-23T09:30:00.000Z' });
    const first = conversation('first', { waitingSince: '2026-11-23T07:00:00.000Z' });
    const sut = applyConversationsToList(list([[a, b], [c]], 'more'), [first], noFilter);
    expect(sut.pages.map((page) => page.nextCursor)).toEqual(['c0', 'more']);
    expect(sut.pages.map((page) => page.items.length)).toEqual([2, 2]);
    expect(ids(sut)).toEqual(['first', 'a', 'b', 'c']);
  });
});

describe(matchesFilter.name, () => {
  it('hides resolved conversations when no status is chosen', () => {
    expect(matchesFilter(conversation('x', { status: 'resolved' }), noFilter)).toBe(false);
    expect(matchesFilter(conversation('x', { status: 'claimed' }), noFilter)).toBe(true);
  });

  it('shows resolved conversations when asked for', () => {
    expect(matchesFilter(conversation('x', { status: 'resolved' }), { statuses: ['resolved'], channels: [] })).toBe(
      true,
    );
  });
});

describe(firstPageOnly.name, () => {
  it('keeps only the first page and its parameter', () => {
    const sut = firstPageOnly(list([[conversation('a')], [conversation('b')]], 'more'));
    expect(sut.pages).toHaveLength(1);
    expect(sut.pageParams).toEqual([null]);
  });
});

function message(id: string, sentAt: string, overrides: Partial<MessageDto> = {}): MessageDto {
  return {
    id,
    conversationId: 'conv',
    direction: 'outbound',
    content: { kind: 'text', text: id },
    preview: id,
    sentAt,
    author: null,
    delivery: { status: 'pending', updatedAt: sentAt, failureCode: null, failureDetail: null },
    attachments: [],
    replyToMessageId: null,
    visibility: 'private',
    editedAt: null,
    removedAt: null,
    automated: null,
    ...overrides,
  };
}

describe(upsertMessages.name, () => {
  const detail = (messages: MessageDto[]): ConversationDetailDto => ({
    conversation: conversation('conv'),
    identities: [],
    history: [],
    repeatContact: false,
    messages,
  });

  it('keeps the thread ordered by sentAt when a late message arrives', () => {
    const sut = upsertMessages(detail([message('1', '2026-11-23T10:00:00Z'), message('3', '2026-11-23T10:02:00Z')]), [
      message('2', '2026-11-23T10:01:00Z'),
    ]);
    expect(sut.messages.map((m) => m.id)).toEqual(['1', '2', '3']);
  });

  it('never moves a delivery status backwards (the 202 answer may arrive after the socket update)', () => {
    const delivered = message('1', '2026-11-23T10:00:00Z', {
      delivery: { status: 'delivered', updatedAt: '2026-11-23T10:00:05Z', failureCode: null, failureDetail: null },
    });
    const sut = upsertMessages(detail([delivered]), [message('1', '2026-11-23T10:00:00Z')]);
    expect(sut.messages[0].delivery?.status).toBe('delivered');
  });

  it('replaces a pending attachment with the stored one', () => {
    const attachment = {
      id: 'att',
      mediaType: 'image',
      mimeType: 'image/jpeg',
      fileName: null,
      size: null,
      url: '/x',
    } as const;
    const pending = message('1', '2026-11-23T10:00:00Z', { attachments: [{ ...attachment, status: 'pending' }] });
    const stored = message('1', '2026-11-23T10:00:00Z', { attachments: [{ ...attachment, status: 'stored' }] });
    expect(upsertMessages(detail([pending]), [stored]).messages[0].attachments[0].status).toBe('stored');
    expect(upsertMessages(detail([stored]), [pending]).messages[0].attachments[0].status).toBe('stored');
  });

  it('ignores messages of another conversation', () => {
    const data = detail([]);
    expect(upsertMessages(data, [message('1', '2026-11-23T10:00:00Z', { conversationId: 'other' })])).toBe(data);
  });
});

describe(applyConversationToDetail.name, () => {
  const mail = conversation('mail', {
    channel: 'email',
    contact: { id: 'citizen', displayName: 'Fatima', handle: 'f@example.nl' },
    lastMessageAt: '2026-11-20T10:00:00.000Z',
  });
  const older = conversation('older', {
    contact: { id: 'citizen', displayName: 'Fatima', handle: '31612345678' },
    lastMessageAt: '2026-11-10T10:00:00.000Z',
  });
  const detail: ConversationDetailDto = {
    conversation: conversation('open', { contact: { id: 'citizen', displayName: 'Fatima', handle: '31612345678' } }),
    identities: [],
    history: [mail, older],
    repeatContact: true,
    messages: [],
  };

  it('updates the open conversation', () => {
    const renamed = { ...detail.conversation, status: 'claimed' as const, updatedAt: '2026-11-23T11:00:00.000Z' };
    expect(applyConversationToDetail(detail, renamed).conversation.status).toBe('claimed');
  });

  it('updates a conversation in the history and keeps it newest first', () => {
    const active = { ...older, lastMessageAt: '2026-11-22T10:00:00.000Z', updatedAt: '2026-11-23T12:00:00.000Z' };
    const sut = applyConversationToDetail(detail, active);
    expect(sut.history.map((each) => each.id)).toEqual(['older', 'mail']);
  });

  it('leaves the detail alone for a conversation of someone else', () => {
    expect(applyConversationToDetail(detail, conversation('stranger'))).toBe(detail);
  });
});

describe(detailNeedsRefetch.name, () => {
  const citizen = { id: 'citizen', displayName: 'Fatima', handle: '31612345678' };
  const known = conversation('known', { contact: citizen });
  const detail: ConversationDetailDto = {
    conversation: conversation('open', { contact: citizen }),
    identities: [],
    history: [known],
    repeatContact: false,
    messages: [],
  };

  it('refetches when the open conversation moved to another contact (merged away)', () => {
    const moved = { ...detail.conversation, contact: { ...citizen, id: 'other' } };
    expect(detailNeedsRefetch(detail, moved)).toBe(true);
  });

  it('refetches when the citizen has a conversation the history does not know (new, or merged in)', () => {
    expect(detailNeedsRefetch(detail, conversation('new', { contact: citizen }))).toBe(true);
  });

  it('refetches when a conversation of the history now belongs to someone else', () => {
    const away = { ...known, contact: { ...citizen, id: 'other' }, updatedAt: '2026-11-23T11:00:00.000Z' };
    expect(detailNeedsRefetch(detail, away)).toBe(true);
  });

  it('does not refetch for an ordinary update', () => {
    expect(detailNeedsRefetch(detail, { ...known, status: 'claimed' })).toBe(false);
    expect(detailNeedsRefetch(detail, { ...detail.conversation, status: 'claimed' })).toBe(false);
    expect(detailNeedsRefetch(detail, conversation('stranger'))).toBe(false);
  });
});

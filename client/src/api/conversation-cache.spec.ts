import { describe, expect, it } from '@jest/globals';
import type {
  ConversationDetailDto,
  ConversationSummaryDto,
  EscalationDto,
  MessageDto,
  SlaChangeDto,
} from '@ingang/shared';
import type { ConversationFilter } from './conversations-api';
import {
  applyConversationsToList,
  applyConversationToDetail,
  detailNeedsRefetch,
  firstPageOnly,
  knownConversations,
  matchesFilter,
  refreshSlaFilteredList,
  unplacedSlaChanges,
  upsertEscalation,
  upsertMessages,
  type ConversationListData,
} from './conversation-cache';

const noFilter: ConversationFilter = { statuses: [], channels: [], slaStates: [] };
const atRiskOnly: ConversationFilter = { ...noFilter, slaStates: ['at-risk'] };
// Before any of the fixtures' deadlines turns at risk.
const early = new Date('2026-11-23T06:00:00.000Z');

// The deadline moves with the oldest unanswered question, so fixtures keep it equal to waitingSince, and let it turn
// at risk an hour before.
function conversation(id: string, overrides: Partial<ConversationSummaryDto> = {}): ConversationSummaryDto {
  const waitingSince = overrides.waitingSince === undefined ? '2026-11-23T10:00:00.000Z' : overrides.waitingSince;
  return {
    deadlineAt: waitingSince,
    atRiskAt: waitingSince && new Date(Date.parse(waitingSince) - 3_600_000).toISOString(),
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
    const sut = applyConversationsToList(list([[a, b, answered]]), [middle], noFilter, early);
    expect(ids(sut)).toEqual(['a', 'middle', 'b', 'answered']);
  });

  it('moves an answered conversation behind every waiting one', () => {
    const aAnswered = {
      ...a,
      waitingSince: null,
      deadlineAt: null,
      atRiskAt: null,
      lastMessageAt: '2026-11-23T12:00:00.000Z',
      updatedAt: '2026-11-23T12:00:00.000Z',
    };
    const sut = applyConversationsToList(list([[a, b, answered]]), [aAnswered], noFilter, early);
    expect(ids(sut)).toEqual(['b', 'a', 'answered']);
  });

  it('lets a conversation leave my list when a colleague takes it over, and join when it is handed to me', () => {
    const mine = conversation('mine', { status: 'claimed', assignee: { id: 'me', name: 'Anna' } });
    const minesOnly: ConversationFilter = { ...noFilter, assignee: 'me' };
    const takenOver = { ...mine, assignee: { id: 'sanne', name: 'Sanne' }, updatedAt: '2026-11-23T11:00:00.000Z' };
    expect(ids(applyConversationsToList(list([[mine]]), [takenOver], minesOnly, early, 'me'))).toEqual([]);
    const handed = conversation('handed', { status: 'claimed', assignee: { id: 'me', name: 'Anna' } });
    expect(ids(applyConversationsToList(list([[mine]]), [handed], minesOnly, early, 'me')).sort()).toEqual([
      'handed',
      'mine',
    ]);
  });

  it('drops a conversation that no longer matches the filter', () => {
    const resolved = { ...b, status: 'resolved' as const, updatedAt: '2026-11-23T12:00:00.000Z' };
    const sut = applyConversationsToList(list([[a, b]]), [resolved], noFilter, early);
    expect(ids(sut)).toEqual(['a']);
  });

  it('leaves a conversation that sorts beyond the loaded pages for the next page', () => {
    const late = conversation('late', { waitingSince: null, lastMessageAt: '2026-01-01T00:00:00.000Z' });
    const sut = applyConversationsToList(list([[a, b, answered]], 'more'), [late], noFilter, early);
    expect(ids(sut)).toEqual(['a', 'b', 'answered']);
  });

  it('appends it when every page is loaded', () => {
    const late = conversation('late', { waitingSince: null, lastMessageAt: '2026-01-01T00:00:00.000Z' });
    const sut = applyConversationsToList(list([[a, b, answered]]), [late], noFilter, early);
    expect(ids(sut)).toEqual(['a', 'b', 'answered', 'late']);
  });

  it('ignores an update older than the cached conversation', () => {
    const cached = { ...a, updatedAt: '2026-11-23T12:00:00.000Z' };
    const stale = { ...a, status: 'resolved' as const, updatedAt: '2026-11-23T11:00:00.000Z' };
    const data = list([[cached, b]]);
    expect(applyConversationsToList(data, [stale], noFilter, early)).toBe(data);
  });

  it('returns the same object when nothing changed, so nothing re-renders', () => {
    const data = list([[a, b]]);
    const email = conversation('email', { channel: 'email' });
    expect(applyConversationsToList(data, [email], { ...noFilter, channels: ['whatsapp'] }, early)).toBe(data);
  });

  it('keeps the page count and cursors', () => {
    const c = conversation('c', { waitingSince: '2026-11-23T09:30:00.000Z' });
    const first = conversation('first', { waitingSince: '2026-11-23T07:00:00.000Z' });
    const sut = applyConversationsToList(list([[a, b], [c]], 'more'), [first], noFilter, early);
    expect(sut.pages.map((page) => page.nextCursor)).toEqual(['c0', 'more']);
    expect(sut.pages.map((page) => page.items.length)).toEqual([2, 2]);
    expect(ids(sut)).toEqual(['first', 'a', 'b', 'c']);
  });

  describe('in a list filtered by SLA state', () => {
    // a turns at risk at 07:00 and is breached at 08:00; b at 08:00 and 09:00.
    const at = (time: string) => new Date(`2026-11-23T${time}:00.000Z`);

    it('takes in an updated conversation that is at risk now', () => {
      const bUpdated = { ...b, unansweredCount: 2, updatedAt: '2026-11-23T12:00:00.000Z' };
      const sut = applyConversationsToList(
        list([[a]]),
        [bUpdated],
        { ...noFilter, slaStates: ['at-risk', 'breached'] },
        at('08:10'),
      );
      expect(ids(sut)).toEqual(['a', 'b']);
    });

    it('lets an answered conversation leave', () => {
      const bAnswered = {
        ...b,
        waitingSince: null,
        deadlineAt: null,
        atRiskAt: null,
        updatedAt: '2026-11-23T12:00:00.000Z',
      };
      const sut = applyConversationsToList(list([[b]]), [bAnswered], atRiskOnly, at('08:10'));
      expect(ids(sut)).toEqual([]);
    });

    it('keeps a row the server listed as at risk while this computer’s clock, a second behind, sees it on track', () => {
      const data = list([[b]]);
      expect(applyConversationsToList(data, [], atRiskOnly, new Date('2026-11-23T07:59:59.000Z'))).toBe(data);
    });

    it('lets a row leave whose state moved on, also without an update of its own', () => {
      const sut = applyConversationsToList(list([[a, b]]), [], atRiskOnly, at('08:10'));
      expect(ids(sut)).toEqual(['b']);
    });
  });
});

describe(matchesFilter.name, () => {
  it('hides resolved conversations when no status is chosen', () => {
    expect(matchesFilter(conversation('x', { status: 'resolved' }), noFilter, early)).toBe(false);
    expect(matchesFilter(conversation('x', { status: 'claimed' }), noFilter, early)).toBe(true);
  });

  it('shows resolved conversations when asked for', () => {
    expect(
      matchesFilter(conversation('x', { status: 'resolved' }), { ...noFilter, statuses: ['resolved'] }, early),
    ).toBe(true);
  });

  it('decides the SLA state at the given moment, from the server’s own moments', () => {
    const waiting = conversation('x');
    expect(matchesFilter(waiting, atRiskOnly, new Date('2026-11-23T08:59:59.999Z'))).toBe(false);
    expect(matchesFilter(waiting, atRiskOnly, new Date('2026-11-23T09:00:00.000Z'))).toBe(true);
    expect(matchesFilter(waiting, atRiskOnly, new Date('2026-11-23T10:00:00.000Z'))).toBe(false);
    expect(matchesFilter(waiting, { ...noFilter, slaStates: ['breached'] }, new Date('2026-11-23T10:00:00.000Z'))).toBe(
      true,
    );
  });

  it('combines the SLA state with status and channel', () => {
    const claimedMail = conversation('x', { status: 'claimed', channel: 'email' });
    const now = new Date('2026-11-23T09:30:00.000Z');
    expect(matchesFilter(claimedMail, { ...atRiskOnly, channels: ['email'], statuses: ['claimed'] }, now)).toBe(true);
    expect(matchesFilter(claimedMail, { ...atRiskOnly, channels: ['whatsapp'] }, now)).toBe(false);
    expect(matchesFilter(claimedMail, { ...atRiskOnly, statuses: ['open'] }, now)).toBe(false);
  });

  it('finds the conversations I hold under "mine", and those nobody holds under "none"', () => {
    const mine = conversation('x', { status: 'claimed', assignee: { id: 'me', name: 'Anna' } });
    const bram = conversation('y', { status: 'claimed', assignee: { id: 'bram', name: 'Bram' } });
    const free = conversation('z');
    const minesOnly: ConversationFilter = { ...noFilter, assignee: 'me' };
    expect(matchesFilter(mine, minesOnly, early, 'me')).toBe(true);
    expect(matchesFilter(bram, minesOnly, early, 'me')).toBe(false);
    expect(matchesFilter(free, minesOnly, early, 'me')).toBe(false);
    // Who "me" is not known yet: nothing joins, the server's own list stands.
    expect(matchesFilter(mine, minesOnly, early, null)).toBe(false);
    expect(matchesFilter(free, { ...noFilter, assignee: 'none' }, early)).toBe(true);
    expect(matchesFilter(bram, { ...noFilter, assignee: 'none' }, early)).toBe(false);
  });

  it('finds answered conversations under the SLA state "none", never under at risk or breached', () => {
    const answered = conversation('x', { waitingSince: null });
    expect(matchesFilter(answered, { ...noFilter, slaStates: ['none'] }, early)).toBe(true);
    expect(matchesFilter(answered, { ...noFilter, slaStates: ['at-risk', 'breached'] }, early)).toBe(false);
  });
});

describe(refreshSlaFilteredList.name, () => {
  const a = conversation('a', { waitingSince: '2026-11-23T08:00:00.000Z' });
  const b = conversation('b', { waitingSince: '2026-11-23T09:00:00.000Z' });
  const c = conversation('c', { waitingSince: '2026-11-23T10:00:00.000Z' });
  const known = knownConversations([list([[a, b, c]])], []);

  it('takes in a known conversation once its time passes the at-risk moment', () => {
    const data = list([[a]]);
    expect(ids(refreshSlaFilteredList(data, known, atRiskOnly, new Date('2026-11-23T07:30:00.000Z')))).toEqual(['a']);
    expect(ids(refreshSlaFilteredList(data, known, atRiskOnly, new Date('2026-11-23T08:00:00.000Z')))).toEqual(['b']);
  });

  it('returns the same object while nothing moved, so nothing re-renders', () => {
    const data = list([[a]]);
    expect(refreshSlaFilteredList(data, known, atRiskOnly, new Date('2026-11-23T07:30:00.000Z'))).toBe(data);
  });

  it('leaves a list without an SLA filter alone: it does not depend on the time', () => {
    const data = list([[a]]);
    expect(refreshSlaFilteredList(data, known, noFilter, new Date('2026-11-23T12:00:00.000Z'))).toBe(data);
  });

  it('respects status and channel, and leaves what sorts beyond the loaded pages to the next page', () => {
    const mail = conversation('mail', { channel: 'email', waitingSince: '2026-11-23T09:30:00.000Z' });
    const everyone = knownConversations([list([[a, b, mail]])], []);
    const data = list([[b]], 'more');
    const sut = refreshSlaFilteredList(
      data,
      everyone,
      { ...atRiskOnly, channels: ['whatsapp'] },
      new Date('2026-11-23T08:45:00.000Z'),
    );
    expect(ids(sut)).toEqual(['b']);
  });
});

describe(knownConversations.name, () => {
  it('keeps the newest version of each conversation, from lists and open conversations alike', () => {
    const old = conversation('a');
    const newer = { ...old, unansweredCount: 3, updatedAt: '2026-11-23T11:00:00.000Z' };
    const detail: ConversationDetailDto = {
      conversation: newer,
      identities: [],
      history: [conversation('h')],
      repeatContact: false,
      messages: [],
      escalations: [],
    };
    const sut = knownConversations([list([[old]])], [detail]);
    expect(sut.get('a')).toBe(newer);
    expect([...sut.keys()].sort()).toEqual(['a', 'h']);
  });
});

describe(unplacedSlaChanges.name, () => {
  const change = (conversationId: string, deadlineAt: string): SlaChangeDto => ({
    conversationId,
    state: 'at-risk',
    deadlineAt,
    at: '2026-11-23T09:00:00.000Z',
  });
  const known = knownConversations([list([[conversation('a')]])], []);

  it('names the changes of conversations the cache does not know or knows with another deadline', () => {
    const sut = unplacedSlaChanges(
      [
        change('a', '2026-11-23T10:00:00.000Z'),
        change('stranger', '2026-11-23T10:00:00.000Z'),
        change('a', '2026-11-23T11:00:00.000Z'),
      ],
      known,
    );
    expect(sut.map((each) => [each.conversationId, each.deadlineAt])).toEqual([
      ['stranger', '2026-11-23T10:00:00.000Z'],
      ['a', '2026-11-23T11:00:00.000Z'],
    ]);
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
    answer: null,
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
    escalations: [],
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
    escalations: [],
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
    escalations: [],
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

describe(upsertEscalation.name, () => {
  const escalation = (id: string, overrides: Partial<EscalationDto> = {}): EscalationDto => ({
    id,
    conversationId: 'conv',
    department: { id: 'dep', name: 'Belastingen' },
    status: 'open',
    handoverNote: 'WOZ-bezwaar',
    holdingMessageId: null,
    createdBy: { id: 'anna', name: 'Anna' },
    createdAt: '2026-11-23T10:00:00.000Z',
    deadlineAt: '2026-11-25T10:00:00.000Z',
    atRiskAt: '2026-11-25T02:00:00.000Z',
    breachedAt: null,
    closedAt: null,
    closedBy: null,
    result: null,
    ...overrides,
  });
  const detail = (escalations: EscalationDto[]): ConversationDetailDto => ({
    conversation: conversation('conv'),
    identities: [],
    history: [],
    repeatContact: false,
    messages: [],
    escalations,
  });

  it('adds a new escalation to the path, oldest first', () => {
    const later = escalation('later', { createdAt: '2026-11-24T10:00:00.000Z' });
    const sut = upsertEscalation(detail([later]), escalation('first'));
    expect(sut.escalations.map((each) => each.id)).toEqual(['first', 'later']);
  });

  it('replaces a changed one, and never reopens a closed one with a late copy', () => {
    const answered = escalation('e', { status: 'answered', closedAt: '2026-11-24T09:00:00.000Z' });
    const sut = upsertEscalation(detail([escalation('e')]), answered);
    expect(sut.escalations).toEqual([answered]);
    expect(upsertEscalation(sut, escalation('e'))).toBe(sut);
  });

  it('leaves another conversation’s detail alone, and returns the same object when nothing changed', () => {
    const same = detail([escalation('e')]);
    expect(upsertEscalation(same, escalation('other', { conversationId: 'elsewhere' }))).toBe(same);
    expect(upsertEscalation(same, escalation('e'))).toBe(same);
  });
});

import type { DataSource } from 'typeorm';
import type { InboundItem } from '../../server/src/channels/channel.adapter';
import { DEFAULT_SLA_SETTINGS } from '@ingang/shared';
import { Clock } from '../../server/src/common/clock';
import { Conversation } from '../../server/src/conversations/conversation.entity';
import { InboundApplier } from '../../server/src/conversations/inbound-applier';
import { Message } from '../../server/src/conversations/message.entity';
import { PeopleDirectory } from '../../server/src/conversations/people-directory';
import { Transactions } from '../../server/src/database/transactions';
import type { SlaSettingsService } from '../../server/src/sla/sla-settings.service';
import { createTestDatabase, DATABASE_KINDS, openDataSource, type TestDatabase } from '../support/test-databases';

const now = new Date('2026-11-20T14:00:00Z');
// A clock stopped at `now`, and the default SLA settings (the settings service reads them from the database).
const clock = Object.assign(new Clock(), { now: () => now });
const slaSettings = { settings: () => DEFAULT_SLA_SETTINGS } as unknown as SlaSettingsService;

function text(id: string, at: string, body: string, from = '31612345678'): InboundItem {
  return {
    type: 'message',
    channel: 'whatsapp',
    accountId: 'PN1',
    dedupKey: id,
    occurredAt: at,
    direction: 'inbound',
    providerMessageId: id,
    contact: { externalId: from, displayName: 'Sanne' },
    content: { kind: 'text', text: body },
    replyToProviderId: null,
  };
}

function status(id: string, value: 'sent' | 'delivered' | 'read' | 'failed', at: string): InboundItem {
  return {
    type: 'status',
    channel: 'whatsapp',
    accountId: 'PN1',
    dedupKey: `status:${id}:${value}`,
    occurredAt: at,
    providerMessageId: id,
    status: value,
    error: value === 'failed' ? { code: 'WINDOW_CLOSED', detail: '131047' } : null,
  };
}

describe.each(DATABASE_KINDS)('InboundApplier on %s', (kind) => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let transactions: Transactions;
  let sut: InboundApplier;
  const apply = (items: InboundItem[]) => transactions.run((manager) => sut.apply(manager, items));

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    dataSource = await openDataSource(database.url);
    transactions = new Transactions(dataSource);
    sut = new InboundApplier(clock, slaSettings, new PeopleDirectory(dataSource));
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('opens one conversation per citizen and orders its messages by the provider timestamp', async () => {
    const result = await apply([
      text('wamid.2', '2026-11-20T10:05:00.000Z', 'tweede'),
      text('wamid.1', '2026-11-20T10:00:00.000Z', 'eerste'),
    ]);
    expect(result.events.map((event) => event.name)).toEqual([
      'conversation.created',
      'message.created',
      'message.created',
    ]);
    const conversations = await dataSource.getRepository(Conversation).find();
    expect(conversations).toHaveLength(1);
    expect(conversations[0]).toMatchObject({
      unansweredCount: 2,
      waitingSince: new Date('2026-11-20T10:00:00Z'),
      lastInboundAt: new Date('2026-11-20T10:05:00Z'),
      lastMessagePreview: 'tweede',
    });
  });

  it('stores a provider retry only once', async () => {
    const result = await apply([text('wamid.1', '2026-11-20T10:00:00.000Z', 'eerste')]);
    expect(result.events).toEqual([]);
    expect(await dataSource.getRepository(Message).countBy({ providerMessageId: 'wamid.1' })).toBe(1);
  });

  it('counts a timestamp in the future as the moment of arrival', async () => {
    await apply([text('wamid.future', '2030-01-01T00:00:00.000Z', 'uit de toekomst', '31699999999')]);
    const message = await dataSource.getRepository(Message).findOneByOrFail({ providerMessageId: 'wamid.future' });
    expect(message.sentAt).toEqual(now);
  });

  it('applies statuses out of order without going backwards, and keeps one that arrives before its message', async () => {
    const conversation = await dataSource
      .getRepository(Conversation)
      .findOneByOrFail({ channelAccountId: 'PN1', unansweredCount: 2 });
    await dataSource.getRepository(Message).insert({
      id: '00000000-0000-4000-8000-000000000001',
      conversationId: conversation.id,
      channel: 'whatsapp',
      direction: 'outbound',
      content: { kind: 'text', text: 'antwoord' },
      preview: 'antwoord',
      sentAt: now,
      createdAt: now,
      authorId: null,
      providerMessageId: 'wamid.out',
      replyToProviderId: null,
      deliveryStatus: 'sent',
      deliveryUpdatedAt: now,
      failureCode: null,
      failureDetail: null,
    });
    const result = await apply([
      status('wamid.out', 'delivered', '2026-11-20T14:00:02.000Z'),
      status('wamid.out', 'read', '2026-11-20T14:00:01.000Z'),
      status('wamid.unknown', 'read', '2026-11-20T14:00:01.000Z'),
    ]);
    const message = await dataSource.getRepository(Message).findOneByOrFail({ providerMessageId: 'wamid.out' });
    expect(message.deliveryStatus).toBe('read');
    expect(result.events.filter((event) => event.name === 'message.updated')).toHaveLength(1);
  });

  it('reopens a resolved conversation when the citizen writes again', async () => {
    const repository = dataSource.getRepository(Conversation);
    const conversation = await repository.findOneByOrFail({ unansweredCount: 2 });
    await repository.update({ id: conversation.id }, { status: 'resolved' });
    await apply([text('wamid.3', '2026-11-20T13:00:00.000Z', 'nog een vraag')]);
    expect(await repository.findOneByOrFail({ id: conversation.id })).toMatchObject({
      status: 'open',
      unansweredCount: 3,
    });
  });

  it('does not count a reaction as a question', async () => {
    const item: InboundItem = {
      ...(text('wamid.r', '2026-11-20T13:30:00.000Z', '', '31677777777') as Extract<InboundItem, { type: 'message' }>),
      content: { kind: 'reaction', emoji: '👍', targetMessageId: 'wamid.out' },
    };
    await apply([item]);
    const message = await dataSource.getRepository(Message).findOneByOrFail({ providerMessageId: 'wamid.r' });
    const conversation = await dataSource.getRepository(Conversation).findOneByOrFail({ id: message.conversationId });
    expect(conversation).toMatchObject({ unansweredCount: 0, waitingSince: null });
    expect(message.content).toEqual({
      kind: 'reaction',
      emoji: '👍',
      targetMessageId: '00000000-0000-4000-8000-000000000001',
    });
  });

  it('records an answer sent from elsewhere (the provider echoes it) against the deadline it met', async () => {
    await apply([text('wamid.q', '2026-11-20T09:00:00.000Z', 'Waar haal ik een rijbewijs?', '31655555555')]);
    const question = await dataSource.getRepository(Message).findOneByOrFail({ providerMessageId: 'wamid.q' });
    const echo: InboundItem = {
      ...(text('wamid.echo', '2026-11-20T11:30:00.000Z', 'Bij de balie.', '31655555555') as Extract<
        InboundItem,
        { type: 'message' }
      >),
      direction: 'outbound',
    };
    await apply([echo]);
    const answer = await dataSource.getRepository(Message).findOneByOrFail({ providerMessageId: 'wamid.echo' });
    expect(answer).toMatchObject({
      conversationId: question.conversationId,
      answerWaitingSince: new Date('2026-11-20T09:00:00.000Z'),
      // Friday 20 November 10:00 CET plus 24 working hours: Monday 23 November 10:00 CET.
      answerDeadlineAt: new Date('2026-11-23T09:00:00.000Z'),
      answerWorkingMs: 2.5 * 3_600_000,
      answerWithinSla: true,
    });
    const conversation = await dataSource.getRepository(Conversation).findOneByOrFail({ id: question.conversationId });
    expect(conversation).toMatchObject({ waitingSince: null, deadlineAt: null, atRiskAt: null });
  });
});

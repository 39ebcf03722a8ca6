import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  CONVERSATION_STATUSES,
  replyWindow,
  replyRequestSchema,
  type ConversationDetailDto,
  type ConversationPageDto,
  type Channel,
  type ConversationStatus,
  type ConversationSummaryDto,
  type MessageContent,
  type MessageDto,
  type MessageTemplateDto,
  type EscalationDto,
  type SlaState,
  type Visibility,
  listConversationsQuerySchema,
} from '@ingang/shared';
import { randomUUID } from 'node:crypto';
import { Brackets, DataSource, In, Repository, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { ChannelRegistry } from '../channels/channel-registry';
import type { OutboundRequest } from '../channels/channel.adapter';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { ContactIdentity } from '../contacts/contact-identity.entity';
import { Contact } from '../contacts/contact.entity';
import { Transactions } from '../database/transactions';
import { DomainEvents, type DomainEvent } from '../events/domain-events';
import type { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { Attachment } from './attachment.entity';
import { toConversationSummary, toMessageDto } from './conversation-mapper';
import { Conversation } from './conversation.entity';
import { DeliveryReceipt } from './delivery-receipt.entity';
import { advancesDelivery } from './delivery-progress';
import { Message } from './message.entity';
import { previewOf } from './message-preview';
import { answerRecord, updateQueueState } from './sla-clock';
import { SlaSettingsService } from '../sla/sla-settings.service';
import { recomputeWaiting } from './recompute-waiting';
import { OutboundQueue } from './outbound.queue';
import { AuditLog } from '../audit/audit-log';
import { Escalation } from '../escalations/escalation.entity';
import { toEscalationDtos } from '../escalations/escalation-mapper';
import { assertCanSee, canSee, isWebcare } from './conversation-access';
import { takeHold } from './conversation-claims';
import { PeopleDirectory } from './people-directory';

/** Extra work inside a reply's transaction (an escalation's holding reply, a back office's answer). */
export interface ReplyOptions {
  within?: (manager: EntityManager, conversation: Conversation, message: Message) => Promise<DomainEvent[]>;
  auditAction?: string;
}

const OPEN_STATUSES = CONVERSATION_STATUSES.filter((status) => status !== 'resolved');
const SLA_STATE_CONDITIONS: Record<SlaState, string> = {
  none: 'c.deadlineAt IS NULL',
  'on-track': 'c.atRiskAt > :now',
  'at-risk': 'c.atRiskAt <= :now AND c.deadlineAt > :now',
  breached: 'c.deadlineAt <= :now',
};

const THREAD_LIMIT = 500;

function encodeCursor(sortKey: number, id: string): string {
  return Buffer.from(`${sortKey}:${id}`).toString('base64url');
}

function decodeCursor(cursor: string): { sortKey: number; id: string } {
  const [key, id] = Buffer.from(cursor, 'base64url').toString().split(':');
  const sortKey = Number(key);
  if (!Number.isSafeInteger(sortKey) || !id || !/^[0-9a-f-]{36}$/.test(id)) {
    throw new DomainError('VALIDATION_FAILED', 'Invalid cursor');
  }
  return { sortKey, id };
}

@Injectable()
export class ConversationsService {
  constructor(
    @InjectRepository(Conversation) private readonly conversations: Repository<Conversation>,
    @InjectRepository(Message) private readonly messages: Repository<Message>,
    @InjectRepository(Attachment) private readonly attachments: Repository<Attachment>,
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly registry: ChannelRegistry,
    private readonly users: UsersService,
    private readonly events: DomainEvents,
    private readonly outbound: OutboundQueue,
    private readonly clock: Clock,
    private readonly sla: SlaSettingsService,
    private readonly people: PeopleDirectory,
    private readonly audit: AuditLog,
  ) {}

  async list(user: User, query: z.output<typeof listConversationsQuerySchema>): Promise<ConversationPageDto> {
    const statuses: ConversationStatus[] = query.status?.length ? query.status : OPEN_STATUSES;
    const qb = this.conversations
      .createQueryBuilder('c')
      .innerJoin(Contact, 'ct', 'ct.id = c.contactId')
      .innerJoin(ContactIdentity, 'ci', 'ci.id = c.identityId')
      .addSelect(['ct.displayName AS contact_name', 'ci.externalId AS contact_handle'])
      .where('c.status IN (:...statuses)', { statuses });
    if (query.channel?.length) qb.andWhere('c.channel IN (:...channels)', { channels: query.channel });
    // A back office sees only what its department has now.
    if (!isWebcare(user.role)) qb.andWhere('c.departmentId = :department', { department: user.departmentId ?? '' });
    if (query.assignee === 'none') qb.andWhere('c.assigneeId IS NULL');
    else if (query.assignee) {
      qb.andWhere('c.assigneeId = :assignee', { assignee: query.assignee === 'me' ? user.id : query.assignee });
    }
    if (query.sla?.length) {
      // The state now, from the stored moments (indexed), exactly as the state changes fire.
      const states = query.sla;
      qb.andWhere(
        new Brackets((either) => {
          for (const state of states) either.orWhere(SLA_STATE_CONDITIONS[state]);
        }),
        { now: this.clock.now().getTime() },
      );
    }
    if (query.cursor) {
      const { sortKey, id } = decodeCursor(query.cursor);
      qb.andWhere('(c.sortKey > :sortKey OR (c.sortKey = :sortKey AND c.id > :id))', { sortKey, id });
    }
    qb.orderBy('c.sortKey', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(query.limit + 1);
    const { entities, raw } = await qb.getRawAndEntities<{ contact_name: string; contact_handle: string }>();
    const page = entities.slice(0, query.limit);
    const people = await this.people.of(page);
    const items = page.map((conversation, index) =>
      toConversationSummary(
        conversation,
        { displayName: raw[index].contact_name, handle: raw[index].contact_handle },
        people(conversation),
      ),
    );
    const last = page[page.length - 1];
    return { items, nextCursor: entities.length > query.limit && last ? encodeCursor(last.sortKey, last.id) : null };
  }

  /** Conversations as the inbox shows them, with the citizen's name and address. */
  async summaries(
    where: { contactId: string },
    limit = 100,
    manager?: EntityManager,
  ): Promise<ConversationSummaryDto[]> {
    const qb = (manager ?? this.dataSource.manager)
      .createQueryBuilder(Conversation, 'c')
      .innerJoin(Contact, 'ct', 'ct.id = c.contactId')
      .innerJoin(ContactIdentity, 'ci', 'ci.id = c.identityId')
      .addSelect(['ct.displayName AS contact_name', 'ci.externalId AS contact_handle'])
      .where('c.contactId = :contactId', { contactId: where.contactId })
      .orderBy('c.lastMessageAt', 'DESC')
      .addOrderBy('c.createdAt', 'DESC')
      .limit(limit);
    const { entities, raw } = await qb.getRawAndEntities<{ contact_name: string; contact_handle: string }>();
    const people = await this.people.of(entities);
    return entities.map((conversation, index) =>
      toConversationSummary(
        conversation,
        { displayName: raw[index].contact_name, handle: raw[index].contact_handle },
        people(conversation),
      ),
    );
  }

  /** A merge: every conversation of one contact now belongs to another. */
  async moveToContact(manager: EntityManager, fromContactId: string, toContactId: string): Promise<void> {
    await manager.update(Conversation, { contactId: fromContactId }, { contactId: toContactId });
  }

  async detail(user: User, id: string): Promise<ConversationDetailDto> {
    const conversation = await this.conversations.findOneBy({ id });
    assertCanSee(user, conversation);
    // BIO: who read which conversation.
    this.audit.record(user, 'conversation.read', { type: 'conversation', id });
    const identity = await this.dataSource.manager.findOneByOrFail(ContactIdentity, { id: conversation.identityId });
    const contact = await this.dataSource.manager.findOneByOrFail(Contact, { id: conversation.contactId });
    const identities = await this.dataSource.manager.find(ContactIdentity, {
      where: { contactId: contact.id },
      order: { createdAt: 'ASC' },
    });
    const newest = await this.messages.find({
      where: { conversationId: id },
      order: { sentAt: 'DESC', createdAt: 'DESC' },
      take: THREAD_LIMIT,
    });
    const messages = newest.reverse();
    // A back office sees the citizen's other conversations only when it has them too.
    const history = (await this.summaries({ contactId: contact.id }, 50)).filter(
      (other) => other.id !== id && (isWebcare(user.role) || other.department?.id === user.departmentId),
    );
    // Back within 7 days: an earlier conversation of the same citizen was active in the week before this one began.
    const weekBefore = conversation.createdAt.getTime() - 7 * 24 * 3_600_000;
    const repeatContact = history.some(
      (other) =>
        Date.parse(other.createdAt) < conversation.createdAt.getTime() && Date.parse(other.lastMessageAt) >= weekBefore,
    );
    return {
      history,
      repeatContact,
      conversation: toConversationSummary(
        conversation,
        { displayName: contact.displayName, handle: identity.externalId },
        await this.people.one(conversation),
      ),
      escalations: await this.escalationsOf(id),
      identities: identities.map((each) => ({
        channel: each.channel,
        externalId: each.externalId,
        displayName: each.displayName,
      })),
      messages: await this.toMessageDtos(messages),
    };
  }

  async templates(user: User, id: string): Promise<MessageTemplateDto[]> {
    const conversation = await this.conversations.findOneBy({ id });
    assertCanSee(user, conversation);
    try {
      return await this.registry.get(conversation.channel).listTemplates(conversation.channelAccountId);
    } catch (error) {
      throw new DomainError('PROVIDER_UNAVAILABLE', `Templates could not be loaded: ${(error as Error).message}`);
    }
  }

  /** Records the agent's answer, stops the wait, and queues the send; delivery follows asynchronously. */
  async reply(
    user: User,
    id: string,
    input: z.output<typeof replyRequestSchema>,
    options: ReplyOptions = {},
  ): Promise<MessageDto> {
    const now = this.clock.now();
    const content: MessageContent =
      'text' in input ? { kind: 'text', text: input.text } : { kind: 'template', ...input.template };
    const { message, events } = await this.transactions.run(async (manager) => {
      // Only the holder answers the citizen: replying takes the claim, or is refused when someone else has it.
      const conversation = await takeHold(manager, id, user, now, this.people);
      const visibility = 'visibility' in input && input.visibility ? input.visibility : conversation.visibility;
      if (visibility === 'public' && conversation.visibility !== 'public') {
        throw new DomainError('VALIDATION_FAILED', 'A private conversation cannot be answered in public');
      }
      if (content.kind === 'text') this.checkTextLimit(conversation.channel, visibility, content.text);
      const window = replyWindow(conversation.channel, conversation.lastInboundAt, now, visibility);
      if (content.kind === 'text' && window.state === 'closed') {
        throw new DomainError(
          'WINDOW_CLOSED',
          window.templatesRequired
            ? 'The reply window has closed: only an approved template can be sent'
            : 'The reply window has closed on this channel',
          { templatesRequired: window.templatesRequired },
        );
      }
      const settings = this.sla.settings();
      const message = manager.create(Message, {
        ...answerRecord(conversation, now, settings),
        id: randomUUID(),
        conversationId: conversation.id,
        channel: conversation.channel,
        direction: 'outbound',
        content,
        preview: previewOf(content),
        sentAt: now,
        createdAt: now,
        authorId: user.id,
        providerMessageId: null,
        replyToProviderId: null,
        deliveryStatus: 'pending',
        deliveryUpdatedAt: now,
        failureCode: null,
        failureDetail: null,
        visibility,
        editedAt: null,
        removedAt: null,
        automated: null,
      });
      await manager.insert(Message, message);
      conversation.lastMessageAt = now;
      conversation.lastMessagePreview = message.preview;
      conversation.waitingSince = null;
      conversation.unansweredCount = 0;
      const extra = (await options.within?.(manager, conversation, message)) ?? [];
      const summary = await this.saveState(manager, conversation, now);
      const events: DomainEvent[] = [
        { name: 'conversation.updated', payload: summary },
        { name: 'message.created', payload: toMessageDto(message, [], user.name) },
        ...extra,
      ];
      return { message, events };
    });
    this.events.emit(events);
    this.audit.record(user, options.auditAction ?? 'conversation.answered', { type: 'conversation', id });
    await this.outbound.enqueue(message.id);
    return toMessageDto(message, [], user.name);
  }

  /** A reply the provider would refuse for its length is refused here, before it is recorded and queued. */
  private checkTextLimit(channel: Channel, visibility: Visibility, text: string): void {
    const limit = this.registry.get(channel).textLimit?.(visibility);
    if (!limit) return;
    const length = limit.count(text);
    if (length > limit.max) {
      throw new DomainError(
        'VALIDATION_FAILED',
        `The text is too long for this channel: ${length} characters, at most ${limit.max}`,
        { maxLength: limit.max, length },
      );
    }
  }

  /** What the outbound worker needs to send one message; null when there is nothing (left) to send. */
  async outboundRequest(messageId: string): Promise<{ channel: Channel; request: OutboundRequest } | null> {
    const message = await this.messages.findOneBy({ id: messageId });
    if (!message || message.direction !== 'outbound' || message.deliveryStatus !== 'pending') return null;
    const conversation = await this.conversations.findOneByOrFail({ id: message.conversationId });
    const manager = this.dataSource.manager;
    const identity = await manager.findOneByOrFail(ContactIdentity, { id: conversation.identityId });
    const contact = await manager.findOneByOrFail(Contact, { id: conversation.contactId });
    const earlier = await this.messages.find({
      where: { conversationId: conversation.id },
      select: {
        id: true,
        providerMessageId: true,
        direction: true,
        preview: true,
        sentAt: true,
        automated: true,
        removedAt: true,
      },
      order: { sentAt: 'DESC' },
      take: 30,
    });
    // The question answered: the citizen's latest message that a machine did not send and that was not removed.
    const question = earlier.find(
      (each) => each.direction === 'inbound' && !each.automated && !each.removedAt && each.providerMessageId,
    );
    // The whole question rather than its one-line preview: mail quotes it under the answer.
    const asked = question
      ? (await this.messages.findOne({ where: { id: question.id }, select: { id: true, content: true } }))?.content
      : undefined;
    const content = message.content;
    if (content.kind !== 'text' && content.kind !== 'template') {
      throw new Error(`Message ${message.id} of kind ${content.kind} cannot be sent`);
    }
    return {
      channel: conversation.channel,
      request: {
        accountId: conversation.channelAccountId,
        to: identity.externalId,
        content,
        replyToProviderId: message.replyToProviderId ?? question?.providerMessageId ?? null,
        idempotencyKey: message.id,
        visibility: message.visibility,
        threadKey: conversation.threadKey,
        subject: conversation.subject,
        references: earlier
          .map((each) => each.providerMessageId)
          .filter((id): id is string => id !== null)
          .reverse(),
        quote: question
          ? {
              text: asked && 'text' in asked ? asked.text : question.preview,
              sentAt: question.sentAt.toISOString(),
              from: contact.displayName,
            }
          : null,
        lastInboundAt: conversation.lastInboundAt?.toISOString() ?? null,
      },
    };
  }

  /** The provider accepted the message; status reports that raced ahead of this are applied now. */
  async recordSent(messageId: string, providerMessageId: string): Promise<void> {
    const now = this.clock.now();
    const { message, events } = await this.transactions.run(async (manager) => {
      const message = await manager.findOneByOrFail(Message, { id: messageId });
      const events: DomainEvent[] = [];
      const echo = await manager.findOneBy(Message, { channel: message.channel, providerMessageId });
      if (echo && echo.id !== message.id) {
        // The provider's echo of this very send was applied before we heard back: it is this message, once.
        await manager.delete(Attachment, { messageId: echo.id });
        await manager.delete(Message, { id: echo.id });
        events.push({ name: 'message.deleted', payload: { id: echo.id, conversationId: echo.conversationId } });
      }
      message.providerMessageId = providerMessageId;
      message.deliveryStatus = 'sent';
      message.deliveryUpdatedAt = now;
      const receipts = await manager.find(DeliveryReceipt, {
        where: { channel: message.channel, providerMessageId },
        order: { occurredAt: 'ASC' },
      });
      for (const receipt of receipts) {
        if (!advancesDelivery(message.deliveryStatus, receipt.status)) continue;
        message.deliveryStatus = receipt.status;
        message.deliveryUpdatedAt = receipt.occurredAt;
        if (receipt.status === 'failed') {
          message.failureCode = receipt.errorCode ?? 'REJECTED';
          message.failureDetail = receipt.errorDetail;
        }
      }
      await manager.save(message);
      return { message, events };
    });
    this.events.emit(events);
    await this.emitMessageUpdated(message);
  }

  /** The reply did not reach the citizen: it fails visibly, and the question is waiting again. */
  async recordFailed(messageId: string, failureCode: string, detail: string): Promise<void> {
    const now = this.clock.now();
    const { message, events } = await this.transactions.run(async (manager) => {
      const message = await manager.findOneByOrFail(Message, { id: messageId });
      message.deliveryStatus = 'failed';
      message.deliveryUpdatedAt = now;
      message.failureCode = failureCode;
      message.failureDetail = detail.slice(0, 2000);
      await manager.save(message);
      const conversation = await manager.findOneByOrFail(Conversation, { id: message.conversationId });
      const events: DomainEvent[] = [];
      if (await recomputeWaiting(manager, conversation, now, this.sla.settings())) {
        events.push({ name: 'conversation.updated', payload: await this.summaryOf(manager, conversation) });
      }
      return { message, events };
    });
    this.events.emit(events);
    await this.emitMessageUpdated(message);
  }

  /** A file of a conversation the user may see (a back office: only its department's). */
  async attachmentFor(user: Pick<User, 'role' | 'departmentId'>, id: string): Promise<Attachment> {
    const attachment = await this.attachments.findOneBy({ id });
    if (!attachment) throw new DomainError('NOT_FOUND', 'Attachment not found');
    if (!isWebcare(user.role)) {
      const message = await this.messages.findOne({
        where: { id: attachment.messageId },
        select: { id: true, conversationId: true },
      });
      const conversation = message
        ? await this.conversations.findOne({
            where: { id: message.conversationId },
            select: { id: true, departmentId: true },
          })
        : null;
      if (!conversation || !canSee(user, conversation)) throw new DomainError('NOT_FOUND', 'Attachment not found');
    }
    return attachment;
  }

  async recordAttachment(
    id: string,
    result:
      | { status: 'stored'; storagePath: string; size: number; mimeType: string | null }
      | { status: 'failed'; reason: string },
  ): Promise<void> {
    const attachment = await this.transactions.run(async (manager) => {
      const attachment = await manager.findOneByOrFail(Attachment, { id });
      if (result.status === 'stored') {
        attachment.status = 'stored';
        attachment.storagePath = result.storagePath;
        attachment.size = result.size;
        attachment.mimeType = attachment.mimeType ?? result.mimeType;
      } else {
        attachment.status = 'failed';
        attachment.failureReason = result.reason.slice(0, 2000);
      }
      await manager.save(attachment);
      return attachment;
    });
    const message = await this.messages.findOneByOrFail({ id: attachment.messageId });
    await this.emitMessageUpdated(message);
  }

  async attachmentContext(id: string): Promise<{ attachment: Attachment; conversation: Conversation } | null> {
    const attachment = await this.attachments.findOneBy({ id });
    if (!attachment || attachment.status !== 'pending' || !attachment.providerRef) return null;
    const message = await this.messages.findOneByOrFail({ id: attachment.messageId });
    const conversation = await this.conversations.findOneByOrFail({ id: message.conversationId });
    return { attachment, conversation };
  }

  private async emitMessageUpdated(message: Message): Promise<void> {
    const [dto] = await this.toMessageDtos([message]);
    this.events.emit([{ name: 'message.updated', payload: dto }]);
  }

  /** Saves a changed conversation with what follows from it (status, deadline, queue position): its new summary. */
  async saveState(
    manager: EntityManager,
    conversation: Conversation,
    now: Date = this.clock.now(),
  ): Promise<ConversationSummaryDto> {
    conversation.updatedAt = now;
    updateQueueState(conversation, this.sla.settings());
    await manager.save(conversation);
    return this.summaryOf(manager, conversation);
  }

  async summaryOf(
    manager: EntityManager,
    conversation: Conversation,
  ): Promise<ReturnType<typeof toConversationSummary>> {
    const contact = await manager.findOneByOrFail(Contact, { id: conversation.contactId });
    const identity = await manager.findOneByOrFail(ContactIdentity, { id: conversation.identityId });
    return toConversationSummary(
      conversation,
      { displayName: contact.displayName, handle: identity.externalId },
      await this.people.one(conversation),
    );
  }

  /** The path through back offices, oldest first. */
  private async escalationsOf(conversationId: string): Promise<EscalationDto[]> {
    const escalations = await this.dataSource.manager.find(Escalation, {
      where: { conversationId },
      order: { createdAt: 'ASC' },
    });
    return toEscalationDtos(escalations, this.people);
  }

  private async toMessageDtos(messages: Message[]): Promise<MessageDto[]> {
    if (messages.length === 0) return [];
    const attachments = await this.attachments.findBy({ messageId: In(messages.map((message) => message.id)) });
    const byMessage = new Map<string, Attachment[]>();
    for (const attachment of attachments) {
      byMessage.set(attachment.messageId, [...(byMessage.get(attachment.messageId) ?? []), attachment]);
    }
    const authorIds = [...new Set(messages.map((message) => message.authorId).filter((id): id is string => !!id))];
    const names = await this.users.findNames(authorIds);
    const replyIds = [...new Set(messages.map((m) => m.replyToProviderId).filter((id): id is string => !!id))];
    const replyTargets = replyIds.length
      ? await this.messages.find({
          where: { channel: messages[0].channel, providerMessageId: In(replyIds) },
          select: { id: true, providerMessageId: true },
        })
      : [];
    const replyMap = new Map(replyTargets.map((target) => [target.providerMessageId, target.id]));
    return messages.map((message) =>
      toMessageDto(
        message,
        byMessage.get(message.id) ?? [],
        message.authorId ? (names.get(message.authorId) ?? null) : null,
        message.replyToProviderId ? (replyMap.get(message.replyToProviderId) ?? null) : null,
      ),
    );
  }
}

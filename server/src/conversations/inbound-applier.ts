import { Injectable } from '@nestjs/common';
import { CSAT_REPLY_WINDOW_MS, parseCsatReply, type MessageContent } from '@ingang/shared';
import { randomUUID } from 'node:crypto';
import { In, IsNull, type EntityManager } from 'typeorm';
import type { InboundAttachment, InboundContent, InboundItem } from '../channels/channel.adapter';
import { Clock } from '../common/clock';
import { ContactIdentity } from '../contacts/contact-identity.entity';
import { Contact } from '../contacts/contact.entity';
import type { DomainEvent } from '../events/domain-events';
import { User } from '../users/user.entity';
import { Attachment } from './attachment.entity';
import { toConversationSummary, toMessageDto } from './conversation-mapper';
import { Conversation } from './conversation.entity';
import { DeliveryReceipt } from './delivery-receipt.entity';
import { advancesDelivery } from './delivery-progress';
import { Message } from './message.entity';
import { previewOf } from './message-preview';
import { answerRecord, NOT_AN_ANSWER, updateQueueState } from './sla-clock';
import { PeopleDirectory } from './people-directory';
import { SlaSettingsService } from '../sla/sla-settings.service';
import { recomputeWaiting } from './recompute-waiting';

type MessageItem = Extract<InboundItem, { type: 'message' }>;
type StatusItem = Extract<InboundItem, { type: 'status' }>;
type ChangeItem = Extract<InboundItem, { type: 'edit' | 'remove' }>;
type WatermarkItem = Extract<InboundItem, { type: 'watermark' }>;

export interface AppliedBatch {
  events: DomainEvent[];
  /** Attachments whose files still have to be fetched from the provider. */
  pendingAttachmentIds: string[];
}

interface ConversationState {
  conversation: Conversation;
  contact: Contact;
  identity: ContactIdentity;
  created: boolean;
  changed: boolean;
}

/**
 * Turns normalised inbound items into contacts, conversations and messages inside the caller's transaction.
 * Idempotent: an item applied twice changes nothing the second time.
 */
@Injectable()
export class InboundApplier {
  constructor(
    private readonly clock: Clock,
    private readonly sla: SlaSettingsService,
    private readonly people: PeopleDirectory,
  ) {}

  async apply(manager: EntityManager, items: InboundItem[]): Promise<AppliedBatch> {
    const now = this.clock.now();
    const states = new Map<string, ConversationState>();
    const events: DomainEvent[] = [];
    const pendingAttachmentIds: string[] = [];
    // Providers do not guarantee order: apply by the provider's timestamp.
    const ordered = [...items].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
    for (const item of ordered) {
      switch (item.type) {
        case 'message':
          await this.applyMessage(manager, item, now, states, events, pendingAttachmentIds);
          break;
        case 'status':
          await this.applyStatus(manager, item, events);
          break;
        case 'edit':
        case 'remove':
          await this.applyChange(manager, item, now, events);
          break;
        case 'watermark':
          await this.applyWatermark(manager, item, events);
          break;
        case 'unattributed':
          break;
      }
    }
    const settings = this.sla.settings();
    for (const state of new Set(states.values())) {
      if (!state.changed) continue;
      state.conversation.updatedAt = now;
      updateQueueState(state.conversation, settings);
      await manager.save(state.conversation);
      const summary = toConversationSummary(
        state.conversation,
        { displayName: state.contact.displayName, handle: state.identity.externalId },
        await this.people.one(state.conversation),
      );
      // The conversation event goes first so a browser knows the conversation before its messages arrive.
      events.unshift({ name: state.created ? 'conversation.created' : 'conversation.updated', payload: summary });
    }
    return { events, pendingAttachmentIds };
  }

  private async applyMessage(
    manager: EntityManager,
    item: MessageItem,
    now: Date,
    states: Map<string, ConversationState>,
    events: DomainEvent[],
    pendingAttachmentIds: string[],
  ): Promise<void> {
    const duplicate = await manager.findOne(Message, {
      where: { channel: item.channel, providerMessageId: item.providerMessageId },
      select: { id: true },
    });
    if (duplicate) return;
    const state = await this.conversationFor(manager, item, now, states);
    const { conversation } = state;
    // A timestamp in the future counts as the moment of arrival.
    const sentAt = new Date(Math.min(Date.parse(item.occurredAt) || now.getTime(), now.getTime()));
    const messageId = randomUUID();
    const attachments: Attachment[] = [];
    const content = await this.storedContent(manager, item, messageId, now, attachments);
    // Answered from elsewhere (the provider echoes what the account sent): that answer is recorded like ours.
    const answers = item.direction === 'outbound' && !!conversation.waitingSince && sentAt >= conversation.waitingSince;
    if (answers) updateQueueState(conversation, this.sla.settings());
    const message = manager.create(Message, {
      ...(answers ? answerRecord(conversation, sentAt, this.sla.settings()) : NOT_AN_ANSWER),
      id: messageId,
      conversationId: conversation.id,
      channel: item.channel,
      direction: item.direction,
      content,
      preview: previewOf(content),
      sentAt,
      createdAt: now,
      authorId: null,
      providerMessageId: item.providerMessageId,
      replyToProviderId: item.replyToProviderId,
      deliveryStatus: item.direction === 'outbound' ? 'sent' : null,
      deliveryUpdatedAt: item.direction === 'outbound' ? sentAt : null,
      failureCode: null,
      failureDetail: null,
      visibility: item.visibility ?? 'private',
      editedAt: null,
      removedAt: null,
      automated: item.automated ?? null,
    });
    await manager.insert(Message, message);
    for (const extra of item.attachments ?? []) attachments.push(this.attachmentOf(manager, extra, messageId, now));
    for (const attachment of attachments) {
      await manager.insert(Attachment, attachment);
      if (attachment.status === 'pending') pendingAttachmentIds.push(attachment.id);
    }

    if (sentAt >= conversation.lastMessageAt || state.created) {
      conversation.lastMessageAt = sentAt;
      conversation.lastMessagePreview = message.preview;
    }
    if (item.direction === 'inbound' && item.automated) {
      // An auto-reply or bounce belongs to the record, but nobody has to answer a machine.
    } else if (item.direction === 'inbound') {
      if (!conversation.lastInboundAt || sentAt > conversation.lastInboundAt) conversation.lastInboundAt = sentAt;
      const mark = csatMarkIn(conversation, content, sentAt);
      if (mark !== null) {
        // The citizen's mark for our answer: recorded, and not a new question (the conversation stays resolved).
        conversation.csatTenths = Math.round(mark * 10);
        conversation.csatAt = sentAt;
      } else {
        // A reaction is not a question: it neither starts nor extends the wait for an answer.
        if (content.kind !== 'reaction') {
          if (!conversation.waitingSince || sentAt < conversation.waitingSince) conversation.waitingSince = sentAt;
          conversation.unansweredCount += 1;
        }
        // Any other new message from the citizen reopens a resolved conversation.
        conversation.resolvedAt = null;
      }
    } else if (answers) {
      conversation.waitingSince = null;
      conversation.unansweredCount = 0;
    }
    state.changed = true;
    const replyTo = item.replyToProviderId
      ? await manager.findOne(Message, {
          where: { channel: item.channel, providerMessageId: item.replyToProviderId },
          select: { id: true },
        })
      : null;
    events.push({ name: 'message.created', payload: toMessageDto(message, attachments, null, replyTo?.id ?? null) });
  }

  private async storedContent(
    manager: EntityManager,
    item: MessageItem,
    messageId: string,
    now: Date,
    attachments: Attachment[],
  ): Promise<MessageContent> {
    const content: InboundContent = item.content;
    if (content.kind === 'media') {
      const attachment = this.attachmentOf(
        manager,
        {
          mediaType: content.mediaType,
          providerRef: content.providerRef,
          storedPath: null,
          mimeType: content.mimeType,
          fileName: content.fileName,
          size: null,
        },
        messageId,
        now,
      );
      attachments.push(attachment);
      return { kind: 'media', mediaType: content.mediaType, caption: content.caption, attachmentId: attachment.id };
    }
    if (content.kind === 'reaction' && content.targetMessageId) {
      const target = await manager.findOne(Message, {
        where: { channel: item.channel, providerMessageId: content.targetMessageId },
        select: { id: true },
      });
      return { ...content, targetMessageId: target?.id ?? null };
    }
    return content;
  }

  private attachmentOf(manager: EntityManager, file: InboundAttachment, messageId: string, now: Date): Attachment {
    return manager.create(Attachment, {
      id: file.id ?? randomUUID(),
      messageId,
      mediaType: file.mediaType,
      providerRef: file.providerRef,
      mimeType: file.mimeType,
      fileName: file.fileName,
      size: file.size,
      // A file the receiver already stored is there; one the provider holds is fetched by the media queue.
      status: file.storedPath ? 'stored' : file.providerRef ? 'pending' : 'failed',
      storagePath: file.storedPath,
      failureReason: file.storedPath || file.providerRef ? null : 'no file',
      createdAt: now,
    });
  }

  private async conversationFor(
    manager: EntityManager,
    item: MessageItem,
    now: Date,
    states: Map<string, ConversationState>,
  ): Promise<ConversationState> {
    // `states` holds each conversation of this batch once under `id:<id>`, and under `key:<…>` for the items that
    // led to it, since a conversation created in this batch is not in the database until the batch ends.
    const key = `key:${[item.contact.externalId, item.accountId, item.threadKey ?? '', ...(item.references ?? [])].join('\u0000')}`;
    const known = states.get(key);
    if (known) return known;

    // A reply found through a reference (the Page's own comment, a bounce from a mail server) belongs to the
    // citizen's conversation; its sender is not made a contact.
    const referredId = await this.findReferredConversationId(manager, item);
    const referredState = referredId ? states.get(`id:${referredId}`) : undefined;
    if (referredState) {
      states.set(key, referredState);
      return referredState;
    }
    const referred = referredId ? await manager.findOneBy(Conversation, { id: referredId }) : null;
    let identity: ContactIdentity | null;
    let contact: Contact | null;
    let existing: Conversation | null;
    if (referred) {
      existing = referred;
      identity = await manager.findOneByOrFail(ContactIdentity, { id: referred.identityId });
      contact = await manager.findOneByOrFail(Contact, { id: referred.contactId });
    } else {
      ({ identity, contact } = await this.identityFor(manager, item, now));
      existing = await this.findThreadConversation(manager, item, identity.id);
    }
    const sameConversation = existing ? states.get(`id:${existing.id}`) : undefined;
    if (sameConversation) {
      states.set(key, sameConversation);
      return sameConversation;
    }
    const sentAt = new Date(Math.min(Date.parse(item.occurredAt) || now.getTime(), now.getTime()));
    const conversation =
      existing ??
      manager.create(Conversation, {
        id: randomUUID(),
        contactId: contact.id,
        identityId: identity.id,
        channel: item.channel,
        channelAccountId: item.accountId,
        // A conversation a machine started (an auto-reply, a bounce) needs nobody: it starts resolved.
        status: item.automated ? 'resolved' : 'open',
        resolvedAt: item.automated ? now : null,
        resolvedBy: null,
        assigneeId: null,
        claimedAt: null,
        departmentId: null,
        escalationId: null,
        outcomeId: null,
        standardAnswerIds: null,
        csatAskedAt: null,
        csatTenths: null,
        csatAt: null,
        visibility: item.visibility ?? 'private',
        threadKey: item.threadKey ?? null,
        subject: item.subject ?? null,
        lastMessagePreview: '',
        lastMessageAt: sentAt,
        lastInboundAt: null,
        waitingSince: null,
        deadlineAt: null,
        atRiskAt: null,
        breachedAt: null,
        sortKey: 0,
        unansweredCount: 0,
        createdAt: now,
        updatedAt: now,
      });
    const state: ConversationState = { conversation, contact, identity, created: !existing, changed: false };
    states.set(key, state);
    states.set(`id:${conversation.id}`, state);
    return state;
  }

  private async identityFor(
    manager: EntityManager,
    item: MessageItem,
    now: Date,
  ): Promise<{ identity: ContactIdentity; contact: Contact }> {
    const identity = await manager.findOneBy(ContactIdentity, {
      channel: item.channel,
      externalId: item.contact.externalId,
    });
    const contact = identity ? await manager.findOneBy(Contact, { id: identity.contactId }) : null;
    if (identity && contact) {
      if (item.contact.displayName && identity.displayName !== item.contact.displayName) {
        identity.displayName = item.contact.displayName;
        await manager.update(ContactIdentity, { id: identity.id }, { displayName: identity.displayName });
      }
      return { identity, contact };
    }
    const created = manager.create(Contact, {
      id: randomUUID(),
      displayName: item.contact.displayName ?? item.contact.externalId,
      createdAt: now,
      updatedAt: now,
    });
    await manager.insert(Contact, created);
    const address = manager.create(ContactIdentity, {
      id: randomUUID(),
      contactId: created.id,
      channel: item.channel,
      externalId: item.contact.externalId,
      displayName: item.contact.displayName,
      createdAt: now,
    });
    await manager.insert(ContactIdentity, address);
    return { identity: address, contact: created };
  }

  /** The conversation holding a message this item refers to (mail threading, replies to comments and tweets). */
  private async findReferredConversationId(manager: EntityManager, item: MessageItem): Promise<string | null> {
    const references = (item.references ?? []).filter(Boolean).slice(-50);
    if (references.length === 0) return null;
    const referred = await manager.find(Message, {
      where: { channel: item.channel, providerMessageId: In(references) },
      select: { id: true, conversationId: true, sentAt: true },
      order: { sentAt: 'DESC' },
      take: 1,
    });
    return referred[0]?.conversationId ?? null;
  }

  /**
   * The citizen's conversation on this account with the same thread key (a post, a subject), or without one (a
   * chat). A resolved conversation is reopened by its next question.
   */
  private findThreadConversation(
    manager: EntityManager,
    item: MessageItem,
    identityId: string,
  ): Promise<Conversation | null> {
    return manager.findOne(Conversation, {
      where: {
        identityId,
        channelAccountId: item.accountId,
        threadKey: item.threadKey ? item.threadKey : IsNull(),
      },
      order: { createdAt: 'DESC' },
    });
  }

  private async applyChange(manager: EntityManager, item: ChangeItem, now: Date, events: DomainEvent[]): Promise<void> {
    const message = await manager.findOneBy(Message, {
      channel: item.channel,
      providerMessageId: item.providerMessageId,
    });
    if (!message) return;
    if (item.type === 'remove') {
      if (message.removedAt) return;
      message.removedAt = new Date(Math.min(Date.parse(item.occurredAt) || now.getTime(), now.getTime()));
    } else {
      if (item.content.kind === 'media') return;
      message.content = item.content;
      message.preview = previewOf(item.content);
      message.editedAt = new Date(Math.min(Date.parse(item.occurredAt) || now.getTime(), now.getTime()));
    }
    await manager.update(
      Message,
      { id: message.id },
      { content: message.content, preview: message.preview, editedAt: message.editedAt, removedAt: message.removedAt },
    );
    events.push(await this.dtoOf(manager, message));
  }

  private async applyWatermark(manager: EntityManager, item: WatermarkItem, events: DomainEvent[]): Promise<void> {
    const identity = await manager.findOneBy(ContactIdentity, {
      channel: item.channel,
      externalId: item.contactExternalId,
    });
    if (!identity) return;
    const upTo = Date.parse(item.upTo);
    const messages = await manager
      .createQueryBuilder(Message, 'm')
      .innerJoin(Conversation, 'c', 'c.id = m.conversationId')
      .where("c.identityId = :identity AND c.channelAccountId = :account AND m.direction = 'outbound'", {
        identity: identity.id,
        account: item.accountId,
      })
      .andWhere('m.sentAt <= :upTo AND m.providerMessageId IS NOT NULL', { upTo })
      .andWhere("m.deliveryStatus IN ('sent', 'delivered')")
      .getMany();
    for (const message of messages) {
      if (!advancesDelivery(message.deliveryStatus, item.status)) continue;
      message.deliveryStatus = item.status;
      message.deliveryUpdatedAt = new Date(upTo);
      await manager.update(
        Message,
        { id: message.id },
        { deliveryStatus: message.deliveryStatus, deliveryUpdatedAt: message.deliveryUpdatedAt },
      );
      events.push(await this.dtoOf(manager, message));
    }
  }

  private async dtoOf(manager: EntityManager, message: Message): Promise<DomainEvent> {
    const attachments = await manager.findBy(Attachment, { messageId: message.id });
    const author = message.authorId
      ? await manager.findOne(User, { where: { id: message.authorId }, select: { id: true, name: true } })
      : null;
    return { name: 'message.updated', payload: toMessageDto(message, attachments, author?.name ?? null) };
  }

  private async applyStatus(manager: EntityManager, item: StatusItem, events: DomainEvent[]): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(DeliveryReceipt)
      .values({
        id: randomUUID(),
        channel: item.channel,
        providerMessageId: item.providerMessageId,
        status: item.status,
        occurredAt: new Date(item.occurredAt),
        errorCode: item.error?.code ?? null,
        errorDetail: item.error?.detail ?? null,
      })
      .orIgnore()
      .execute();
    const message = await manager.findOneBy(Message, {
      channel: item.channel,
      providerMessageId: item.providerMessageId,
    });
    if (!message || !advancesDelivery(message.deliveryStatus, item.status)) return;
    message.deliveryStatus = item.status;
    message.deliveryUpdatedAt = new Date(item.occurredAt);
    if (item.status === 'failed') {
      message.failureCode = item.error?.code ?? 'REJECTED';
      message.failureDetail = item.error?.detail ?? null;
    }
    await manager.update(
      Message,
      { id: message.id },
      {
        deliveryStatus: message.deliveryStatus,
        deliveryUpdatedAt: message.deliveryUpdatedAt,
        failureCode: message.failureCode,
        failureDetail: message.failureDetail,
      },
    );
    if (item.status === 'failed' && message.direction === 'outbound') {
      const conversation = await manager.findOneByOrFail(Conversation, { id: message.conversationId });
      if (await recomputeWaiting(manager, conversation, this.clock.now(), this.sla.settings())) {
        const contact = await manager.findOneByOrFail(Contact, { id: conversation.contactId });
        const identity = await manager.findOneByOrFail(ContactIdentity, { id: conversation.identityId });
        events.push({
          name: 'conversation.updated',
          payload: toConversationSummary(
            conversation,
            { displayName: contact.displayName, handle: identity.externalId },
            await this.people.one(conversation),
          ),
        });
      }
    }
    events.push(await this.dtoOf(manager, message));
  }
}

/** A reply to the satisfaction question within its window, read as a mark; null when it is anything else. */
function csatMarkIn(conversation: Conversation, content: MessageContent, sentAt: Date): number | null {
  const asked = conversation.csatAskedAt;
  if (!asked || conversation.resolvedAt === null || conversation.csatTenths !== null) return null;
  // Providers stamp whole seconds: a reply in the same second as the question counts.
  const after = sentAt.getTime() - Math.floor(asked.getTime() / 1000) * 1000;
  if (after < 0 || after > CSAT_REPLY_WINDOW_MS) return null;
  return content.kind === 'text' ? parseCsatReply(content.text) : null;
}

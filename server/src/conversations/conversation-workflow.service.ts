import { Injectable } from '@nestjs/common';
import {
  replyWindow,
  type ConversationSummaryDto,
  type MessageDto,
  type noteRequestSchema,
  type resolveRequestSchema,
} from '@ingang/shared';
import { In, IsNull, Not, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AuditLog } from '../audit/audit-log';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { DomainEvents, type DomainEvent } from '../events/domain-events';
import { OutcomesService } from '../topics/outcomes.service';
import { TopicsService } from '../topics/topics.service';
import { WorkflowSettingsService } from '../topics/workflow-settings.service';
import { User } from '../users/user.entity';
import { assertCanSee, canSee, isLead, isWebcare, mayHold } from './conversation-access';
import { claimedBy, takeHold } from './conversation-claims';
import { toMessageDto } from './conversation-mapper';
import { Conversation } from './conversation.entity';
import { ConversationsService } from './conversations.service';
import { Message } from './message.entity';
import { csatQuestionMessage, noteMessage } from './note-message';
import { OutboundQueue } from './outbound.queue';
import { PeopleDirectory } from './people-directory';

/** How many of the most urgent free conversations "next" tries before looking further. */
const NEXT_BATCH = 10;

type Actor = Pick<User, 'id' | 'name' | 'email' | 'role' | 'departmentId' | 'maxConversations'>;

/**
 * Who holds which conversation: claim, release, hand to a colleague, take the next one, internal notes, resolve and
 * reopen. Every change is a conditional write (safe with several server processes), pushed live and audited.
 */
@Injectable()
export class ConversationWorkflowService {
  constructor(
    private readonly transactions: Transactions,
    private readonly conversations: ConversationsService,
    private readonly people: PeopleDirectory,
    private readonly events: DomainEvents,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly outcomes: OutcomesService,
    private readonly topics: TopicsService,
    private readonly workflowSettings: WorkflowSettingsService,
    private readonly outbound: OutboundQueue,
  ) {}

  /** 409 CLAIMED when someone else holds it; 409 CAPACITY_REACHED when the agent holds their maximum already. */
  async claim(user: Actor, id: string): Promise<ConversationSummaryDto> {
    const now = this.clock.now();
    const summary = await this.change(async (manager) => {
      await this.assertCapacity(manager, user, id);
      return takeHold(manager, id, user, now, this.people);
    });
    this.audit.record(user, 'conversation.claimed', { type: 'conversation', id });
    return summary;
  }

  /** The holder lets go (a supervisor may release anyone's); the question goes back to the queue. */
  async release(user: Actor, id: string): Promise<ConversationSummaryDto> {
    const summary = await this.change(async (manager) => {
      const conversation = await this.visible(manager, user, id);
      if (conversation.assigneeId === null) return conversation;
      if (conversation.assigneeId !== user.id && !isLead(user.role)) {
        throw new DomainError('FORBIDDEN', 'Only the holder or a supervisor can release this conversation');
      }
      await this.swapHolder(manager, conversation, null);
      return conversation;
    });
    this.audit.record(user, 'conversation.released', { type: 'conversation', id });
    return summary;
  }

  /**
   * Hands the conversation to a colleague who may hold it: by its holder, by anyone when nobody holds it, and by a
   * supervisor always (reassigning, or taking over by assigning it to themselves).
   */
  async assign(user: Actor, id: string, targetId: string): Promise<ConversationSummaryDto> {
    let targetName = '';
    const summary = await this.change(async (manager) => {
      const conversation = await this.visible(manager, user, id);
      const target = await manager.findOneBy(User, { id: targetId, disabledAt: IsNull() });
      if (!target) throw new DomainError('VALIDATION_FAILED', 'No active colleague with this id');
      if (!mayHold(target, conversation)) {
        throw new DomainError('VALIDATION_FAILED', `${target.name} cannot hold this conversation`);
      }
      const holder = conversation.assigneeId;
      if (holder !== null && holder !== user.id && !isLead(user.role)) {
        throw await claimedBy(holder, this.people);
      }
      if (!mayHold(user, conversation) && !isLead(user.role)) {
        throw new DomainError('FORBIDDEN', 'You cannot hand this conversation over');
      }
      targetName = target.name;
      await this.swapHolder(manager, conversation, target.id);
      return conversation;
    });
    this.audit.record(user, 'conversation.assigned', { type: 'conversation', id }, `to ${targetName} (${targetId})`);
    return summary;
  }

  /**
   * Claims the most urgent conversation nobody holds that this user may handle — atomically, so two agents pressing
   * at once never get the same one. Null when there is none.
   */
  async next(user: Actor, assignedBySystem = false): Promise<ConversationSummaryDto | null> {
    const now = this.clock.now();
    const summary = await this.transactions.run(async (manager) => {
      await this.assertCapacity(manager, user, null);
      const scope = isWebcare(user.role) ? IsNull() : (user.departmentId ?? '-');
      const tried = new Set<string>();
      for (let round = 0; round < 5; round += 1) {
        const candidates = await manager.find(Conversation, {
          select: { id: true },
          where: { status: In(['open', 'escalated']), assigneeId: IsNull(), resolvedAt: IsNull(), departmentId: scope },
          order: { sortKey: 'ASC', id: 'ASC' },
          take: NEXT_BATCH + tried.size,
        });
        const fresh = candidates.filter((candidate) => !tried.has(candidate.id));
        if (fresh.length === 0) return null;
        for (const { id } of fresh) {
          tried.add(id);
          const won = await manager.update(
            Conversation,
            { id, assigneeId: IsNull(), resolvedAt: IsNull(), departmentId: scope },
            { assigneeId: user.id, claimedAt: now },
          );
          if (!won.affected) continue;
          const conversation = await manager.findOneByOrFail(Conversation, { id });
          return this.save(manager, conversation);
        }
      }
      return null;
    });
    if (summary) {
      this.events.emit([{ name: 'conversation.updated', payload: summary }]);
      if (assignedBySystem) {
        this.audit.record(
          'system',
          'conversation.assigned',
          { type: 'conversation', id: summary.id },
          `to ${user.name} (${user.id})`,
        );
      } else {
        this.audit.record(user, 'conversation.claimed', { type: 'conversation', id: summary.id }, 'next');
      }
    }
    return summary;
  }

  /** An internal note: never sent to the citizen; the colleagues mentioned are told live. */
  async note(user: Actor, id: string, input: z.output<typeof noteRequestSchema>): Promise<MessageDto> {
    const now = this.clock.now();
    const { message, mentioned } = await this.transactions.run(async (manager) => {
      const conversation = await this.visible(manager, user, id);
      const mentionIds = [...new Set(input.mentionIds)];
      const mentioned = mentionIds.length
        ? await manager.find(User, { where: { id: In(mentionIds), disabledAt: IsNull() } })
        : [];
      if (mentioned.length !== mentionIds.length) {
        throw new DomainError('VALIDATION_FAILED', 'A mentioned colleague does not exist');
      }
      const message = noteMessage(manager, conversation, user.id, input.text, now);
      await manager.insert(Message, message);
      // Only those who can see the conversation hear about it.
      return { message, mentioned: mentioned.filter((colleague) => canSee(colleague, conversation)) };
    });
    const dto = toMessageDto(message, [], user.name);
    const events: DomainEvent[] = [{ name: 'message.created', payload: dto }];
    for (const colleague of mentioned) {
      events.push({
        name: 'mention.created',
        payload: { conversationId: id, messageId: message.id, by: { id: user.id, name: user.name }, text: input.text },
        to: colleague.id,
      });
    }
    this.events.emit(events);
    this.audit.record(user, 'conversation.noted', { type: 'conversation', id });
    return dto;
  }

  /**
   * Resolves with a gespreksresultaat (and the standard answers used): nobody owes the citizen an answer any more.
   * 409 TOPIC_REQUIRED when the workflow settings require a topic and it has none.
   */
  async resolve(
    user: Actor,
    id: string,
    input: z.output<typeof resolveRequestSchema>,
  ): Promise<ConversationSummaryDto> {
    // Set inside the transaction when the satisfaction question goes out with the resolve.
    const asked: { question: Message | null } = { question: null };
    const summary = await this.change(async (manager) => {
      const conversation = await this.visible(manager, user, id);
      if (!isWebcare(user.role)) throw new DomainError('FORBIDDEN', 'Webcare resolves conversations');
      if (conversation.departmentId) {
        throw new DomainError('CONFLICT', 'A back office has this conversation: wait for its answer or take it back');
      }
      const holder = conversation.assigneeId;
      if (holder !== null && holder !== user.id && !isLead(user.role)) {
        throw await claimedBy(holder, this.people);
      }
      const outcome = await this.outcomes.find(input.outcomeId, manager);
      if (!outcome?.active) throw new DomainError('VALIDATION_FAILED', 'No active outcome with this id');
      const { topicRequiredToResolve, csatQuestion } = await this.workflowSettings.settings(manager);
      if (topicRequiredToResolve && (await this.topics.topicIdsOf(id, manager)).length === 0) {
        throw new DomainError('TOPIC_REQUIRED', 'Choose a topic before resolving this conversation');
      }
      const now = this.clock.now();
      conversation.resolvedAt = now;
      conversation.resolvedBy = user.id;
      conversation.outcomeId = outcome.id;
      conversation.standardAnswerIds = [...new Set(input.standardAnswerIds)];
      conversation.assigneeId = null;
      conversation.claimedAt = null;
      conversation.waitingSince = null;
      conversation.unansweredCount = 0;
      if (csatQuestion && this.mayAskCsat(conversation, now)) {
        const question = csatQuestionMessage(manager, conversation, now);
        asked.question = question;
        await manager.insert(Message, question);
        conversation.csatAskedAt = now;
        conversation.csatTenths = null;
        conversation.csatAt = null;
        conversation.lastMessageAt = now;
        conversation.lastMessagePreview = question.preview;
      }
      return conversation;
    });
    this.audit.record(user, 'conversation.resolved', { type: 'conversation', id });
    if (asked.question) {
      this.events.emit([{ name: 'message.created', payload: toMessageDto(asked.question, [], null) }]);
      await this.outbound.enqueue(asked.question.id);
    }
    return summary;
  }

  /** Only privately (never as a public comment) and only while the channel lets us write freely. */
  private mayAskCsat(conversation: Conversation, now: Date): boolean {
    if (conversation.visibility !== 'private') return false;
    return replyWindow(conversation.channel, conversation.lastInboundAt, now, 'private').state === 'open';
  }

  /** Reopens a resolved conversation: it is back in the queue (or waiting for the citizen). */
  async reopen(user: Actor, id: string): Promise<ConversationSummaryDto> {
    const summary = await this.change(async (manager) => {
      const conversation = await this.visible(manager, user, id);
      if (!isWebcare(user.role)) throw new DomainError('FORBIDDEN', 'Only webcare reopens conversations');
      conversation.resolvedAt = null;
      conversation.resolvedBy = null;
      conversation.outcomeId = null;
      return conversation;
    });
    this.audit.record(user, 'conversation.reopened', { type: 'conversation', id });
    return summary;
  }

  /** Sets who holds it, guarded against a change meanwhile (another process may have claimed it). */
  private async swapHolder(manager: EntityManager, conversation: Conversation, holder: string | null): Promise<void> {
    const result = await manager.update(
      Conversation,
      { id: conversation.id, assigneeId: conversation.assigneeId ?? IsNull() },
      { assigneeId: holder, claimedAt: holder ? this.clock.now() : null },
    );
    if (!result.affected) throw new DomainError('CONFLICT', 'Someone else changed who holds this conversation');
    conversation.assigneeId = holder;
    conversation.claimedAt = holder ? this.clock.now() : null;
  }

  private async assertCapacity(manager: EntityManager, user: Actor, except: string | null): Promise<void> {
    if (user.maxConversations === null) return;
    const held = await manager.count(Conversation, {
      where: { assigneeId: user.id, status: 'claimed', ...(except ? { id: Not(except) } : {}) },
    });
    if (held >= user.maxConversations) {
      throw new DomainError(
        'CAPACITY_REACHED',
        `You hold ${held} conversations, your maximum: answer or release one first`,
        { held, max: user.maxConversations },
      );
    }
  }

  private async visible(manager: EntityManager, user: Actor, id: string): Promise<Conversation> {
    const conversation = await manager.findOneBy(Conversation, { id });
    assertCanSee(user, conversation);
    return conversation;
  }

  /** Runs a change to one conversation, saves what follows from it, and pushes the new summary. */
  private async change(work: (manager: EntityManager) => Promise<Conversation>): Promise<ConversationSummaryDto> {
    const summary = await this.transactions.run(async (manager) => this.save(manager, await work(manager)));
    this.events.emit([{ name: 'conversation.updated', payload: summary }]);
    return summary;
  }

  private save(manager: EntityManager, conversation: Conversation): Promise<ConversationSummaryDto> {
    return this.conversations.saveState(manager, conversation);
  }
}

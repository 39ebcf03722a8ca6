import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { CreateTopic, TopicDto, UpdateTopic } from '@ingang/shared';
import { In, Repository, type EntityManager } from 'typeorm';
import { AuditLog, type AuditActor } from '../audit/audit-log';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
// Only to see that the conversation exists and to hold it while its topics change: injecting the conversations
// service instead would make a cycle once the resolve flow there asks this module for the topics.
import { canSee } from '../conversations/conversation-access';
import { Conversation } from '../conversations/conversation.entity';
import type { User } from '../users/user.entity';
import { Transactions } from '../database/transactions';
import { DomainEvents } from '../events/domain-events';
import { ConversationTopic } from './conversation-topic.entity';
import { NamedList } from './named-list';
import { planTopicChange } from './topic-change';
import { Topic } from './topic.entity';

export function toTopicDto(topic: Topic): TopicDto {
  return {
    id: topic.id,
    name: topic.name,
    active: topic.active,
    sortOrder: topic.sortOrder,
    createdAt: topic.createdAt.toISOString(),
    updatedAt: topic.updatedAt.toISOString(),
  };
}

/** The administrator's list of topics, and the topics agents give conversations (reports count them). */
@Injectable()
export class TopicsService {
  private readonly list: NamedList<Topic>;

  constructor(
    @InjectRepository(Topic) topics: Repository<Topic>,
    @InjectRepository(ConversationTopic) private readonly conversationTopics: Repository<ConversationTopic>,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    private readonly audit: AuditLog,
    private readonly events: DomainEvents,
  ) {
    this.list = new NamedList(topics, Topic, 'topic', transactions, clock, audit);
  }

  /** Every topic, deactivated ones included: the administrator's list. */
  async listAll(): Promise<TopicDto[]> {
    return (await this.list.all()).map(toTopicDto);
  }

  /** The topics an agent can choose. */
  async listActive(): Promise<TopicDto[]> {
    return (await this.list.active()).map(toTopicDto);
  }

  async create(request: CreateTopic, actor: AuditActor): Promise<TopicDto> {
    return toTopicDto(await this.list.create(request, actor));
  }

  async update(id: string, changes: UpdateTopic, actor: AuditActor): Promise<TopicDto> {
    return toTopicDto(await this.list.update(id, changes, actor));
  }

  /** DELETE: the topic can no longer be chosen but stays on its conversations; PATCH `active` brings it back. */
  deactivate(id: string, actor: AuditActor): Promise<TopicDto> {
    return this.update(id, { active: false }, actor);
  }

  async reorder(ids: readonly string[], actor: AuditActor): Promise<TopicDto[]> {
    return (await this.list.reorder(ids, actor)).map(toTopicDto);
  }

  /** The ids of a conversation's topics (deactivated ones included); none for an unknown conversation. */
  async topicIdsOf(
    conversationId: string,
    manager: EntityManager = this.conversationTopics.manager,
  ): Promise<string[]> {
    const rows = await manager.find(ConversationTopic, { where: { conversationId }, select: { topicId: true } });
    return rows.map((row) => row.topicId);
  }

  /** A conversation's topics in list order; 404 for an unknown conversation. */
  async topicsOf(conversationId: string, user?: Pick<User, 'role' | 'departmentId'>): Promise<TopicDto[]> {
    const manager = this.conversationTopics.manager;
    await this.assertConversation(manager, conversationId, false, user);
    return (await this.list.withIds(await this.topicIdsOf(conversationId, manager), manager)).map(toTopicDto);
  }

  /**
   * Replaces a conversation's topics. Every id must be an active topic, or one the conversation already has (it
   * may keep a topic deactivated since). Announced as `conversation.topics` when something changed.
   */
  async setTopicsOf(
    conversationId: string,
    topicIds: readonly string[],
    actor: AuditActor & Partial<Pick<User, 'role' | 'departmentId'>>,
  ): Promise<TopicDto[]> {
    const { topics, changed } = await this.transactions.run(async (manager) => {
      await this.assertConversation(
        manager,
        conversationId,
        true,
        actor.role ? { role: actor.role, departmentId: actor.departmentId ?? null } : undefined,
      );
      const current = await this.topicIdsOf(conversationId, manager);
      const known = await this.list.withIds(topicIds, manager);
      const change = planTopicChange(current, topicIds, known);
      if (!change.ok) {
        throw new DomainError(
          'VALIDATION_FAILED',
          'The request is not valid',
          change.refused.map((id) => ({
            path: `topicIds.${topicIds.indexOf(id)}`,
            message: 'unknown or inactive topic',
          })),
        );
      }
      if (change.removed.length > 0) {
        await manager.delete(ConversationTopic, { conversationId, topicId: In(change.removed) });
      }
      if (change.added.length > 0) {
        const createdAt = this.clock.now();
        await manager.insert(
          ConversationTopic,
          change.added.map((topicId) => ({ conversationId, topicId, createdAt, createdBy: actor.id })),
        );
      }
      return { topics: known, changed: change.added.length + change.removed.length > 0 };
    });
    const dtos = topics.map(toTopicDto);
    if (changed) {
      const names = topics.map((topic) => topic.name).join(', ') || 'none';
      this.audit.record(actor, `conversation ${conversationId} topics set (${names})`);
      this.events.emit([{ name: 'conversation.topics', payload: { conversationId, topics: dtos } }]);
    }
    return dtos;
  }

  private async assertConversation(
    manager: EntityManager,
    id: string,
    lock: boolean,
    user?: Pick<User, 'role' | 'departmentId'>,
  ): Promise<void> {
    // Holding the conversation's row makes two agents setting its topics at once take turns (PostgreSQL; SQLite
    // has one writer anyway).
    const found = await manager.findOne(Conversation, {
      where: { id },
      select: { id: true, departmentId: true },
      ...(lock && !this.transactions.isSqlite ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    // A back office only touches what its department has now.
    if (!found || (user && !canSee(user, found))) throw new DomainError('NOT_FOUND', 'Conversation not found');
  }
}

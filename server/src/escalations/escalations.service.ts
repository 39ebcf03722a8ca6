import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  addWorkingHours,
  type EscalateRequest,
  type EscalationDto,
  type EscalationStatus,
  type listEscalationsQuerySchema,
  type MessageDto,
  type replyRequestSchema,
} from '@ingang/shared';
import { In, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AuditLog } from '../audit/audit-log';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { isLead, isWebcare } from '../conversations/conversation-access';
import { takeHold } from '../conversations/conversation-claims';
import { toMessageDto } from '../conversations/conversation-mapper';
import { Conversation } from '../conversations/conversation.entity';
import { ConversationsService } from '../conversations/conversations.service';
import { Message } from '../conversations/message.entity';
import { noteMessage } from '../conversations/note-message';
import { PeopleDirectory } from '../conversations/people-directory';
import { Transactions } from '../database/transactions';
import { Department } from '../departments/department.entity';
import { fromPolicyColumns } from '../departments/escalation-policy-columns';
import { DomainEvents, type DomainEvent } from '../events/domain-events';
import { SlaSettingsService } from '../sla/sla-settings.service';
import type { User } from '../users/user.entity';
import { toEscalationDtos } from './escalation-mapper';
import { Escalation } from './escalation.entity';

type Actor = Pick<User, 'id' | 'name' | 'email' | 'role' | 'departmentId'>;
type ReplyInput = z.output<typeof replyRequestSchema>;

/**
 * The warm hand-over to a back office and back: escalate with a hand-over note and a holding reply (which stops the
 * webcare clock and starts the department's), the back office answers the citizen in the original channel, or gives
 * webcare an internal answer, or bounces the question with a reason. The conversation keeps the whole path.
 */
@Injectable()
export class EscalationsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly conversations: ConversationsService,
    private readonly people: PeopleDirectory,
    private readonly events: DomainEvents,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly sla: SlaSettingsService,
  ) {}

  async escalate(user: Actor, conversationId: string, request: EscalateRequest): Promise<EscalationDto> {
    if (!isWebcare(user.role)) throw new DomainError('FORBIDDEN', 'Only webcare escalates to a back office');
    let created: Escalation | undefined;
    const hand = async (manager: EntityManager, conversation: Conversation, holding: Message | null) => {
      created = await this.handOver(manager, user, conversation, request, holding);
      return [{ name: 'escalation.created', payload: (await this.dtos([created]))[0] }] satisfies DomainEvent[];
    };
    if (request.holdingReply) {
      // The holding reply and the hand-over are one transaction: the citizen is told exactly when it happened.
      await this.conversations.reply(user as User, conversationId, request.holdingReply as ReplyInput, {
        within: hand,
        auditAction: 'conversation.escalated',
      });
    } else {
      const now = this.clock.now();
      const events = await this.transactions.run(async (manager) => {
        const conversation = await takeHold(manager, conversationId, user, now, this.people);
        const extra = await hand(manager, conversation, null);
        return [{ name: 'conversation.updated' as const, payload: await this.save(manager, conversation) }, ...extra];
      });
      this.events.emit(events);
      this.audit.record(user, 'conversation.escalated', { type: 'conversation', id: conversationId });
    }
    return (await this.dtos([created!]))[0];
  }

  /** A back office's list: its own department only; webcare may filter by department. Nearest deadline first. */
  async list(user: Actor, query: z.output<typeof listEscalationsQuerySchema>): Promise<EscalationDto[]> {
    const departmentId = isWebcare(user.role) ? query.departmentId : (user.departmentId ?? '-');
    const escalations = await this.transactions.run((manager) =>
      manager.find(Escalation, {
        where: {
          ...(departmentId ? { departmentId } : {}),
          ...(query.status?.length ? { status: In(query.status) } : {}),
        },
        order: { deadlineAt: 'ASC', id: 'ASC' },
        take: query.limit,
      }),
    );
    return this.dtos(escalations);
  }

  /** The back office answers the citizen itself, in the original channel; webcare gets the conversation back. */
  async answerCitizen(user: Actor, escalationId: string, input: ReplyInput): Promise<MessageDto> {
    const escalation = await this.openEscalation(user, escalationId);
    return this.conversations.reply(user as User, escalation.conversationId, input, {
      within: async (manager, conversation) => this.close(manager, user, conversation, escalationId, 'answered', null),
      auditAction: 'escalation.answered',
    });
  }

  /** An internal answer for webcare (returned) or the question sent back with a reason (bounced). */
  async giveBack(
    user: Actor,
    escalationId: string,
    status: Extract<EscalationStatus, 'returned' | 'bounced'>,
    text: string,
  ): Promise<EscalationDto> {
    const now = this.clock.now();
    await this.openEscalation(user, escalationId);
    const events = await this.transactions.run(async (manager) => {
      const escalation = await manager.findOneByOrFail(Escalation, { id: escalationId });
      const conversation = await manager.findOneByOrFail(Conversation, { id: escalation.conversationId });
      const note = noteMessage(manager, conversation, user.id, text, now);
      await manager.insert(Message, note);
      const closed = await this.close(manager, user, conversation, escalationId, status, text);
      return [
        { name: 'conversation.updated' as const, payload: await this.save(manager, conversation) },
        { name: 'message.created' as const, payload: toMessageDto(note, [], user.name) },
        ...closed,
      ] satisfies DomainEvent[];
    });
    this.events.emit(events);
    this.audit.record(user, `escalation.${status}`, { type: 'escalation', id: escalationId });
    const escalation = await this.transactions.run((manager) =>
      manager.findOneByOrFail(Escalation, { id: escalationId }),
    );
    return (await this.dtos([escalation]))[0];
  }

  private async handOver(
    manager: EntityManager,
    user: Actor,
    conversation: Conversation,
    request: EscalateRequest,
    holding: Message | null,
  ): Promise<Escalation> {
    if (conversation.departmentId) throw new DomainError('CONFLICT', 'A back office has this conversation already');
    const department = await manager.findOneBy(Department, { id: request.departmentId });
    if (!department?.active) throw new DomainError('VALIDATION_FAILED', 'No active department with this id');
    const settings = this.sla.settings();
    const policy = fromPolicyColumns(department) ?? settings.escalation;
    const now = this.clock.now();
    const deadlineAt = addWorkingHours(settings.calendar, now, policy.answerWithinHours);
    const escalation = manager.create(Escalation, {
      id: randomUUID(),
      conversationId: conversation.id,
      departmentId: department.id,
      status: 'open',
      handoverNote: request.handoverNote,
      holdingMessageId: holding?.id ?? null,
      createdBy: user.id,
      createdAt: now,
      deadlineAt,
      atRiskAt: addWorkingHours(settings.calendar, deadlineAt, -policy.atRiskHours),
      breachedAt: null,
      closedAt: null,
      closedBy: null,
      result: null,
    });
    await manager.insert(Escalation, escalation);
    // The back office has it now; nobody there holds it yet.
    conversation.departmentId = department.id;
    conversation.escalationId = escalation.id;
    conversation.assigneeId = null;
    conversation.claimedAt = null;
    return escalation;
  }

  /** Ends the escalation; the conversation goes back to the agent who escalated it (a warm return). */
  private async close(
    manager: EntityManager,
    user: Actor,
    conversation: Conversation,
    escalationId: string,
    status: Exclude<EscalationStatus, 'open'>,
    result: string | null,
  ): Promise<DomainEvent[]> {
    const now = this.clock.now();
    const closed = await manager.update(
      Escalation,
      { id: escalationId, status: 'open' },
      { status, result, closedAt: now, closedBy: user.id },
    );
    if (!closed.affected) throw new DomainError('CONFLICT', 'This escalation was closed meanwhile');
    const escalation = await manager.findOneByOrFail(Escalation, { id: escalationId });
    conversation.departmentId = null;
    conversation.escalationId = null;
    conversation.assigneeId = escalation.createdBy;
    conversation.claimedAt = now;
    return [{ name: 'escalation.updated', payload: (await this.dtos([escalation]))[0] }];
  }

  /** The escalation, open, and the user one of its department's people (or a supervisor). */
  private async openEscalation(user: Actor, escalationId: string): Promise<Escalation> {
    const escalation = await this.transactions.run((manager) => manager.findOneBy(Escalation, { id: escalationId }));
    const ofDepartment = user.role === 'backoffice' && user.departmentId === escalation?.departmentId;
    if (!escalation || (!ofDepartment && !isWebcare(user.role))) {
      throw new DomainError('NOT_FOUND', 'Escalation not found');
    }
    if (!ofDepartment && !isLead(user.role)) {
      throw new DomainError('FORBIDDEN', "Only the department's people (or a supervisor) handle this escalation");
    }
    if (escalation.status !== 'open') throw new DomainError('CONFLICT', 'This escalation is closed');
    return escalation;
  }

  private save(manager: EntityManager, conversation: Conversation) {
    return this.conversations.saveState(manager, conversation);
  }

  private dtos(escalations: Escalation[]): Promise<EscalationDto[]> {
    return toEscalationDtos(escalations, this.people);
  }
}

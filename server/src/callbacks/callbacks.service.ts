import { Injectable } from '@nestjs/common';
import {
  atRiskFrom,
  slaDeadline,
  type CallbackAttempt as CallbackAttemptRequest,
  type CallbackDto,
  type CallbackListFilter,
  type CompleteCallback,
  type CreateCallback,
} from '@ingang/shared';
import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { Contact } from '../contacts/contact.entity';
import { assertCanSee } from '../conversations/conversation-access';
import { Conversation } from '../conversations/conversation.entity';
import { PeopleDirectory } from '../conversations/people-directory';
import { Transactions } from '../database/transactions';
import { Department } from '../departments/department.entity';
import { DomainEvents } from '../events/domain-events';
import { SlaSettingsService } from '../sla/sla-settings.service';
import type { User } from '../users/user.entity';
import { assertMayBook, callbackListScope, canSeeCallback } from './callback-access';
import { CallbackAttempt } from './callback-attempt.entity';
import { toCallbackDto, type CallbackNames } from './callback-mapper';
import { CallbackRequest } from './callback-request.entity';

type Actor = Pick<User, 'id' | 'email' | 'name' | 'role' | 'departmentId'>;

const notFound = () => new DomainError('NOT_FOUND', 'Callback not found');
const alreadyDone = () => new DomainError('CONFLICT', 'This callback is done already');

/**
 * Callback requests: booked from a conversation with a deadline from the callback policy (1 working day by default),
 * attempts logged, done with an outcome. Their at-risk and overdue states are not pushed: lists and countdowns read
 * them from the stored `atRiskAt` and `deadlineAt`. A deadline stays as it was booked when the SLA settings change
 * later: it is what the citizen was promised.
 */
@Injectable()
export class CallbacksService {
  constructor(
    private readonly transactions: Transactions,
    private readonly people: PeopleDirectory,
    private readonly sla: SlaSettingsService,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
    private readonly audit: AuditLog,
  ) {}

  async create(user: Actor, conversationId: string, request: CreateCallback): Promise<CallbackDto> {
    assertMayBook(user, request.departmentId);
    const now = this.clock.now();
    const { calendar, callback: policy } = this.sla.settings();
    const deadlineAt = slaDeadline(calendar, policy, now)!;
    const callback: CallbackRequest = {
      id: randomUUID(),
      conversationId,
      phone: request.phone,
      preferredMoment: request.preferredMoment,
      note: request.note,
      departmentId: request.departmentId,
      status: 'open',
      outcome: null,
      outcomeNote: null,
      deadlineAt,
      atRiskAt: atRiskFrom(calendar, policy, deadlineAt),
      createdBy: user.id,
      createdAt: now,
      completedAt: null,
      completedBy: null,
      firstReachedAt: null,
    };
    const dto = await this.transactions.run(async (manager) => {
      const conversation = await manager.findOne(Conversation, {
        where: { id: conversationId },
        select: { id: true, departmentId: true },
      });
      assertCanSee(user, conversation);
      if (request.departmentId !== null) {
        const department = await manager.findOne(Department, {
          where: { id: request.departmentId },
          select: { id: true, active: true },
        });
        if (!department?.active) {
          throw new DomainError('VALIDATION_FAILED', 'The request is not valid', [
            { path: 'departmentId', message: 'no active department with this id' },
          ]);
        }
      }
      await manager.insert(CallbackRequest, callback);
      return (await this.dtos(manager, [callback]))[0];
    });
    this.audit.record(
      user,
      'callback.created',
      { type: 'callback', id: callback.id },
      `conversation ${conversationId}, ${request.departmentId ? `department ${request.departmentId}` : 'KCC'}, ` +
        `deadline ${deadlineAt.toISOString()}`,
    );
    this.events.emit([{ name: 'callback.created', payload: dto }]);
    return dto;
  }

  /** Earliest deadline first; a back office gets its own department's only. */
  async list(user: Actor, filter: CallbackListFilter): Promise<CallbackDto[]> {
    const scope = callbackListScope(user, filter.departmentId);
    if (scope.kind === 'none') return [];
    return this.transactions.run(async (manager) => {
      const query = manager
        .createQueryBuilder(CallbackRequest, 'cb')
        .where('cb.status = :status', { status: filter.status });
      if (scope.kind === 'kcc') query.andWhere('cb.departmentId IS NULL');
      if (scope.kind === 'department') query.andWhere('cb.departmentId = :departmentId', scope);
      if (filter.conversationId) query.andWhere('cb.conversationId = :conversationId', filter);
      if (filter.mine) query.andWhere('cb.createdBy = :userId', { userId: user.id });
      const callbacks = await query
        .orderBy('cb.deadlineAt', 'ASC')
        .addOrderBy('cb.id', 'ASC')
        .limit(filter.limit)
        .getMany();
      return this.dtos(manager, callbacks);
    });
  }

  async detail(user: Actor, id: string): Promise<CallbackDto> {
    return this.transactions.run(async (manager) => {
      const callback = await manager.findOneBy(CallbackRequest, { id });
      if (!callback || !canSeeCallback(user, callback)) throw notFound();
      return (await this.dtos(manager, [callback]))[0];
    });
  }

  /** One try to call: reached or not. The first that reached the citizen is what the norms count to. */
  async attempt(user: Actor, id: string, request: CallbackAttemptRequest): Promise<CallbackDto> {
    const now = this.clock.now();
    const dto = await this.transactions.run(async (manager) => {
      const callback = await this.openCallback(manager, user, id);
      await manager.insert(CallbackAttempt, this.attemptOf(callback, user, now, request));
      if (request.reached && !callback.firstReachedAt) {
        callback.firstReachedAt = now;
        await manager.update(CallbackRequest, { id }, { firstReachedAt: now });
      }
      return (await this.dtos(manager, [callback]))[0];
    });
    this.audit.record(
      user,
      'callback.attempted',
      { type: 'callback', id },
      request.reached ? 'reached' : 'not reached',
    );
    this.events.emit([{ name: 'callback.updated', payload: dto }]);
    return dto;
  }

  /**
   * Done, with its outcome. "Reached" without an attempt that reached the citizen logs that call now (called and
   * done in one step), so every callback done as reached has the moment it was.
   */
  async complete(user: Actor, id: string, request: CompleteCallback): Promise<CallbackDto> {
    const now = this.clock.now();
    const dto = await this.transactions.run(async (manager) => {
      const callback = await this.openCallback(manager, user, id);
      if (request.outcome === 'reached' && !callback.firstReachedAt) {
        await manager.insert(CallbackAttempt, this.attemptOf(callback, user, now, { reached: true, note: '' }));
        callback.firstReachedAt = now;
      }
      callback.status = 'done';
      callback.outcome = request.outcome;
      callback.outcomeNote = request.note || null;
      callback.completedAt = now;
      callback.completedBy = user.id;
      const done = await manager.update(
        CallbackRequest,
        { id, status: 'open' },
        {
          status: callback.status,
          outcome: callback.outcome,
          outcomeNote: callback.outcomeNote,
          completedAt: now,
          completedBy: user.id,
          firstReachedAt: callback.firstReachedAt,
        },
      );
      if (!done.affected) throw alreadyDone();
      return (await this.dtos(manager, [callback]))[0];
    });
    this.audit.record(user, 'callback.completed', { type: 'callback', id }, `outcome ${request.outcome}`);
    this.events.emit([{ name: 'callback.updated', payload: dto }]);
    return dto;
  }

  /** The callback, locked for the change, when this user may see it and it is still open. */
  private async openCallback(manager: EntityManager, user: Actor, id: string): Promise<CallbackRequest> {
    const callback = await manager.findOne(CallbackRequest, {
      where: { id },
      ...(this.transactions.isSqlite ? {} : { lock: { mode: 'pessimistic_write' as const } }),
    });
    // Not found rather than forbidden: a back office does not learn which other callbacks exist.
    if (!callback || !canSeeCallback(user, callback)) throw notFound();
    if (callback.status !== 'open') throw alreadyDone();
    return callback;
  }

  private attemptOf(
    callback: CallbackRequest,
    user: Actor,
    at: Date,
    request: CallbackAttemptRequest,
  ): CallbackAttempt {
    return {
      id: randomUUID(),
      callbackId: callback.id,
      at,
      attemptedBy: user.id,
      reached: request.reached,
      note: request.note,
    };
  }

  /** The callbacks as the API shows them: with their attempts, the citizen and the names of the people. */
  private async dtos(manager: EntityManager, callbacks: CallbackRequest[]): Promise<CallbackDto[]> {
    if (callbacks.length === 0) return [];
    const ids = callbacks.map((callback) => callback.id);
    const attempts = await manager.find(CallbackAttempt, {
      where: { callbackId: In(ids) },
      order: { at: 'ASC', id: 'ASC' },
    });
    const names = await this.names(manager, callbacks, attempts);
    const attemptsOf = new Map<string, CallbackAttempt[]>();
    for (const attempt of attempts) {
      attemptsOf.set(attempt.callbackId, [...(attemptsOf.get(attempt.callbackId) ?? []), attempt]);
    }
    return callbacks.map((callback) => toCallbackDto(callback, attemptsOf.get(callback.id) ?? [], names));
  }

  private async names(
    manager: EntityManager,
    callbacks: CallbackRequest[],
    attempts: CallbackAttempt[],
  ): Promise<CallbackNames> {
    const users = await this.people.userNames([
      ...callbacks.flatMap((callback) => [callback.createdBy, callback.completedBy]),
      ...attempts.map((attempt) => attempt.attemptedBy),
    ]);
    const departments = await this.people.of(
      callbacks.map((callback) => ({ assigneeId: null, departmentId: callback.departmentId })),
    );
    const conversationIds = [...new Set(callbacks.map((callback) => callback.conversationId))];
    const citizens = await manager
      .createQueryBuilder(Conversation, 'c')
      .leftJoin(Contact, 'ct', 'ct.id = c.contactId')
      .select(['c.id AS conversation_id', 'c.contactId AS contact_id', 'ct.displayName AS contact_name'])
      .where('c.id IN (:...conversationIds)', { conversationIds })
      .getRawMany<{ conversation_id: string; contact_id: string; contact_name: string | null }>();
    const contacts = new Map(
      citizens.map((row) => [row.conversation_id, { id: row.contact_id, displayName: row.contact_name ?? '' }]),
    );
    return {
      user: (id) => ({ id, name: users.get(id) ?? '' }),
      department: (id) => departments({ assigneeId: null, departmentId: id }).department ?? { id, name: '' },
      contact: (conversationId) => contacts.get(conversationId) ?? { id: '', displayName: '' },
    };
  }
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { CreateOutcome, OutcomeDto, UpdateOutcome } from '@ingang/shared';
import { Repository, type EntityManager } from 'typeorm';
import { AuditLog, type AuditActor } from '../audit/audit-log';
import { Clock } from '../common/clock';
import { Transactions } from '../database/transactions';
import { NamedList } from './named-list';
import { Outcome } from './outcome.entity';

export function toOutcomeDto(outcome: Outcome): OutcomeDto {
  return {
    id: outcome.id,
    name: outcome.name,
    kind: outcome.kind,
    active: outcome.active,
    sortOrder: outcome.sortOrder,
    createdAt: outcome.createdAt.toISOString(),
    updatedAt: outcome.updatedAt.toISOString(),
  };
}

/** The administrator's list of conversation outcomes (gespreksresultaten), each of a kind reports count. */
@Injectable()
export class OutcomesService {
  private readonly list: NamedList<Outcome>;

  constructor(
    @InjectRepository(Outcome) private readonly outcomes: Repository<Outcome>,
    transactions: Transactions,
    clock: Clock,
    audit: AuditLog,
  ) {
    this.list = new NamedList(outcomes, Outcome, 'outcome', transactions, clock, audit);
  }

  /** Every outcome, deactivated ones included: the administrator's list. */
  async listAll(): Promise<OutcomeDto[]> {
    return (await this.list.all()).map(toOutcomeDto);
  }

  /** The outcomes an agent can choose when resolving. */
  async listActive(): Promise<OutcomeDto[]> {
    return (await this.list.active()).map(toOutcomeDto);
  }

  /** One outcome, also a deactivated one (check `active` before accepting it anew); null when unknown. */
  async find(id: string, manager: EntityManager = this.outcomes.manager): Promise<OutcomeDto | null> {
    const outcome = await manager.findOneBy(Outcome, { id });
    return outcome && toOutcomeDto(outcome);
  }

  async create(request: CreateOutcome, actor: AuditActor): Promise<OutcomeDto> {
    return toOutcomeDto(await this.list.create(request, actor));
  }

  async update(id: string, changes: UpdateOutcome, actor: AuditActor): Promise<OutcomeDto> {
    return toOutcomeDto(await this.list.update(id, changes, actor));
  }

  /** DELETE: the outcome can no longer be chosen but stays on its conversations; PATCH `active` brings it back. */
  deactivate(id: string, actor: AuditActor): Promise<OutcomeDto> {
    return this.update(id, { active: false }, actor);
  }

  async reorder(ids: readonly string[], actor: AuditActor): Promise<OutcomeDto[]> {
    return (await this.list.reorder(ids, actor)).map(toOutcomeDto);
  }
}

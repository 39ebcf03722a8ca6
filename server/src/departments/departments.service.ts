import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { departmentNameKey, type CreateDepartment, type DepartmentDto, type UpdateDepartment } from '@ingang/shared';
import { randomUUID } from 'node:crypto';
import { Not, Repository, type EntityManager } from 'typeorm';
import { AuditLog, type AuditActor } from '../audit/audit-log';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { isUniqueViolation } from '../database/unique-violation';
import { Department } from './department.entity';
import { fromPolicyColumns, toPolicyColumns } from './escalation-policy-columns';

const departmentLabel = (department: Department) => `department ${department.id} (${department.name})`;
const nameTaken = () => new DomainError('ALREADY_EXISTS', 'There is already a department with this name');
const notFound = () => new DomainError('NOT_FOUND', 'Department not found');

export function toDepartmentDto(department: Department): DepartmentDto {
  return {
    id: department.id,
    name: department.name,
    escalationPolicy: fromPolicyColumns(department),
    active: department.active,
    createdAt: department.createdAt.toISOString(),
    updatedAt: department.updatedAt.toISOString(),
  };
}

const byName = (a: Department, b: Department) => a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id);

/**
 * The back offices webcare escalates to. A department is never deleted, only deactivated: escalations and reports
 * keep referring to it, and its name stays taken (reactivate it to use it again).
 */
@Injectable()
export class DepartmentsService {
  constructor(
    @InjectRepository(Department) private readonly departments: Repository<Department>,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    private readonly audit: AuditLog,
  ) {}

  /** Every department, deactivated ones included: the administrator's list. */
  async list(): Promise<DepartmentDto[]> {
    return (await this.departments.find()).sort(byName).map(toDepartmentDto);
  }

  /** The departments an agent can escalate to. */
  async listActive(): Promise<DepartmentDto[]> {
    return (await this.departments.findBy({ active: true })).sort(byName).map(toDepartmentDto);
  }

  async create(request: CreateDepartment, actor: AuditActor): Promise<DepartmentDto> {
    const now = this.clock.now();
    const department = this.departments.create({
      id: randomUUID(),
      name: request.name,
      nameKey: departmentNameKey(request.name),
      ...toPolicyColumns(request.escalationPolicy ?? null),
      active: true,
      createdAt: now,
      updatedAt: now,
    });
    await this.write(async (manager) => {
      await this.assertNameFree(manager, department.nameKey, department.id);
      await manager.insert(Department, department);
    });
    this.audit.record(actor, `${departmentLabel(department)} created`);
    return toDepartmentDto(department);
  }

  /** A field given replaces the stored one; `escalationPolicy: null` returns to the default policy. */
  async update(id: string, changes: UpdateDepartment, actor: AuditActor): Promise<DepartmentDto> {
    const { department, touched } = await this.write(async (manager) => {
      const department = await this.lockedById(manager, id);
      const touched: string[] = [];
      if (changes.name !== undefined && changes.name !== department.name) {
        const nameKey = departmentNameKey(changes.name);
        if (nameKey !== department.nameKey) await this.assertNameFree(manager, nameKey, id);
        touched.push(`name (was ${department.name})`);
        department.name = changes.name;
        department.nameKey = nameKey;
      }
      if (changes.escalationPolicy !== undefined) {
        const columns = toPolicyColumns(changes.escalationPolicy);
        if (
          columns.escalationAnswerWithinMinutes !== department.escalationAnswerWithinMinutes ||
          columns.escalationAtRiskMinutes !== department.escalationAtRiskMinutes
        ) {
          Object.assign(department, columns);
          touched.push(changes.escalationPolicy ? 'escalationPolicy' : 'escalationPolicy (default)');
        }
      }
      if (changes.active !== undefined && changes.active !== department.active) {
        department.active = changes.active;
        touched.push(changes.active ? 'reactivated' : 'deactivated');
      }
      if (touched.length > 0) {
        department.updatedAt = this.clock.now();
        await manager.save(Department, department);
      }
      return { department, touched };
    });
    if (touched.length > 0) this.audit.record(actor, `${departmentLabel(department)} updated (${touched.join(', ')})`);
    return toDepartmentDto(department);
  }

  /** DELETE: the department stops receiving escalations but stays, with its history; PATCH `active` brings it back. */
  deactivate(id: string, actor: AuditActor): Promise<DepartmentDto> {
    return this.update(id, { active: false }, actor);
  }

  private async lockedById(manager: EntityManager, id: string): Promise<Department> {
    const department = await manager.findOne(Department, {
      where: { id },
      ...(this.transactions.isSqlite ? {} : { lock: { mode: 'pessimistic_write' as const } }),
    });
    if (!department) throw notFound();
    return department;
  }

  private async assertNameFree(manager: EntityManager, nameKey: string, id: string): Promise<void> {
    if (await manager.existsBy(Department, { nameKey, id: Not(id) })) throw nameTaken();
  }

  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.transactions.run(work);
    } catch (error) {
      // Two administrators adding the same name at once: the unique index decides.
      if (isUniqueViolation(error)) throw nameTaken();
      throw error;
    }
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type {
  AdminUserDto,
  ColleagueDto,
  CreateUserRequest,
  DepartmentDto,
  Role,
  UpdateUserRequest,
  UserDto,
} from '@ingang/shared';
import * as argon2 from 'argon2';
import { randomBytes, randomUUID } from 'node:crypto';
import { IsNull, Repository, type EntityManager } from 'typeorm';
import { AuditLog, type AuditActor } from '../audit/audit-log';
import { Session } from '../auth/session.entity';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { AppConfig } from '../config/app-config';
import { Transactions } from '../database/transactions';
import { isUniqueViolation } from '../database/unique-violation';
import { DepartmentsService } from '../departments/departments.service';
import { PresenceRegistry } from '../realtime/presence-registry';
import { UserChanges } from './user-changes';
import { User } from './user.entity';
import {
  describeUserChange,
  planUserUpdate,
  removesAdministrator,
  userConflict,
  type UserState,
  type UserUpdatePlan,
} from './user-rules';

const DEFAULT_ADMIN_EMAIL = 'admin@ingang.local';
// PostgreSQL: changes that could take an administrator away wait for each other, so two administrators demoting
// each other at once cannot leave none (SQLite runs one transaction at a time anyway).
const ADMINISTRATORS_LOCK = 7_356_001;

export function toUserDto(user: User): UserDto {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    departmentId: user.departmentId,
    maxConversations: user.maxConversations,
  };
}

export function toAdminUserDto(user: User): AdminUserDto {
  return {
    ...toUserDto(user),
    createdAt: user.createdAt.toISOString(),
    disabledAt: user.disabledAt?.toISOString() ?? null,
  };
}

const stateOf = (user: User): UserState => ({
  name: user.name,
  role: user.role,
  departmentId: user.departmentId,
  maxConversations: user.maxConversations,
  disabled: user.disabledAt !== null,
});

const byName = (a: User, b: User) => a.name.localeCompare(b.name, 'nl') || a.email.localeCompare(b.email);
const userObject = (id: string) => ({ type: 'user', id });
const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    private readonly audit: AuditLog,
    private readonly departments: DepartmentsService,
    private readonly presence: PresenceRegistry,
    private readonly changes: UserChanges,
  ) {}

  /** Every user, disabled ones included: the administrator's list. */
  async list(): Promise<AdminUserDto[]> {
    return (await this.users.find()).sort(byName).map(toAdminUserDto);
  }

  /** The active users as their colleagues see them, with whether they have the app open right now. */
  async colleagues(): Promise<ColleagueDto[]> {
    const [users, online] = await Promise.all([
      this.users.findBy({ disabledAt: IsNull() }),
      this.presence.onlineUserIds(),
    ]);
    return users.sort(byName).map((user) => ({
      id: user.id,
      name: user.name,
      role: user.role,
      departmentId: user.departmentId,
      online: online.has(user.id),
    }));
  }

  /** An administrator adds a user; an address can belong to one user only. */
  async add(request: CreateUserRequest, actor: AuditActor): Promise<AdminUserDto> {
    const taken = () => new DomainError('ALREADY_EXISTS', 'There is already a user with this e-mail address');
    let departmentName: string | null = null;
    if (request.departmentId) {
      const department = (await this.departments.listActive()).find(({ id }) => id === request.departmentId);
      if (!department) {
        throw new DomainError('VALIDATION_FAILED', 'The request is not valid', [
          { path: 'departmentId', message: 'the department does not exist or is not active' },
        ]);
      }
      departmentName = department.name;
    }
    if (await this.findByEmail(request.email)) throw taken();
    let user: User;
    try {
      user = await this.create(request);
    } catch (error) {
      // Two administrators adding the same address at once: the unique index decides.
      throw isUniqueViolation(error) ? taken() : error;
    }
    const department = departmentName === null ? '' : `, department ${departmentName}`;
    this.audit.record(actor, 'user.created', userObject(user.id), `${user.email}, role ${user.role}${department}`);
    return toAdminUserDto(user);
  }

  /**
   * A field given replaces the stored one. Disabling ends the user's sessions (and open sockets) at once, on every
   * server process; so does a new password set for someone else. See `planUserUpdate` for the rules.
   */
  async update(id: string, changes: UpdateUserRequest, actor: AuditActor): Promise<AdminUserDto> {
    const departments =
      changes.departmentId !== undefined || changes.role !== undefined ? await this.departments.list() : [];
    const activeDepartmentIds = new Set(departments.filter(({ active }) => active).map(({ id }) => id));
    const passwordHash = changes.password === undefined ? undefined : await hashPassword(changes.password);
    const self = id === actor.id;

    const { user, before, plan } = await this.transactions.run(async (manager) => {
      if (!this.transactions.isSqlite && (changes.role !== undefined || changes.disabled === true)) {
        await manager.query('SELECT pg_advisory_xact_lock($1)', [ADMINISTRATORS_LOCK]);
      }
      const user = await this.lockedById(manager, id);
      const before = stateOf(user);
      const plan = planUserUpdate(before, changes, { self, activeDepartmentIds });
      if (removesAdministrator(before, plan.next) && (await this.otherActiveAdministrators(manager, id)) === 0) {
        throw userConflict('LAST_ADMIN', 'There must remain at least one active administrator');
      }
      if (plan.changed.length === 0 && passwordHash === undefined) return { user, before, plan };
      Object.assign(user, {
        name: plan.next.name,
        role: plan.next.role,
        departmentId: plan.next.departmentId,
        maxConversations: plan.next.maxConversations,
        disabledAt: plan.next.disabled ? (user.disabledAt ?? this.clock.now()) : null,
      });
      if (passwordHash !== undefined) user.passwordHash = passwordHash;
      await manager.save(User, user);
      if (this.endsSessions(plan, passwordHash !== undefined, self)) await manager.delete(Session, { userId: id });
      return { user, before, plan };
    });

    this.recordUpdate(actor, id, { before, plan, passwordSet: passwordHash !== undefined, departments });
    if (plan.changed.length > 0 || passwordHash !== undefined) {
      await this.changes.announce({ userId: id, disabled: plan.next.disabled });
    }
    return toAdminUserDto(user);
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users.findOneBy({ email: email.trim().toLowerCase() });
  }

  findById(id: string): Promise<User | null> {
    return this.users.findOneBy({ id });
  }

  async findNames(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.users.createQueryBuilder('u').select(['u.id', 'u.name']).whereInIds(ids).getMany();
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  async create(input: {
    email: string;
    name: string;
    role: Role;
    password: string;
    departmentId?: string | null;
    maxConversations?: number | null;
  }): Promise<User> {
    const user = this.users.create({
      id: randomUUID(),
      email: input.email.trim().toLowerCase(),
      name: input.name,
      role: input.role,
      passwordHash: await hashPassword(input.password),
      createdAt: this.clock.now(),
      disabledAt: null,
      departmentId: input.departmentId ?? null,
      maxConversations: input.maxConversations ?? null,
    });
    return this.transactions.run((manager) => manager.save(user));
  }

  /** First start: the administrator from ADMIN_EMAIL/ADMIN_PASSWORD, or one with a password shown once. */
  async ensureFirstAdministrator(config: AppConfig): Promise<void> {
    if ((await this.users.count()) > 0) return;
    const email = config.values.ADMIN_EMAIL ?? DEFAULT_ADMIN_EMAIL;
    const generated = config.values.ADMIN_PASSWORD === undefined;
    const password = config.values.ADMIN_PASSWORD ?? randomBytes(12).toString('base64url');
    const user = await this.create({ email, name: 'Beheerder', role: 'admin', password });
    this.audit.record('system', 'user.created', userObject(user.id), `${email}, role admin, first administrator`);
    this.logger.log(`Administrator ${email} created`);
    if (generated) {
      // Printed once, on purpose, to the console only: the newcomer needs it to log in the first time.
      process.stdout.write(`\n  First administrator: ${email}\n  Password (shown only now): ${password}\n\n`);
    }
  }

  // A disabled user is logged out everywhere; a password set by an administrator ends the sessions that may have
  // been the reason for it (an administrator setting their own keeps theirs).
  private endsSessions(plan: UserUpdatePlan, passwordSet: boolean, self: boolean): boolean {
    return (plan.changed.includes('disabled') && plan.next.disabled) || (passwordSet && !self);
  }

  /** One event per kind of change, so the log can be filtered on e.g. `user.disabled`. */
  private recordUpdate(
    actor: AuditActor,
    id: string,
    change: { before: UserState; plan: UserUpdatePlan; passwordSet: boolean; departments: DepartmentDto[] },
  ): void {
    const { before, plan } = change;
    const names = new Map(change.departments.map((department) => [department.id, department.name]));
    const detail = describeUserChange(before, plan.next, (departmentId) => names.get(departmentId) ?? departmentId);
    if (detail !== null) this.audit.record(actor, 'user.updated', userObject(id), detail);
    if (plan.changed.includes('disabled')) {
      this.audit.record(actor, plan.next.disabled ? 'user.disabled' : 'user.enabled', userObject(id));
    }
    if (change.passwordSet) this.audit.record(actor, 'user.password-reset', userObject(id));
  }

  private async lockedById(manager: EntityManager, id: string): Promise<User> {
    const user = await manager.findOne(User, {
      where: { id },
      ...(this.transactions.isSqlite ? {} : { lock: { mode: 'pessimistic_write' as const } }),
    });
    if (!user) throw new DomainError('NOT_FOUND', 'User not found');
    return user;
  }

  private async otherActiveAdministrators(manager: EntityManager, id: string): Promise<number> {
    const administrators = await manager.find(User, {
      select: { id: true },
      where: { role: 'admin', disabledAt: IsNull() },
    });
    return administrators.filter((administrator) => administrator.id !== id).length;
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { CreateUserRequest, Role, UserDto } from '@ingang/shared';
import * as argon2 from 'argon2';
import { randomBytes, randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { AuditLog, type AuditActor } from '../audit/audit-log';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { AppConfig } from '../config/app-config';
import { Transactions } from '../database/transactions';
import { isUniqueViolation } from '../database/unique-violation';
import { User } from './user.entity';

const DEFAULT_ADMIN_EMAIL = 'admin@ingang.local';

export function toUserDto(user: User): UserDto {
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    private readonly audit: AuditLog,
  ) {}

  async list(): Promise<UserDto[]> {
    const users = await this.users.find();
    return users.sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.email.localeCompare(b.email)).map(toUserDto);
  }

  /** An administrator adds a user; an address can belong to one user only. */
  async add(request: CreateUserRequest, actor: AuditActor): Promise<UserDto> {
    const taken = () => new DomainError('ALREADY_EXISTS', 'There is already a user with this e-mail address');
    if (await this.findByEmail(request.email)) throw taken();
    let user: User;
    try {
      user = await this.create(request);
    } catch (error) {
      // Two administrators adding the same address at once: the unique index decides.
      throw isUniqueViolation(error) ? taken() : error;
    }
    this.audit.record(actor, `user ${user.id} (${user.email}, ${user.role}) created`);
    return toUserDto(user);
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

  async create(input: { email: string; name: string; role: Role; password: string }): Promise<User> {
    const user = this.users.create({
      id: randomUUID(),
      email: input.email.trim().toLowerCase(),
      name: input.name,
      role: input.role,
      passwordHash: await argon2.hash(input.password, { type: argon2.argon2id }),
      createdAt: this.clock.now(),
      disabledAt: null,
    });
    return this.transactions.run((manager) => manager.save(user));
  }

  /** First start: the administrator from ADMIN_EMAIL/ADMIN_PASSWORD, or one with a password shown once. */
  async ensureFirstAdministrator(config: AppConfig): Promise<void> {
    if ((await this.users.count()) > 0) return;
    const email = config.values.ADMIN_EMAIL ?? DEFAULT_ADMIN_EMAIL;
    const generated = config.values.ADMIN_PASSWORD === undefined;
    const password = config.values.ADMIN_PASSWORD ?? randomBytes(12).toString('base64url');
    await this.create({ email, name: 'Beheerder', role: 'admin', password });
    this.logger.log(`Administrator ${email} created`);
    if (generated) {
      // Printed once, on purpose, to the console only: the newcomer needs it to log in the first time.
      process.stdout.write(`\n  First administrator: ${email}\n  Password (shown only now): ${password}\n\n`);
    }
  }
}

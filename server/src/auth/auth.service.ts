import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { LoginRequest, LoginResponse } from '@ingang/shared';
import * as argon2 from 'argon2';
import { createHash, randomBytes } from 'node:crypto';
import { Repository } from 'typeorm';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { AppConfig } from '../config/app-config';
import { Transactions } from '../database/transactions';
import { User } from '../users/user.entity';
import { UserChanges } from '../users/user-changes';
import { UsersService, toUserDto } from '../users/users.service';
import { LoginThrottle } from './login-throttle';
import { Session } from './session.entity';

const CACHE_MS = 30_000;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class AuthService {
  private readonly throttle: LoginThrottle;
  private readonly cache = new Map<string, { user: User; until: number }>();
  // Compared against when the e-mail is unknown, so both paths take as long.
  private readonly dummyHash = argon2.hash(randomBytes(16).toString('hex'), { type: argon2.argon2id });

  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    private readonly users: UsersService,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    userChanges: UserChanges,
  ) {
    this.throttle = new LoginThrottle(config.values.LOGIN_MAX_ATTEMPTS);
    // A disabled user, a new role: the next request reads the user again instead of a cached copy.
    userChanges.subscribe(({ userId }) => {
      for (const [tokenHash, cached] of this.cache) if (cached.user.id === userId) this.cache.delete(tokenHash);
    });
  }

  async login(request: LoginRequest, address: string): Promise<LoginResponse> {
    const now = this.clock.now().getTime();
    const keys = [`ip:${address}`, `email:${request.email}`];
    if (this.throttle.isBlocked(keys, now)) {
      throw new DomainError('TOO_MANY_ATTEMPTS', 'Too many failed logins; try again in 15 minutes');
    }
    const user = await this.users.findByEmail(request.email);
    const valid = user
      ? await argon2.verify(user.passwordHash, request.password)
      : (await argon2.verify(await this.dummyHash, request.password), false);
    if (!user || !valid || user.disabledAt) {
      this.throttle.recordFailure(keys, now);
      throw new DomainError('INVALID_CREDENTIALS', 'E-mail address or password is wrong');
    }
    this.throttle.reset(keys);
    const token = randomBytes(32).toString('base64url');
    const createdAt = this.clock.now();
    const expiresAt = new Date(createdAt.getTime() + this.config.values.SESSION_TTL_HOURS * 3_600_000);
    await this.transactions.run(async (manager) => {
      await manager
        .createQueryBuilder()
        .delete()
        .from(Session)
        .where('expiresAt < :now', { now: createdAt.getTime() })
        .execute();
      await manager.insert(Session, { tokenHash: hashToken(token), userId: user.id, createdAt, expiresAt });
    });
    return { token, user: toUserDto(user) };
  }

  async logout(token: string): Promise<void> {
    const tokenHash = hashToken(token);
    this.cache.delete(tokenHash);
    await this.transactions.run((manager) => manager.delete(Session, { tokenHash }));
  }

  /** The user behind a session token, or null; cached briefly since every request and socket asks. */
  async authenticate(token: string | undefined): Promise<User | null> {
    if (!token || token.length > 200) return null;
    const tokenHash = hashToken(token);
    const now = this.clock.now().getTime();
    const cached = this.cache.get(tokenHash);
    if (cached && cached.until > now) return cached.user;
    const session = await this.sessions.findOneBy({ tokenHash });
    if (!session || session.expiresAt.getTime() <= now) return null;
    const user = await this.users.findById(session.userId);
    if (!user || user.disabledAt) return null;
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(tokenHash, { user, until: Math.min(now + CACHE_MS, session.expiresAt.getTime()) });
    return user;
  }
}

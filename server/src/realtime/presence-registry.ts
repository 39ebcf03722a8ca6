import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { AppConfig } from '../config/app-config';

const REFRESH_MS = 20_000;
const STALE_MS = 60_000;

// One sorted set for the installation: a member per user per server process ("userId|processId"), scored with the
// moment that process last vouched for the user. Redis's own clock scores and reads it, so server processes whose
// clocks differ (or a test clock) agree; members of a process that died without saying goodbye go stale in 60 s.
const TOUCH = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[1]))
for i = 2, #ARGV do redis.call('ZADD', KEYS[1], now, ARGV[i]) end
return 1`;
const ONLINE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
return redis.call('ZRANGEBYSCORE', KEYS[1], now - tonumber(ARGV[1]), '+inf')`;

/**
 * Who has the app open right now, across every server process: a user is online while at least one of their
 * sockets is connected to any process. Each process counts its own sockets per user and vouches for those users in
 * Redis on connect and every 20 seconds, and withdraws a user when their last socket on it disconnects.
 */
@Injectable()
export class PresenceRegistry implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(PresenceRegistry.name);
  private readonly processId = randomBytes(6).toString('hex');
  private readonly key: string;
  private readonly sockets = new Map<string, number>();
  private redis: Redis | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly config: AppConfig) {
    this.key = `${config.values.REDIS_PREFIX}:presence`;
  }

  onModuleInit(): void {
    this.redis = new Redis(this.config.values.REDIS_URL, { maxRetriesPerRequest: 3 });
    this.redis.on('error', (error: Error) => this.logger.warn(`presence: ${error.message}`));
    this.timer = setInterval(() => this.touch([...this.sockets.keys()]), REFRESH_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    const redis = this.redis;
    this.redis = undefined;
    if (!redis) return;
    const members = [...this.sockets.keys()].map((userId) => this.member(userId));
    if (members.length > 0) await redis.zrem(this.key, ...members).catch(() => undefined);
    await redis.quit().catch(() => undefined);
  }

  /** A socket of this user connected to this process. */
  connected(userId: string): void {
    const count = (this.sockets.get(userId) ?? 0) + 1;
    this.sockets.set(userId, count);
    if (count === 1) this.touch([userId]);
  }

  /** A socket of this user left this process; with their last one they are no longer online here. */
  disconnected(userId: string): void {
    const count = (this.sockets.get(userId) ?? 0) - 1;
    if (count > 0) {
      this.sockets.set(userId, count);
      return;
    }
    this.sockets.delete(userId);
    this.redis?.zrem(this.key, this.member(userId)).catch((error: unknown) => this.warn(error));
  }

  async isOnline(userId: string): Promise<boolean> {
    return (await this.onlineUserIds()).has(userId);
  }

  /** Everyone with a socket on any process; nobody when Redis cannot be reached (with a warning). */
  async onlineUserIds(): Promise<Set<string>> {
    if (!this.redis) return new Set(this.sockets.keys());
    try {
      const members = (await this.redis.eval(ONLINE, 1, this.key, STALE_MS)) as string[];
      return new Set(members.map((member) => member.slice(0, member.lastIndexOf('|'))));
    } catch (error) {
      this.warn(error);
      return new Set();
    }
  }

  private touch(userIds: string[]): void {
    if (!this.redis || userIds.length === 0) return;
    const members = userIds.map((userId) => this.member(userId));
    this.redis.eval(TOUCH, 1, this.key, STALE_MS, ...members).catch((error: unknown) => this.warn(error));
  }

  private member(userId: string): string {
    return `${userId}|${this.processId}`;
  }

  private warn(error: unknown): void {
    this.logger.warn(`presence: ${error instanceof Error ? error.message : String(error)}`);
  }
}

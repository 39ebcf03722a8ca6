import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { PresenceDto } from '@ingang/shared';
import { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config';

/** A viewer's entry lives this long without a sign of life (the browser repeats its view every minute). */
const ENTRY_TTL_MS = 90_000;

interface Entry {
  userId: string;
  name: string;
  typing: boolean;
  at: number;
}

/**
 * Who is looking at, and typing in, which conversation — in Redis, so every server process sees the viewers of all
 * of them. One hash per conversation, one field per browser tab (socket).
 */
@Injectable()
export class ConversationPresence implements OnModuleDestroy {
  private readonly logger = new Logger(ConversationPresence.name);
  private readonly redis: Redis;
  private readonly prefix: string;

  constructor(config: AppConfig) {
    this.redis = new Redis(config.values.REDIS_URL, { maxRetriesPerRequest: 3, lazyConnect: true });
    this.redis.on('error', (error: Error) => this.logger.warn(`presence: ${error.message}`));
    this.prefix = `${config.values.REDIS_PREFIX}:presence:conversation:`;
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }

  async set(conversationId: string, socketId: string, entry: Omit<Entry, 'at'>): Promise<PresenceDto> {
    const key = this.prefix + conversationId;
    await this.redis
      .multi()
      .hset(key, socketId, JSON.stringify({ ...entry, at: Date.now() }))
      .pexpire(key, ENTRY_TTL_MS)
      .exec();
    return this.viewers(conversationId);
  }

  async remove(conversationId: string, socketId: string): Promise<PresenceDto> {
    await this.redis.hdel(this.prefix + conversationId, socketId);
    return this.viewers(conversationId);
  }

  /** One entry per user (several tabs are one viewer), typing when any of their tabs types; stale ones dropped. */
  async viewers(conversationId: string): Promise<PresenceDto> {
    const fields = await this.redis.hgetall(this.prefix + conversationId);
    const now = Date.now();
    const byUser = new Map<string, PresenceDto['viewers'][number]>();
    for (const raw of Object.values(fields)) {
      const entry = JSON.parse(raw) as Entry;
      if (now - entry.at > ENTRY_TTL_MS) continue;
      const known = byUser.get(entry.userId);
      byUser.set(entry.userId, { userId: entry.userId, name: entry.name, typing: entry.typing || !!known?.typing });
    }
    return { conversationId, viewers: [...byUser.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl')) };
  }
}

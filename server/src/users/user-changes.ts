import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { AppConfig } from '../config/app-config';

/** An administrator changed a user; `disabled`: they may no longer log in, and their sessions are gone. */
export interface UserChange {
  userId: string;
  disabled: boolean;
}

/**
 * Tells every server process that a user changed, so that what a process keeps of them (a session cached for a few
 * seconds, an open socket) follows at once: this process synchronously, the others over Redis pub/sub.
 */
@Injectable()
export class UserChanges implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(UserChanges.name);
  private readonly emitter = new EventEmitter();
  private readonly processId = randomBytes(6).toString('hex');
  private readonly channel: string;
  private subscriber: Redis | undefined;
  private publisher: Redis | undefined;

  constructor(private readonly config: AppConfig) {
    this.channel = `${config.values.REDIS_PREFIX}:user-changes`;
    this.emitter.setMaxListeners(20);
  }

  async onModuleInit(): Promise<void> {
    this.subscriber = new Redis(this.config.values.REDIS_URL, { maxRetriesPerRequest: null });
    this.subscriber.on('error', (error: Error) => this.logger.warn(`user change announcements: ${error.message}`));
    this.subscriber.on('message', (_channel: string, message: string) => this.receive(message));
    await this.subscriber.subscribe(this.channel);
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscriber?.quit().catch(() => undefined);
    await this.publisher?.quit().catch(() => undefined);
  }

  subscribe(listener: (change: UserChange) => void): () => void {
    this.emitter.on('change', listener);
    return () => this.emitter.off('change', listener);
  }

  /** After the change is committed. */
  async announce(change: UserChange): Promise<void> {
    this.emitter.emit('change', change);
    this.publisher ??= new Redis(this.config.values.REDIS_URL, { maxRetriesPerRequest: 3 });
    try {
      await this.publisher.publish(this.channel, JSON.stringify({ ...change, from: this.processId }));
    } catch (error) {
      // The other processes forget a cached session within half a minute by themselves.
      this.logger.warn(`could not announce a user change: ${String(error)}`);
    }
  }

  private receive(message: string): void {
    try {
      const { userId, disabled, from } = JSON.parse(message) as UserChange & { from: string };
      if (from === this.processId || typeof userId !== 'string') return;
      this.emitter.emit('change', { userId, disabled: disabled === true });
    } catch {
      this.logger.warn('ignored a malformed user change announcement');
    }
  }
}

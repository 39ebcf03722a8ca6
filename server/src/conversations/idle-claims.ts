import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { QUEUES } from '@ingang/shared';
import type { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { IsNull } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import { AppConfig } from '../config/app-config';
import { Transactions } from '../database/transactions';
import { DomainEvents } from '../events/domain-events';
import { PresenceRegistry } from '../realtime/presence-registry';
import { Conversation } from './conversation.entity';
import { ConversationsService } from './conversations.service';
import { AutoAssigner } from './auto-assigner';

const SCHEDULER_ID = 'release-idle-claims';

/** How often to look: often enough that a claim is released within a third of the idle time, at most every minute. */
export function sweepIntervalMs(idleSeconds: number): number {
  return Math.min(60_000, Math.max(1000, Math.floor((idleSeconds * 1000) / 3)));
}

/**
 * Releases the conversations held by someone who has had no browser open for CLAIM_IDLE_SECONDS, so a question
 * never waits on an agent who went home. One repeating job for all server processes; who is offline since when is
 * kept in Redis, so it holds across processes and restarts.
 */
@Injectable()
@Processor(QUEUES.claims)
export class IdleClaims extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(IdleClaims.name);
  private readonly redis: Redis;
  private readonly offlineSinceKey: string;

  constructor(
    @InjectQueue(QUEUES.claims) private readonly queue: Queue,
    private readonly config: AppConfig,
    private readonly presence: PresenceRegistry,
    private readonly transactions: Transactions,
    private readonly conversations: ConversationsService,
    private readonly events: DomainEvents,
    private readonly audit: AuditLog,
    private readonly autoAssigner: AutoAssigner,
  ) {
    super();
    this.redis = new Redis(config.values.REDIS_URL, { maxRetriesPerRequest: 3, lazyConnect: true });
    this.redis.on('error', (error: Error) => this.logger.warn(`idle claims: ${error.message}`));
    this.offlineSinceKey = `${config.values.REDIS_PREFIX}:offline-since`;
  }

  async onApplicationBootstrap(): Promise<void> {
    const idle = this.config.values.CLAIM_IDLE_SECONDS;
    if (idle === 0) {
      await this.queue.removeJobScheduler(SCHEDULER_ID);
      return;
    }
    await this.queue.upsertJobScheduler(
      SCHEDULER_ID,
      { every: sweepIntervalMs(idle) },
      { name: SCHEDULER_ID, opts: { removeOnComplete: true, removeOnFail: 100 } },
    );
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }

  async process(): Promise<void> {
    // Agents who just came online get their share of what waits, without waiting for the next change.
    this.autoAssigner.poke();
    const holders = await this.transactions.run((manager) =>
      manager
        .createQueryBuilder(Conversation, 'c')
        .select('DISTINCT c.assigneeId', 'assigneeId')
        .where('c.assigneeId IS NOT NULL AND c.resolvedAt IS NULL')
        .getRawMany<{ assigneeId: string }>(),
    );
    const online = await this.presence.onlineUserIds();
    const now = Date.now();
    const idleMs = this.config.values.CLAIM_IDLE_SECONDS * 1000;
    for (const { assigneeId } of holders) {
      if (online.has(assigneeId)) {
        await this.redis.hdel(this.offlineSinceKey, assigneeId);
        continue;
      }
      // First seen offline now: the idle time starts counting.
      const since = Number(await this.redis.hget(this.offlineSinceKey, assigneeId));
      if (!since) {
        await this.redis.hset(this.offlineSinceKey, assigneeId, String(now));
        continue;
      }
      if (now - since < idleMs) continue;
      await this.release(assigneeId);
      await this.redis.hdel(this.offlineSinceKey, assigneeId);
    }
  }

  private async release(userId: string): Promise<void> {
    const summaries = await this.transactions.run(async (manager) => {
      const held = await manager.find(Conversation, {
        where: { assigneeId: userId, resolvedAt: IsNull() },
      });
      const released = [];
      for (const conversation of held) {
        // Only if nobody took it meanwhile.
        const result = await manager.update(
          Conversation,
          { id: conversation.id, assigneeId: userId },
          { assigneeId: null, claimedAt: null },
        );
        if (!result.affected) continue;
        conversation.assigneeId = null;
        conversation.claimedAt = null;
        released.push(await this.conversations.saveState(manager, conversation));
      }
      return released;
    });
    if (summaries.length === 0) return;
    this.events.emit(summaries.map((payload) => ({ name: 'conversation.updated' as const, payload })));
    for (const summary of summaries) {
      this.audit.record('system', 'conversation.released', { type: 'conversation', id: summary.id }, `${userId} idle`);
    }
    this.logger.log(`released ${summaries.length} conversations of ${userId}: no browser open`);
  }
}

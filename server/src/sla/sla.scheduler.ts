import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { atRiskFrom, DEFAULT_CALENDAR, DEFAULT_SLA_POLICY, QUEUES } from '@ingang/shared';
import type { Queue } from 'bullmq';
import { Not, IsNull, Repository } from 'typeorm';
import { Clock } from '../common/clock';
import { Conversation } from '../conversations/conversation.entity';
import { DomainEvents } from '../events/domain-events';

export interface SlaJob {
  conversationId: string;
  /** The deadline this job belongs to: a job for a deadline that has since moved is stale and does nothing. */
  deadlineAt: string;
  state: 'at-risk' | 'breached';
}

const RESCHEDULE_BATCH = 500;

/**
 * Schedules each waiting conversation's state changes as delayed jobs in Redis, so they fire at their moment and
 * survive restarts; deadlines are taken from the committed domain events, never from a periodic sweep.
 */
@Injectable()
export class SlaScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(SlaScheduler.name);
  private unsubscribe: (() => void) | undefined;

  constructor(
    @InjectQueue(QUEUES.sla) private readonly queue: Queue<SlaJob>,
    @InjectRepository(Conversation) private readonly conversations: Repository<Conversation>,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.unsubscribe = this.events.subscribe((event) => {
      if (event.name !== 'conversation.created' && event.name !== 'conversation.updated') return;
      const { id, deadlineAt } = event.payload;
      if (deadlineAt) {
        this.schedule(id, new Date(deadlineAt)).catch((error: unknown) =>
          this.logger.warn(`could not schedule the SLA of ${id}: ${String(error)}`),
        );
      }
    });
    // After a restart every open deadline is scheduled again; one that passed while the server was down fires now,
    // reporting the moment it really happened.
    let scheduled = 0;
    for (let skip = 0; ; skip += RESCHEDULE_BATCH) {
      const waiting = await this.conversations.find({
        select: { id: true, deadlineAt: true },
        where: { deadlineAt: Not(IsNull()) },
        order: { id: 'ASC' },
        skip,
        take: RESCHEDULE_BATCH,
      });
      for (const conversation of waiting) await this.schedule(conversation.id, conversation.deadlineAt!);
      scheduled += waiting.length;
      if (waiting.length < RESCHEDULE_BATCH) break;
    }
    if (scheduled > 0) this.logger.log(`scheduled the SLA of ${scheduled} waiting conversations`);
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
  }

  private async schedule(conversationId: string, deadline: Date): Promise<void> {
    const now = this.clock.now().getTime();
    const deadlineAt = deadline.toISOString();
    const moments = [
      { state: 'at-risk' as const, at: atRiskFrom(DEFAULT_CALENDAR, DEFAULT_SLA_POLICY, deadline).getTime() },
      { state: 'breached' as const, at: deadline.getTime() },
    ];
    await this.queue.addBulk(
      moments.map(({ state, at }) => ({
        name: state,
        data: { conversationId, deadlineAt, state },
        // One job per conversation, deadline and state: adding it again (every update) changes nothing.
        opts: {
          jobId: `${conversationId}:${deadline.getTime()}:${state}`,
          delay: Math.max(0, at - now),
          removeOnComplete: true,
          removeOnFail: 1000,
        },
      })),
    );
  }
}

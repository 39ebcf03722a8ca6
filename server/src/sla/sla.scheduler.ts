import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QUEUES } from '@ingang/shared';
import type { JobsOptions, Queue } from 'bullmq';
import { IsNull, MoreThan, Not, Repository } from 'typeorm';
import { Clock } from '../common/clock';
import { Conversation } from '../conversations/conversation.entity';
import { DomainEvents } from '../events/domain-events';

/** A conversation's state change at its moment; stale (and ignored) when the deadline or at-risk moment moved. */
export interface SlaStateJob {
  kind: 'state';
  conversationId: string;
  deadlineAt: string;
  atRiskAt: string;
  state: 'at-risk' | 'breached';
}

/** Recompute every open deadline with the settings of `version`. */
export interface SlaRecomputeJob {
  kind: 'recompute';
  version: number;
}

export type SlaJob = SlaStateJob | SlaRecomputeJob;

/** What the scheduler needs of a waiting conversation. */
export type ScheduledDeadline = Pick<Conversation, 'id' | 'deadlineAt' | 'atRiskAt'>;

const RESCHEDULE_BATCH = 500;

/**
 * Schedules each waiting conversation's state changes as delayed jobs in Redis, so they fire at their moment and
 * survive restarts; deadlines are taken from the committed domain events, never from a periodic sweep.
 */
@Injectable()
export class SlaScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(SlaScheduler.name);
  private readonly unsubscribe: (() => void)[] = [];

  constructor(
    @InjectQueue(QUEUES.sla) private readonly queue: Queue<SlaJob>,
    @InjectRepository(Conversation) private readonly conversations: Repository<Conversation>,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.unsubscribe.push(
      this.events.subscribe((event) => {
        if (event.name !== 'conversation.created' && event.name !== 'conversation.updated') return;
        const { id, deadlineAt, atRiskAt } = event.payload;
        if (!deadlineAt || !atRiskAt) return;
        this.schedule([{ id, deadlineAt: new Date(deadlineAt), atRiskAt: new Date(atRiskAt) }]).catch(
          (error: unknown) => this.logger.warn(`could not schedule the SLA of ${id}: ${String(error)}`),
        );
      }),
    );
    // A test clock that jumps makes every delay wrong: start over, as after a restart.
    this.unsubscribe.push(
      this.clock.onJump(() => {
        this.rescheduleAll(true).catch((error: unknown) =>
          this.logger.error(`could not reschedule after the clock moved: ${String(error)}`),
        );
      }),
    );
    // After a restart every open deadline is scheduled again; one that passed while the server was down fires now,
    // reporting the moment it really happened. Jobs timed by a test clock of an earlier run are timed wrong.
    await this.rescheduleAll(this.clock.movable);
  }

  onModuleDestroy(): void {
    for (const unsubscribe of this.unsubscribe) unsubscribe();
  }

  /** Adds the at-risk and breach jobs of these deadlines; adding one that is already there changes nothing. */
  async schedule(deadlines: ScheduledDeadline[]): Promise<void> {
    const now = this.clock.now().getTime();
    const jobs: { name: string; data: SlaJob; opts: JobsOptions }[] = [];
    for (const { id, deadlineAt, atRiskAt } of deadlines) {
      if (!deadlineAt || !atRiskAt) continue;
      const base = { kind: 'state' as const, conversationId: id, deadlineAt: deadlineAt.toISOString() };
      const moments = [
        { state: 'at-risk' as const, at: atRiskAt },
        { state: 'breached' as const, at: deadlineAt },
      ];
      for (const { state, at } of moments) {
        jobs.push({
          name: state,
          data: { ...base, atRiskAt: atRiskAt.toISOString(), state },
          // One job per conversation, moment and state: adding it again (every update) changes nothing.
          opts: {
            jobId: `${id}_${deadlineAt.getTime()}_${atRiskAt.getTime()}_${state}`,
            delay: Math.max(0, at.getTime() - now),
            removeOnComplete: true,
            removeOnFail: 1000,
          },
        });
      }
    }
    if (jobs.length > 0) await this.queue.addBulk(jobs);
  }

  private async rescheduleAll(dropScheduled: boolean): Promise<void> {
    if (dropScheduled) {
      const delayed = await this.queue.getDelayed();
      await Promise.all(delayed.filter((job) => job.data.kind === 'state').map((job) => job.remove()));
    }
    let scheduled = 0;
    let after = '';
    for (;;) {
      const waiting = await this.conversations.find({
        select: { id: true, deadlineAt: true, atRiskAt: true },
        where: after ? { deadlineAt: Not(IsNull()), id: MoreThan(after) } : { deadlineAt: Not(IsNull()) },
        order: { id: 'ASC' },
        take: RESCHEDULE_BATCH,
      });
      await this.schedule(waiting);
      scheduled += waiting.length;
      if (waiting.length < RESCHEDULE_BATCH) break;
      after = waiting[waiting.length - 1].id;
    }
    if (scheduled > 0) this.logger.log(`scheduled the SLA of ${scheduled} waiting conversations`);
  }
}

import { Processor, WorkerHost } from '@nestjs/bullmq';
import { InjectRepository } from '@nestjs/typeorm';
import { atRiskFrom, DEFAULT_CALENDAR, DEFAULT_SLA_POLICY, QUEUES } from '@ingang/shared';
import type { Job } from 'bullmq';
import { Repository } from 'typeorm';
import { Clock } from '../common/clock';
import { Conversation } from '../conversations/conversation.entity';
import { DomainEvents } from '../events/domain-events';
import type { SlaJob } from './sla.scheduler';

/** Fires a conversation's SLA state change, unless its deadline moved since (it was answered, or re-opened). */
@Processor(QUEUES.sla, { concurrency: 4 })
export class SlaProcessor extends WorkerHost {
  constructor(
    @InjectRepository(Conversation) private readonly conversations: Repository<Conversation>,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
  ) {
    super();
  }

  async process(job: Job<SlaJob>): Promise<void> {
    const { conversationId, deadlineAt, state } = job.data;
    const conversation = await this.conversations.findOne({
      where: { id: conversationId },
      select: { id: true, deadlineAt: true },
    });
    if (!conversation?.deadlineAt || conversation.deadlineAt.toISOString() !== deadlineAt) return;
    const deadline = conversation.deadlineAt;
    // A breach makes the at-risk change moot when both fire late (after a restart): only the breach is reported.
    if (state === 'at-risk' && this.clock.now().getTime() >= deadline.getTime()) return;
    const at = state === 'breached' ? deadline : atRiskFrom(DEFAULT_CALENDAR, DEFAULT_SLA_POLICY, deadline);
    if (state === 'breached') {
      // Only while the deadline is still this one: an answer that landed meanwhile wins.
      await this.conversations.update({ id: conversationId, deadlineAt: deadline }, { breachedAt: deadline });
    }
    this.events.emit([{ name: 'sla.changed', payload: { conversationId, state, deadlineAt, at: at.toISOString() } }]);
  }
}

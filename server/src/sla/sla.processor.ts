import { Processor, WorkerHost } from '@nestjs/bullmq';
import { InjectRepository } from '@nestjs/typeorm';
import { QUEUES } from '@ingang/shared';
import type { Job } from 'bullmq';
import { Repository } from 'typeorm';
import { Clock } from '../common/clock';
import { Conversation } from '../conversations/conversation.entity';
import { DomainEvents } from '../events/domain-events';
import { SlaRecomputer } from './sla-recomputer';
import type { SlaJob, SlaStateJob } from './sla.scheduler';

/**
 * Fires a conversation's SLA state change, unless its deadline moved since (it was answered, re-opened, or the
 * settings changed); and runs the recomputation of every open deadline after the settings changed.
 */
@Processor(QUEUES.sla, { concurrency: 4 })
export class SlaProcessor extends WorkerHost {
  constructor(
    @InjectRepository(Conversation) private readonly conversations: Repository<Conversation>,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
    private readonly recomputer: SlaRecomputer,
  ) {
    super();
  }

  async process(job: Job<SlaJob>): Promise<void> {
    if (job.data.kind === 'recompute') {
      await this.recomputer.recompute(job.data.version, (done) => job.updateProgress(done));
      return;
    }
    await this.changeState(job.data);
  }

  private async changeState({ conversationId, deadlineAt, atRiskAt, state }: SlaStateJob): Promise<void> {
    const conversation = await this.conversations.findOne({
      where: { id: conversationId },
      select: { id: true, deadlineAt: true, atRiskAt: true },
    });
    if (conversation?.deadlineAt?.toISOString() !== deadlineAt || conversation.atRiskAt?.toISOString() !== atRiskAt) {
      return;
    }
    const deadline = conversation.deadlineAt;
    // A breach makes the at-risk change moot when both fire late (after a restart): only the breach is reported.
    if (state === 'at-risk' && this.clock.now().getTime() >= deadline.getTime()) return;
    if (state === 'breached') {
      // Only while the deadline is still this one: an answer that landed meanwhile wins.
      await this.conversations.update({ id: conversationId, deadlineAt: deadline }, { breachedAt: deadline });
    }
    const at = state === 'breached' ? deadlineAt : atRiskAt;
    this.events.emit([{ name: 'sla.changed', payload: { conversationId, state, deadlineAt, at } }]);
  }
}

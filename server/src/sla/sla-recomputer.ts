import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { validateSlaSettings } from '@ingang/shared';
import { IsNull, MoreThan, Not, Repository } from 'typeorm';
import { Clock } from '../common/clock';
import { Conversation } from '../conversations/conversation.entity';
import { updateQueueState } from '../conversations/sla-clock';
import { DomainEvents } from '../events/domain-events';
import { SlaSettingsService } from './sla-settings.service';
import { SlaScheduler } from './sla.scheduler';

const BATCH = 500;

/** After the settings changed: every waiting conversation gets its deadline by the new calendar and policies. */
@Injectable()
export class SlaRecomputer {
  private readonly logger = new Logger(SlaRecomputer.name);

  constructor(
    @InjectRepository(Conversation) private readonly conversations: Repository<Conversation>,
    private readonly settings: SlaSettingsService,
    private readonly scheduler: SlaScheduler,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
  ) {}

  async recompute(version: number, onProgress: (done: number) => Promise<void>): Promise<void> {
    // Read from the database, not this process's copy: the announcement of the save may still be on its way.
    const stored = await this.settings.dto();
    if (stored.version !== version) return; // A newer save runs its own recomputation.
    const settings = validateSlaSettings({
      calendar: stored.calendar,
      channels: stored.channels,
      escalation: stored.escalation,
      callback: stored.callback,
    });
    const waiting = { waitingSince: Not(IsNull()) };
    const total = await this.conversations.count({ where: waiting });
    await this.settings.recordProgress(version, { total, done: 0 });
    let done = 0;
    let moved = 0;
    let after = '';
    for (;;) {
      const batch = await this.conversations.find({
        where: after ? { ...waiting, id: MoreThan(after) } : waiting,
        order: { id: 'ASC' },
        take: BATCH,
      });
      const changed = batch.filter((conversation) => updateQueueState(conversation, settings));
      for (const conversation of changed) {
        // Only if the wait is still the one read: an answer or a new question meanwhile has set its own deadline.
        await this.conversations.update(
          { id: conversation.id, waitingSince: conversation.waitingSince! },
          {
            deadlineAt: conversation.deadlineAt,
            atRiskAt: conversation.atRiskAt,
            breachedAt: conversation.breachedAt,
            sortKey: conversation.sortKey,
          },
        );
      }
      await this.scheduler.schedule(changed);
      done += batch.length;
      moved += changed.length;
      await this.settings.recordProgress(version, { total: Math.max(total, done), done });
      await onProgress(done);
      if (batch.length < BATCH) break;
      if ((await this.settings.dto()).version !== version) return;
      after = batch[batch.length - 1].id;
    }
    const finishedAt = this.clock.now();
    await this.settings.recordProgress(version, { total: Math.max(total, done), done, finishedAt });
    this.logger.log(`SLA settings version ${version}: ${moved} of ${done} open deadlines moved`);
    this.events.emit([
      {
        name: 'sla.recomputed',
        payload: { version, total: Math.max(total, done), done, finishedAt: finishedAt.toISOString() },
      },
    ]);
  }
}

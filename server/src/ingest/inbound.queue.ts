import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { QUEUES } from '@ingang/shared';
import type { Queue } from 'bullmq';

export interface InboundJob {
  eventIds: string[];
}

/** One job per group commit, not per event: the worker then applies a whole batch in one transaction. */
@Injectable()
export class InboundQueue {
  constructor(@InjectQueue(QUEUES.inbound) private readonly queue: Queue<InboundJob>) {}

  async enqueue(eventIds: string[]): Promise<void> {
    if (eventIds.length === 0) return;
    await this.queue.add(
      'apply',
      { eventIds },
      { attempts: 5, backoff: { type: 'exponential', delay: 500 }, removeOnComplete: 1000, removeOnFail: 5000 },
    );
  }
}

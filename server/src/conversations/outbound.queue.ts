import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { QUEUES } from '@ingang/shared';
import type { Queue } from 'bullmq';
import { AppConfig } from '../config/app-config';

export interface OutboundJob {
  messageId: string;
}

/** Queues a reply for sending; the job id is the message id, so a message is never queued twice. */
@Injectable()
export class OutboundQueue {
  constructor(
    @InjectQueue(QUEUES.outbound) private readonly queue: Queue<OutboundJob>,
    private readonly config: AppConfig,
  ) {}

  async enqueue(messageId: string): Promise<void> {
    await this.queue.add(
      'send',
      { messageId },
      {
        jobId: messageId,
        attempts: this.config.values.OUTBOUND_ATTEMPTS,
        backoff: { type: 'exponential', delay: this.config.values.OUTBOUND_BACKOFF_MS },
        removeOnComplete: 1000,
        removeOnFail: 5000,
      },
    );
  }
}

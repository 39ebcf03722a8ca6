import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { QUEUES } from '@ingang/shared';
import type { Queue } from 'bullmq';

export interface MediaJob {
  attachmentId: string;
}

@Injectable()
export class MediaQueue {
  constructor(@InjectQueue(QUEUES.media) private readonly queue: Queue<MediaJob>) {}

  async enqueue(attachmentIds: string[]): Promise<void> {
    if (attachmentIds.length === 0) return;
    await this.queue.addBulk(
      attachmentIds.map((attachmentId) => ({
        name: 'fetch',
        data: { attachmentId },
        opts: {
          jobId: attachmentId,
          attempts: 5,
          backoff: { type: 'exponential', delay: 1000 },
          removeOnComplete: 1000,
          removeOnFail: 5000,
        },
      })),
    );
  }
}

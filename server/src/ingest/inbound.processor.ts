import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { QUEUES } from '@ingang/shared';
import type { Job } from 'bullmq';
import type { InboundJob } from './inbound.queue';
import { IngestService } from './ingest.service';

// One at a time per process: batches are already large, and ordering within a process stays simple.
@Processor(QUEUES.inbound, { concurrency: 1 })
export class InboundProcessor extends WorkerHost {
  private readonly logger = new Logger(InboundProcessor.name);

  constructor(private readonly ingest: IngestService) {
    super();
  }

  async process(job: Job<InboundJob>): Promise<void> {
    const started = Date.now();
    await this.ingest.processEvents(job.data.eventIds);
    this.logger.debug(`applied ${job.data.eventIds.length} events in ${Date.now() - started} ms`);
  }
}

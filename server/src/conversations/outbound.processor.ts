import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { QUEUES } from '@ingang/shared';
import { UnrecoverableError, type Job } from 'bullmq';
import { ChannelRegistry } from '../channels/channel-registry';
import { ChannelSendError } from '../channels/channel.adapter';
import { ConversationsService } from './conversations.service';
import type { OutboundJob } from './outbound.queue';

/** Sends one reply through its channel; retries with backoff what may pass, fails the message on what won't. */
@Processor(QUEUES.outbound, { concurrency: 8 })
export class OutboundProcessor extends WorkerHost {
  private readonly logger = new Logger(OutboundProcessor.name);

  constructor(
    private readonly conversations: ConversationsService,
    private readonly registry: ChannelRegistry,
  ) {
    super();
  }

  async process(job: Job<OutboundJob>): Promise<void> {
    const started = Date.now();
    const outbound = await this.conversations.outboundRequest(job.data.messageId);
    if (!outbound) return;
    const { channel, request } = outbound;
    const messageId = request.idempotencyKey;
    try {
      const { providerMessageId } = await this.registry.get(channel).send(request);
      await this.conversations.recordSent(messageId, providerMessageId);
      this.logger.log(`sent ${messageId} on ${channel} in ${Date.now() - started} ms`);
    } catch (error) {
      const failure =
        error instanceof ChannelSendError ? error : new ChannelSendError(true, 'PROVIDER_UNAVAILABLE', String(error));
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      this.logger.warn(
        `send ${messageId} attempt ${job.attemptsMade + 1} failed: ${failure.failureCode}${failure.retryable && !lastAttempt ? ', will retry' : ''}`,
      );
      if (!failure.retryable || lastAttempt) {
        await this.conversations.recordFailed(messageId, failure.failureCode, failure.detail);
        throw new UnrecoverableError(failure.message);
      }
      throw failure;
    }
  }
}

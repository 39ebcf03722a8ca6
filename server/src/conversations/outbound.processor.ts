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
    const context = await this.conversations.outboundContext(job.data.messageId);
    if (!context) return;
    const { message, conversation, identity } = context;
    try {
      const { providerMessageId } = await this.registry.get(conversation.channel).send({
        accountId: conversation.channelAccountId,
        to: identity.externalId,
        content: this.conversations.outboundContentOf(message),
        replyToProviderId: message.replyToProviderId,
        idempotencyKey: message.id,
      });
      await this.conversations.recordSent(message.id, providerMessageId);
      this.logger.log(`sent ${message.id} on ${conversation.channel} in ${Date.now() - started} ms`);
    } catch (error) {
      const failure =
        error instanceof ChannelSendError ? error : new ChannelSendError(true, 'PROVIDER_UNAVAILABLE', String(error));
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      this.logger.warn(
        `send ${message.id} attempt ${job.attemptsMade + 1} failed: ${failure.failureCode}${failure.retryable && !lastAttempt ? ', will retry' : ''}`,
      );
      if (!failure.retryable || lastAttempt) {
        await this.conversations.recordFailed(message.id, failure.failureCode, failure.detail);
        throw new UnrecoverableError(failure.message);
      }
      throw failure;
    }
  }
}

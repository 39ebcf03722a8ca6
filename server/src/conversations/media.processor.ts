import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { QUEUES } from '@ingang/shared';
import { UnrecoverableError, type Job } from 'bullmq';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { ChannelRegistry } from '../channels/channel-registry';
import { ChannelSendError } from '../channels/channel.adapter';
import { AppConfig } from '../config/app-config';
import { ConversationsService } from './conversations.service';
import type { MediaJob } from './media.queue';

/** Fetches an inbound attachment from its provider and stores it, size-limited, under MEDIA_DIR. */
@Processor(QUEUES.media, { concurrency: 4 })
export class MediaProcessor extends WorkerHost {
  private readonly logger = new Logger(MediaProcessor.name);

  constructor(
    private readonly conversations: ConversationsService,
    private readonly registry: ChannelRegistry,
    private readonly config: AppConfig,
  ) {
    super();
  }

  async process(job: Job<MediaJob>): Promise<void> {
    const context = await this.conversations.attachmentContext(job.data.attachmentId);
    if (!context) return;
    const { attachment, conversation } = context;
    const maxBytes = this.config.values.MEDIA_MAX_BYTES;
    const directory = resolve(this.config.values.MEDIA_DIR, attachment.id.slice(0, 2));
    const path = join(directory, attachment.id);
    try {
      const media = await this.registry
        .get(conversation.channel)
        .fetchMedia(conversation.channelAccountId, attachment.providerRef!, maxBytes);
      await mkdir(directory, { recursive: true });
      let size = 0;
      const limit = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          size += chunk.length;
          if (size > maxBytes) callback(new ChannelSendError(false, 'MEDIA_TOO_LARGE', `over ${maxBytes} bytes`));
          else callback(null, chunk);
        },
      });
      const source = Buffer.isBuffer(media.body)
        ? Readable.from([media.body])
        : Readable.fromWeb(media.body as WebReadableStream<Uint8Array>);
      await pipeline(source, limit, createWriteStream(path));
      await this.conversations.recordAttachment(attachment.id, {
        status: 'stored',
        storagePath: path,
        size,
        mimeType: media.mimeType,
      });
    } catch (error) {
      await rm(path, { force: true });
      const failure =
        error instanceof ChannelSendError ? error : new ChannelSendError(true, 'MEDIA_UNAVAILABLE', String(error));
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      this.logger.warn(`media ${attachment.id} failed: ${failure.failureCode}`);
      if (!failure.retryable || lastAttempt) {
        await this.conversations.recordAttachment(attachment.id, { status: 'failed', reason: failure.failureCode });
        throw new UnrecoverableError(failure.message);
      }
      throw failure;
    }
  }
}

import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Channel } from '@ingang/shared';
import type { IncomingHttpHeaders } from 'node:http';
import { ChannelRegistry } from '../channels/channel-registry';
import { WebhookPayloadError, type HandshakeResult, type InboundItem } from '../channels/channel.adapter';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { AppConfig } from '../config/app-config';
import { InboundApplier } from '../conversations/inbound-applier';
import { MediaQueue } from '../conversations/media.queue';
import { Transactions } from '../database/transactions';
import { DomainEvents } from '../events/domain-events';
import { InboundEvent } from './inbound-event.entity';
import { InboundEventStore, MAX_EVENT_ATTEMPTS } from './inbound-event.store';

const RECOVERY_BATCH = 500;

@Injectable()
export class IngestService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(IngestService.name);
  private recoveryTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly registry: ChannelRegistry,
    private readonly store: InboundEventStore,
    private readonly applier: InboundApplier,
    private readonly media: MediaQueue,
    private readonly transactions: Transactions,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async handshake(channel: string, query: Record<string, unknown>): Promise<HandshakeResult> {
    return (await this.registry.getConfigured(channel)).handshake(query);
  }

  /** A webhook delivery: signature first, then parse, then store durably. Only then is it acknowledged. */
  async receive(channel: string, headers: IncomingHttpHeaders, rawBody: unknown): Promise<{ received: number }> {
    const adapter = await this.registry.getConfigured(channel);
    const body = Buffer.isBuffer(rawBody) ? rawBody : Buffer.alloc(0);
    if (!(await adapter.verifySignature(headers, body))) {
      throw new DomainError('INVALID_SIGNATURE', 'Missing or invalid signature');
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      throw new DomainError('INVALID_JSON', 'The body is not valid JSON');
    }
    const receivedAt = this.clock.now();
    let items;
    try {
      items = adapter.parseWebhook(parsed, receivedAt);
    } catch (error) {
      if (error instanceof WebhookPayloadError) throw new DomainError('VALIDATION_FAILED', error.message);
      throw error;
    }
    await this.store.store(items, receivedAt);
    return { received: items.length };
  }

  /**
   * For transports that are not webhooks (the SMTP receiver, IMAP polling): the items their adapter parsed, stored
   * durably; the transport acknowledges only once this resolves.
   */
  async storeItems(channel: Channel, items: InboundItem[], receivedAt: Date): Promise<void> {
    await this.registry.getConfigured(channel);
    const stray = items.find((item) => item.channel !== channel);
    if (stray) throw new Error(`an item of channel "${stray.channel}" was offered as "${channel}"`);
    await this.store.store(items, receivedAt);
  }

  /** Applies stored events in one transaction; if the batch fails, event by event so one bad event stops no other. */
  async processEvents(eventIds: string[]): Promise<void> {
    const events = await this.store.findUnprocessed(eventIds);
    if (events.length === 0) return;
    try {
      await this.applyInTransaction(events);
    } catch (error) {
      this.logger.warn(`batch of ${events.length} failed (${String(error)}); applying one by one`);
      for (const event of events) {
        try {
          await this.applyInTransaction([event]);
        } catch (single) {
          await this.recordFailure(event, single);
        }
      }
    }
  }

  private async applyInTransaction(events: InboundEvent[]): Promise<void> {
    const now = this.clock.now();
    const applied = await this.transactions.run(async (manager) => {
      const result = await this.applier.apply(
        manager,
        events.map((event) => event.item),
      );
      await manager
        .createQueryBuilder()
        .update(InboundEvent)
        .set({ processedAt: now })
        .whereInIds(events.map((event) => event.id))
        .execute();
      return result;
    });
    this.events.emit(applied.events);
    await this.media.enqueue(applied.pendingAttachmentIds);
  }

  private async recordFailure(event: InboundEvent, error: unknown): Promise<void> {
    const attempts = event.attempts + 1;
    const message = error instanceof Error ? error.message : String(error);
    this.logger.error(`inbound event ${event.id} failed (attempt ${attempts}): ${message}`);
    // After the last attempt the event is set aside (processed, with its error) for an administrator to replay.
    await this.transactions.run((manager) =>
      manager.update(
        InboundEvent,
        { id: event.id },
        {
          attempts,
          lastError: message.slice(0, 2000),
          processedAt: attempts >= MAX_EVENT_ATTEMPTS ? this.clock.now() : null,
        },
      ),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    // Events stored before a crash or a Redis restart are queued again; applying is idempotent.
    await this.recover(new Date(this.clock.now().getTime() + 1));
    const interval = this.config.values.RECOVERY_INTERVAL_MS;
    this.recoveryTimer = setInterval(() => {
      this.recover(new Date(this.clock.now().getTime() - interval)).catch((error: unknown) =>
        this.logger.warn(`recovery failed: ${String(error)}`),
      );
    }, interval);
    this.recoveryTimer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.recoveryTimer);
  }

  private async recover(receivedBefore: Date): Promise<void> {
    const seen = new Set<string>();
    for (;;) {
      const ids = (await this.store.findStranded(receivedBefore, RECOVERY_BATCH)).filter((id) => !seen.has(id));
      if (ids.length === 0) break;
      ids.forEach((id) => seen.add(id));
      await this.processEvents(ids);
    }
    if (seen.size > 0) this.logger.log(`recovered ${seen.size} stored but unprocessed events`);
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { In, IsNull, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { InboundItem } from '../channels/channel.adapter';
import { Transactions } from '../database/transactions';
import { InboundEvent } from './inbound-event.entity';
import { InboundQueue } from './inbound.queue';

const INSERT_CHUNK = 400;
export const MAX_EVENT_ATTEMPTS = 5;

interface PendingWrite {
  rows: InboundEvent[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * The durable, idempotent store of everything providers deliver. Writes from concurrent webhooks are grouped into
 * one transaction (group commit): each caller is answered once its rows are committed, and the whole group becomes
 * one queue job.
 */
@Injectable()
export class InboundEventStore {
  private readonly logger = new Logger(InboundEventStore.name);
  private pending: PendingWrite[] = [];
  private flushing = false;

  constructor(
    @InjectRepository(InboundEvent) private readonly events: Repository<InboundEvent>,
    private readonly transactions: Transactions,
    private readonly queue: InboundQueue,
  ) {}

  /** Resolves when the items are durably stored; a repeat of a stored item is silently ignored. */
  store(items: InboundItem[], receivedAt: Date): Promise<void> {
    if (items.length === 0) return Promise.resolve();
    const rows = items.map((item) =>
      this.events.create({
        id: randomUUID(),
        channel: item.channel,
        dedupKey: item.dedupKey.slice(0, 255),
        item,
        receivedAt,
        processedAt: null,
        attempts: 0,
        lastError: null,
      }),
    );
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ rows, resolve, reject });
      if (!this.flushing) {
        this.flushing = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    while (this.pending.length > 0) {
      const group = this.pending;
      this.pending = [];
      const rows = group.flatMap((write) => write.rows);
      try {
        await this.transactions.run(async (manager) => {
          for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
            await manager
              .createQueryBuilder()
              .insert()
              .into(InboundEvent)
              .values(rows.slice(start, start + INSERT_CHUNK) as QueryDeepPartialEntity<InboundEvent>[])
              .orIgnore()
              .execute();
          }
        });
        for (const write of group) write.resolve();
      } catch (error) {
        for (const write of group) write.reject(error);
        continue;
      }
      // Rows ignored as duplicates are simply not found by the worker; a lost enqueue is caught by recovery.
      this.queue.enqueue(rows.map((row) => row.id)).catch((error: unknown) => {
        this.logger.warn(`enqueue failed, recovery will pick the events up: ${String(error)}`);
      });
    }
    this.flushing = false;
  }

  findUnprocessed(ids: string[]): Promise<InboundEvent[]> {
    return this.events.find({ where: { id: In(ids), processedAt: IsNull() } });
  }

  /** Events stored but not yet applied (the queue lost them, or the process died): oldest first. */
  async findStranded(receivedBefore: Date, limit: number): Promise<string[]> {
    const rows = await this.events
      .createQueryBuilder('e')
      .select('e.id', 'id')
      .where('e.processedAt IS NULL AND e.receivedAt < :before', { before: receivedBefore.getTime() })
      .orderBy('e.receivedAt', 'ASC')
      .limit(limit)
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }
}

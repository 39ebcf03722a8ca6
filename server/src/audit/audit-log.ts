import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { Transactions } from '../database/transactions';
import { AuditEvent } from './audit-event.entity';
import { createAuditIdFactory } from './audit-id';

export interface AuditActor {
  id: string;
  email: string;
  /** Stored with the event as it is now; the e-mail address when left out. */
  name?: string;
}

/** What the action was done to, e.g. `{ type: 'user', id }`. */
export interface AuditObject {
  type: string;
  id: string;
}

const SYSTEM_NAME = 'system';
const MAX_ACTION = 100;
const MAX_DETAIL = 2000;
const INSERT_CHUNK = 100;
const ATTEMPTS = 3;
const RETRY_MS = 1000;

// Control characters would let a name or a detail forge a second log line.
const clean = (text: string) => text.replace(/\p{Cc}+/gu, ' ');
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The audit log (BIO): who did what to which object. Every event is a line on stdout at once and a row in
 * `audit_events` shortly after: `record` returns at once and the rows are written in the background, all events of
 * a moment in one transaction, so a request never waits for the log (and under load the log costs one commit per
 * batch, not per event). A write that fails is retried, then logged as an error; the stdout line stays. Readers of
 * the table call `flush()` first, so a process reads what it recorded itself.
 *
 * What a line or a detail names is an object or a field, never message content or a value that could be secret.
 */
@Injectable()
export class AuditLog implements BeforeApplicationShutdown {
  private readonly logger = new Logger(AuditLog.name);
  private readonly nextId = createAuditIdFactory();
  private buffer: { event: AuditEvent; attempts: number }[] = [];
  private scheduled = false;
  private tail: Promise<void> = Promise.resolve();

  constructor(
    private readonly clock: Clock,
    private readonly transactions: Transactions,
  ) {}

  /**
   * `action` is a dotted name (`user.updated`) with the object it was done to and a short detail; the older form,
   * a whole sentence without object, is kept as it is (clipped to fit the column, the whole sentence as detail).
   */
  record(actor: AuditActor | 'system', action: string, object?: AuditObject, detail?: string): void {
    const at = this.clock.now();
    const system = actor === 'system';
    const sentence = clean(action);
    const fullDetail = detail === undefined ? null : clip(clean(detail), MAX_DETAIL);
    const event: AuditEvent = {
      id: this.nextId(at.getTime()),
      at,
      actorId: system ? null : actor.id,
      actorName: clip(clean(system ? SYSTEM_NAME : actor.name || actor.email), 255),
      action: clip(sentence, MAX_ACTION),
      objectType: object ? clip(clean(object.type), 50) : null,
      objectId: object ? clip(clean(object.id), 255) : null,
      detail: fullDetail ?? (sentence.length > MAX_ACTION ? clip(sentence, MAX_DETAIL) : null),
    };
    const what = object ? ` ${event.objectType} ${event.objectId}` : '';
    const why = fullDetail ? ` (${fullDetail})` : '';
    const by = system ? SYSTEM_NAME : `${clean(actor.email)} (${actor.id})`;
    process.stdout.write(`audit ${at.toISOString()} ${sentence}${what}${why} by ${by}\n`);
    this.buffer.push({ event, attempts: 0 });
    this.schedule();
  }

  /** Resolves once every event recorded before the call is stored (or given up on, with an error logged). */
  flush(): Promise<void> {
    this.tail = this.tail.then(() => this.writeBuffered());
    return this.tail;
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.flush();
  }

  private schedule(delayMs = 0): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // Everything recorded in the same turn of the event loop goes into one transaction.
    const run = () => {
      this.scheduled = false;
      void this.flush();
    };
    if (delayMs === 0) setImmediate(run);
    else setTimeout(run, delayMs).unref();
  }

  private async writeBuffered(): Promise<void> {
    const batch = this.buffer;
    if (batch.length === 0) return;
    this.buffer = [];
    try {
      await this.transactions.run(async (manager: EntityManager) => {
        for (let start = 0; start < batch.length; start += INSERT_CHUNK) {
          await manager.insert(
            AuditEvent,
            batch.slice(start, start + INSERT_CHUNK).map((pending) => pending.event),
          );
        }
      });
    } catch (error) {
      const again = batch.filter((pending) => ++pending.attempts < ATTEMPTS);
      const lost = batch.length - again.length;
      this.logger.error(
        `could not store ${batch.length} audit events (${again.length} retried, ${lost} only on stdout): ${String(error)}`,
      );
      if (again.length === 0) return;
      this.buffer = [...again, ...this.buffer];
      this.schedule(RETRY_MS);
    }
  }
}

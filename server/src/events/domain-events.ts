import { Injectable } from '@nestjs/common';
import type { ServerToClientEvents } from '@ingang/shared';
import { EventEmitter } from 'node:events';

export type DomainEventName = keyof ServerToClientEvents;
export type DomainEvent = {
  [K in DomainEventName]: {
    name: K;
    payload: Parameters<ServerToClientEvents[K]>[0];
    /** For one user only (a mention); otherwise everyone who may see it. */
    to?: string;
  };
}[DomainEventName];

/**
 * What happened in the domain, after it was committed. Realtime is a consequence of these events, never a second
 * write path: services emit, the gateway broadcasts.
 */
@Injectable()
export class DomainEvents {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(50);
  }

  emit(events: DomainEvent[]): void {
    for (const event of events) this.emitter.emit('event', event);
  }

  subscribe(listener: (event: DomainEvent) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }
}

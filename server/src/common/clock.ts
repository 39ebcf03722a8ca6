import { Injectable, Logger, Optional } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import { AppConfig } from '../config/app-config';

/**
 * The server's notion of now. Injected everywhere a moment is taken, so tests can move time: with TEST_CLOCK set
 * it starts at that instant and runs on from there, and `set` jumps it (listeners reschedule what they timed).
 */
@Injectable()
export class Clock {
  /** Whether this clock may be moved: only when TEST_CLOCK is set. */
  readonly movable: boolean;
  private offsetMs = 0;
  private readonly jumps = new EventEmitter();

  constructor(@Optional() config?: AppConfig) {
    const start = config?.values.TEST_CLOCK;
    this.movable = start !== undefined;
    if (start !== undefined) {
      this.offsetMs = Date.parse(start) - Date.now();
      new Logger(Clock.name).warn(`test clock: now is ${this.now().toISOString()} (TEST_CLOCK), and it can be moved`);
    }
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Tests only: from now on the clock reads `now` and runs on from there. */
  set(now: Date): void {
    if (!this.movable) throw new Error('This clock is real time: set TEST_CLOCK to move it');
    this.offsetMs = now.getTime() - Date.now();
    this.jumps.emit('jump', now);
  }

  onJump(listener: (now: Date) => void): () => void {
    this.jumps.on('jump', listener);
    return () => this.jumps.off('jump', listener);
  }
}

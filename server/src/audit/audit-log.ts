import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';

export interface AuditActor {
  id: string;
  email: string;
}

/** Who changed what, one line each on stdout; what a line names is an object, never a value that could be secret. */
@Injectable()
export class AuditLog {
  constructor(private readonly clock: Clock) {}

  record(actor: AuditActor, action: string): void {
    process.stdout.write(`audit ${this.clock.now().toISOString()} ${action} by ${actor.email} (${actor.id})\n`);
  }
}

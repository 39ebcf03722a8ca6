import type { DomainEvent } from '../events/domain-events';

/** Who receives an event besides webcare (which sees everything): the back offices concerned, or everyone. */
export type Audience = { everyone: true } | { everyone: false; departments: string[] };

const REMEMBERED = 100_000;

/**
 * Decides which back offices get an event. A back office sees a conversation while it has it: the department is in
 * every conversation summary, remembered here for the events that only name the conversation (its messages, SLA
 * changes, presence). A conversation leaving a department is told to that department once more, so its list drops it.
 */
export class EventAudience {
  private readonly departmentOf = new Map<string, string | null>();

  of(event: DomainEvent): Audience {
    switch (event.name) {
      case 'conversation.created':
      case 'conversation.updated': {
        const current = event.payload.department?.id ?? null;
        const previous = this.departmentOf.get(event.payload.id) ?? null;
        this.remember(event.payload.id, current);
        return { everyone: false, departments: [...new Set([previous, current])].filter((id) => id !== null) };
      }
      case 'escalation.created':
      case 'escalation.updated':
        return { everyone: false, departments: [event.payload.department.id] };
      case 'message.created':
      case 'message.updated':
      case 'message.deleted':
      case 'sla.changed':
      case 'presence.updated':
      case 'mention.created':
        return this.ofConversation(event.payload.conversationId);
      case 'sla.recomputed':
        return { everyone: true };
      default:
        return this.ofUnknown(event.payload);
    }
  }

  /** Events added later (callbacks, topics…) reach a department when they name one, or the conversation's. */
  private ofUnknown(payload: unknown): Audience {
    const record = payload as { department?: { id?: unknown } | null; conversationId?: unknown } | null;
    const department = record?.department?.id;
    if (typeof department === 'string') return { everyone: false, departments: [department] };
    if (typeof record?.conversationId === 'string') return this.ofConversation(record.conversationId);
    return { everyone: false, departments: [] };
  }

  private ofConversation(conversationId: string): Audience {
    const department = this.departmentOf.get(conversationId);
    return { everyone: false, departments: department ? [department] : [] };
  }

  private remember(conversationId: string, department: string | null): void {
    this.departmentOf.delete(conversationId);
    this.departmentOf.set(conversationId, department);
    if (this.departmentOf.size > REMEMBERED) {
      const oldest = this.departmentOf.keys().next().value;
      if (oldest !== undefined) this.departmentOf.delete(oldest);
    }
  }
}

import { z } from 'zod';

/** `actorId` of what the system did by itself (e.g. a claim released after the agent went idle). */
export const AUDIT_SYSTEM_ACTOR = 'system';

/** One line of the audit log (BIO): who did what to which object, and when. */
export interface AuditEventDto {
  id: string;
  at: string;
  /** Null: the system itself. */
  actorId: string | null;
  /** The actor's name at the time, so the log reads the same after a rename. */
  actorName: string;
  /** e.g. `user.updated`; older lines are a sentence ("department … created"). */
  action: string;
  objectType: string | null;
  objectId: string | null;
  /** A short description of the change; never message content or secrets. */
  detail: string | null;
}

/** Newest first; `nextCursor` fetches the page after this one (null: this was the last). */
export interface AuditPageDto {
  events: AuditEventDto[];
  nextCursor: string | null;
}

export const MAX_AUDIT_PAGE = 200;

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const CURSOR = new RegExp(`^(\\d{1,15})_(${UUID})$`);

/** Where the next page starts: right after the event with this moment and id (the order of `idx_audit_at`). */
export function auditCursorOf(event: Pick<AuditEventDto, 'at' | 'id'>): string {
  return `${Date.parse(event.at)}_${event.id}`;
}

const noControlCharacters = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(/^[^\p{Cc}]*$/u, 'no control characters');

/**
 * `GET /api/admin/audit`: a page of the log, newest first. `action` matches the start of an action (`user.` finds
 * every change to a user); `actorId=system` finds what the system did by itself.
 */
export const auditQuerySchema = z.strictObject({
  before: z
    .string()
    .regex(CURSOR, 'not a cursor from a previous page')
    .transform((cursor) => {
      const [, at, id] = CURSOR.exec(cursor) as RegExpExecArray;
      return { at: Number(at), id };
    })
    .optional(),
  limit: z.coerce.number().int().min(1).max(MAX_AUDIT_PAGE).default(50),
  actorId: z.union([z.literal(AUDIT_SYSTEM_ACTOR), z.uuid()]).optional(),
  objectType: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,49}$/, 'lower-case letters, digits and dashes')
    .optional(),
  objectId: noControlCharacters(255).optional(),
  action: noControlCharacters(100).optional(),
});
export type AuditQuery = z.output<typeof auditQuerySchema>;

/** What the client sends: every filter optional, `before` the previous page's `nextCursor`. */
export interface AuditQueryParams {
  before?: string;
  limit?: number;
  actorId?: string;
  objectType?: string;
  objectId?: string;
  action?: string;
}

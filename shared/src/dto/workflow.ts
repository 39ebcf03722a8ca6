import { z } from 'zod';
import { MAX_REPLY_LENGTH, replyRequestSchema } from './conversation';

/** A person as other users see them: in a claim, an audit line, a mention. */
export interface PersonDto {
  id: string;
  name: string;
}

export const ESCALATION_STATUSES = ['open', 'answered', 'returned', 'bounced'] as const;
/** open: the back office has it; answered: it answered the citizen; returned: it gave webcare an internal answer;
 * bounced: it sent it back (wrong department, not enough information), with a reason. */
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];

export interface EscalationDto {
  id: string;
  conversationId: string;
  department: PersonDto;
  status: EscalationStatus;
  handoverNote: string;
  /** The holding reply the citizen received; null when none was sent. */
  holdingMessageId: string | null;
  createdBy: PersonDto;
  createdAt: string;
  /** The department's own deadline (its escalation policy, 2 working days by default). */
  deadlineAt: string;
  atRiskAt: string;
  breachedAt: string | null;
  closedAt: string | null;
  closedBy: PersonDto | null;
  /** The internal answer returned to webcare, or the reason it was bounced. */
  result: string | null;
}

/** 409 CLAIMED: someone else holds the conversation (details.holder says who). */
export interface ClaimConflictDetails {
  holder: PersonDto;
}

/** Hand a held conversation to a colleague; a supervisor (or administrator) may reassign any. */
export const assignRequestSchema = z.strictObject({ userId: z.uuid() });
export type AssignRequest = z.input<typeof assignRequestSchema>;

export const MAX_NOTE_LENGTH = 4000;

/** An internal note; the mentioned colleagues are told live. */
export const noteRequestSchema = z.strictObject({
  text: z.string().trim().min(1).max(MAX_NOTE_LENGTH),
  mentionIds: z.array(z.uuid()).max(20).default([]),
});
export type NoteRequest = z.input<typeof noteRequestSchema>;

export const MAX_HANDOVER_LENGTH = 4000;

/**
 * A warm hand-over: the department, what webcare tells it, and the holding reply the citizen gets in the channel
 * (text, or a template when the channel's window has closed) — which stops the webcare clock.
 */
export const escalateRequestSchema = z.strictObject({
  departmentId: z.uuid(),
  handoverNote: z.string().trim().min(1).max(MAX_HANDOVER_LENGTH),
  holdingReply: replyRequestSchema.nullable(),
});
export type EscalateRequest = z.input<typeof escalateRequestSchema>;

/** The back office gives webcare an internal answer, or bounces the question back with a reason. */
export const escalationResultSchema = z.strictObject({
  text: z.string().trim().min(1).max(MAX_REPLY_LENGTH),
});
export type EscalationResultRequest = z.input<typeof escalationResultSchema>;

export const resolveRequestSchema = z.strictObject({
  outcomeId: z.uuid(),
  /** Standard answers used, as KISS records them. */
  standardAnswerIds: z.array(z.uuid()).max(20).default([]),
});
export type ResolveRequest = z.input<typeof resolveRequestSchema>;

export const listEscalationsQuerySchema = z.object({
  status: z
    .string()
    .transform((raw) => raw.split(',').filter(Boolean))
    .pipe(z.array(z.enum(ESCALATION_STATUSES)))
    .optional(),
  departmentId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});
export type ListEscalationsQuery = z.input<typeof listEscalationsQuerySchema>;

/** Who is looking at (and typing in) a conversation right now, so nobody answers a citizen twice. */
export interface PresenceDto {
  conversationId: string;
  viewers: { userId: string; name: string; typing: boolean }[];
}

/** A colleague mentioned you in a note. */
export interface MentionDto {
  conversationId: string;
  messageId: string;
  by: PersonDto;
  text: string;
}

import { z } from 'zod';
import { listNameSchema, sortOrderSchema } from './topic';

/**
 * What kind of result a contact had, the fixed categories reports count (KISS records a gespreksresultaat per
 * contact): zelfstandig afgehandeld, doorgezet, teruggebeld, geen antwoord nodig, anders.
 */
export const OUTCOME_KINDS = ['self-handled', 'escalated', 'called-back', 'no-answer-needed', 'other'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** A conversation outcome (gespreksresultaat) the administrator named, of one of the kinds reports understand. */
export interface OutcomeDto {
  id: string;
  name: string;
  kind: OutcomeKind;
  /** A deactivated outcome stays on the conversations that have it but cannot be chosen anew. */
  active: boolean;
  /** The administrator's order; lists sort by it, then by name. */
  sortOrder: number;
  createdAt: string;
  updatedAt: string;
}

export const outcomeKindSchema = z.enum(OUTCOME_KINDS);

export const createOutcomeRequestSchema = z.strictObject({
  name: listNameSchema,
  kind: outcomeKindSchema,
  /** Left out: after the last one. */
  sortOrder: sortOrderSchema.optional(),
});
export type CreateOutcomeRequest = z.input<typeof createOutcomeRequestSchema>;
export type CreateOutcome = z.output<typeof createOutcomeRequestSchema>;

/** A change: a field left out is kept; `active` deactivates or reactivates. */
export const updateOutcomeRequestSchema = z.strictObject({
  name: listNameSchema.optional(),
  kind: outcomeKindSchema.optional(),
  sortOrder: sortOrderSchema.optional(),
  active: z.boolean().optional(),
});
export type UpdateOutcomeRequest = z.input<typeof updateOutcomeRequestSchema>;
export type UpdateOutcome = z.output<typeof updateOutcomeRequestSchema>;

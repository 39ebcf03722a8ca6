import { z } from 'zod';
import { slaPolicySchema } from '../sla/sla-settings';
import type { SlaPolicy } from '../sla/sla-state';

export const MAX_DEPARTMENT_NAME_LENGTH = 100;

/** A back office (Belastingen, Burgerzaken, …) that webcare escalates questions to. */
export interface DepartmentDto {
  id: string;
  name: string;
  /** Its own deadline for answering an escalation; null: the escalation policy of the SLA settings. */
  escalationPolicy: SlaPolicy | null;
  /** A deactivated department keeps its escalations but cannot receive new ones. */
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

// No control characters (names end up in audit lines); runs of spaces become one, so "Burger  zaken" is no second
// department; NFC so a composed and a decomposed "é" are the same name.
const departmentNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(MAX_DEPARTMENT_NAME_LENGTH)
  .regex(/^[^\p{Cc}]*$/u, 'no control characters')
  .transform((name) => name.normalize('NFC').replace(/\s+/g, ' '));

/** Names are unique regardless of case: "burgerzaken" is the department "Burgerzaken". */
export function departmentNameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export const createDepartmentRequestSchema = z.strictObject({
  name: departmentNameSchema,
  escalationPolicy: slaPolicySchema.nullable().optional(),
});
export type CreateDepartmentRequest = z.input<typeof createDepartmentRequestSchema>;
export type CreateDepartment = z.output<typeof createDepartmentRequestSchema>;

/** A change: a field left out is kept; `escalationPolicy: null` returns to the default; `active` (re)activates. */
export const updateDepartmentRequestSchema = z.strictObject({
  name: departmentNameSchema.optional(),
  escalationPolicy: slaPolicySchema.nullable().optional(),
  active: z.boolean().optional(),
});
export type UpdateDepartmentRequest = z.input<typeof updateDepartmentRequestSchema>;
export type UpdateDepartment = z.output<typeof updateDepartmentRequestSchema>;

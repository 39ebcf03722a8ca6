import {
  createDepartmentRequestSchema,
  MAX_DEPARTMENT_NAME_LENGTH,
  type CreateDepartment,
  type DepartmentDto,
  type SlaPolicy,
  type UpdateDepartmentRequest,
} from '@ingang/shared';
import { fieldErrorsOf, type FieldError, type SettingsIssue } from './sla-field-errors';
import { parseHours } from './sla-settings-form';

/** What the form holds; hours stay text ('2,5', '') until they are valid. */
export interface DepartmentFormState {
  name: string;
  ownPolicy: boolean;
  answerWithinHours: string;
  atRiskHours: string;
}

export type DepartmentField = 'name' | 'answerWithinHours' | 'atRiskHours';
/** The first problem per input; `key` is under `admin.departments.errors`. */
export type DepartmentFieldErrors = Partial<Record<DepartmentField, FieldError>>;

export type DepartmentFormValidation =
  { valid: true; department: CreateDepartment } | { valid: false; errors: DepartmentFieldErrors };

const policyTexts = (policy: SlaPolicy) => ({
  answerWithinHours: String(policy.answerWithinHours),
  atRiskHours: String(policy.atRiskHours),
});

/** A new department follows the default policy; its hours are filled in should the administrator choose its own. */
export function emptyDepartmentForm(defaultPolicy: SlaPolicy): DepartmentFormState {
  return { name: '', ownPolicy: false, ...policyTexts(defaultPolicy) };
}

export function departmentFormFor(department: DepartmentDto, defaultPolicy: SlaPolicy): DepartmentFormState {
  return {
    name: department.name,
    ownPolicy: department.escalationPolicy !== null,
    ...policyTexts(department.escalationPolicy ?? defaultPolicy),
  };
}

// The schema in shared/ speaks English to developers; zod's own messages for the name, the policy schema's for hours.
function nameErrorOf(message: string): FieldError {
  if (message.startsWith('Too small')) return { key: 'nameRequired' };
  if (message.startsWith('Too big')) return { key: 'nameTooLong', values: { max: MAX_DEPARTMENT_NAME_LENGTH } };
  if (message.includes('control characters')) return { key: 'nameInvalid' };
  return { key: 'other' };
}

/** Issues of the form's own check or of the API's VALIDATION_FAILED `details`, per input. */
export function departmentErrorsOf(issues: readonly SettingsIssue[]): DepartmentFieldErrors {
  const errors: DepartmentFieldErrors = {};
  const nameIssue = issues.find((issue) => issue.path === 'name');
  if (nameIssue) errors.name = nameErrorOf(nameIssue.message);
  const policyErrors = fieldErrorsOf(issues.filter((issue) => issue.path.startsWith('escalationPolicy.')));
  for (const field of ['answerWithinHours', 'atRiskHours'] as const) {
    const error = policyErrors[`escalationPolicy.${field}`];
    if (error) errors[field] = error;
  }
  if (Object.keys(errors).length === 0 && issues.length > 0) errors.name = { key: 'other' };
  return errors;
}

/** The same schema the server validates with, so a mistake is named before anything is sent. */
export function validateDepartmentForm(form: DepartmentFormState): DepartmentFormValidation {
  const result = createDepartmentRequestSchema.safeParse({
    name: form.name,
    escalationPolicy: form.ownPolicy
      ? { answerWithinHours: parseHours(form.answerWithinHours), atRiskHours: parseHours(form.atRiskHours) }
      : null,
  });
  if (result.success) return { valid: true, department: result.data };
  const issues = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  return { valid: false, errors: departmentErrorsOf(issues) };
}

const samePolicy = (a: SlaPolicy | null, b: SlaPolicy | null) =>
  a === null || b === null ? a === b : a.answerWithinHours === b.answerWithinHours && a.atRiskHours === b.atRiskHours;

/** Only what changed; an empty change is `{}`. */
export function changesOf(department: DepartmentDto, edited: CreateDepartment): UpdateDepartmentRequest {
  const changes: UpdateDepartmentRequest = {};
  if (edited.name !== department.name) changes.name = edited.name;
  const policy = edited.escalationPolicy ?? null;
  if (!samePolicy(policy, department.escalationPolicy)) changes.escalationPolicy = policy;
  return changes;
}

import {
  createOutcomeRequestSchema,
  createTopicRequestSchema,
  MAX_LIST_NAME_LENGTH,
  type OutcomeKind,
  type TopicDto,
} from '@ingang/shared';
import type { FieldError, SettingsIssue } from './sla-field-errors';

/** What the add/rename dialog holds: a name, and for an outcome its kind ('' until one is chosen). */
export interface EntryFormState {
  name: string;
  kind: OutcomeKind | '';
}

export type EntryField = 'name' | 'kind';
/** The first problem per input; `key` is under `admin.topics.errors`. */
export type EntryFieldErrors = Partial<Record<EntryField, FieldError>>;

export type EntryFormValidation =
  { valid: true; entry: { name: string; kind?: OutcomeKind } } | { valid: false; errors: EntryFieldErrors };

// The schemas in shared/ speak English to developers; the screen says the same in the user's language.
function nameErrorOf(message: string): FieldError {
  if (message.startsWith('Too small')) return { key: 'nameRequired' };
  if (message.startsWith('Too big')) return { key: 'nameTooLong', values: { max: MAX_LIST_NAME_LENGTH } };
  if (message.includes('control characters')) return { key: 'nameInvalid' };
  return { key: 'other' };
}

/** Issues of the form's own check or of the API's VALIDATION_FAILED `details`, per input. */
export function entryErrorsOf(issues: readonly SettingsIssue[]): EntryFieldErrors {
  const errors: EntryFieldErrors = {};
  const nameIssue = issues.find((issue) => issue.path === 'name');
  if (nameIssue) errors.name = nameErrorOf(nameIssue.message);
  if (issues.some((issue) => issue.path === 'kind')) errors.kind = { key: 'kindRequired' };
  if (Object.keys(errors).length === 0 && issues.length > 0) errors.name = { key: 'other' };
  return errors;
}

/** The same schema the server validates with, so a mistake is named before anything is sent. */
export function validateEntryForm(form: EntryFormState, withKind: boolean): EntryFormValidation {
  const result = withKind
    ? createOutcomeRequestSchema.safeParse({ name: form.name, kind: form.kind || undefined })
    : createTopicRequestSchema.safeParse({ name: form.name });
  if (result.success) return { valid: true, entry: result.data };
  const issues = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  return { valid: false, errors: entryErrorsOf(issues) };
}

/** Only what changed; an empty change is `{}`. */
export function entryChanges(
  entry: TopicDto & { kind?: OutcomeKind },
  edited: { name: string; kind?: OutcomeKind },
): { name?: string; kind?: OutcomeKind } {
  const changes: { name?: string; kind?: OutcomeKind } = {};
  if (edited.name !== entry.name) changes.name = edited.name;
  if (edited.kind !== undefined && edited.kind !== entry.kind) changes.kind = edited.kind;
  return changes;
}

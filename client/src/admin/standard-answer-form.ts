import {
  createStandardAnswerRequestSchema,
  MAX_STANDARD_ANSWER_BODY_LENGTH,
  MAX_STANDARD_ANSWER_KEYWORD_LENGTH,
  MAX_STANDARD_ANSWER_KEYWORDS,
  MAX_STANDARD_ANSWER_TITLE_LENGTH,
  type Channel,
  type CreateStandardAnswer,
  type StandardAnswerDto,
  type UpdateStandardAnswerRequest,
} from '@ingang/shared';
import type { FieldError, SettingsIssue } from './sla-field-errors';

/** What the form holds; the keywords as the administrator types them, separated by commas. */
export interface StandardAnswerFormState {
  title: string;
  body: string;
  keywords: string;
  /** None ticked: every channel. */
  channels: Channel[];
}

export type StandardAnswerField = 'title' | 'body' | 'keywords' | 'channels';
/** The first problem per input; `key` is under `admin.knowledge.errors`. */
export type StandardAnswerFieldErrors = Partial<Record<StandardAnswerField, FieldError>>;

export type StandardAnswerFormValidation =
  { valid: true; answer: CreateStandardAnswer } | { valid: false; errors: StandardAnswerFieldErrors };

export function emptyStandardAnswerForm(): StandardAnswerFormState {
  return { title: '', body: '', keywords: '', channels: [] };
}

export function standardAnswerFormFor(answer: StandardAnswerDto): StandardAnswerFormState {
  return { title: answer.title, body: answer.body, keywords: answer.keywords.join(', '), channels: answer.channels };
}

/** "paspoort, ID-kaart; reisdocument" → three keywords; empty pieces are dropped. */
export function keywordsOf(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((keyword) => keyword.trim())
    .filter(Boolean);
}

// The schema in shared/ speaks English to developers (zod's own messages); the form says it in the user's language.
function errorOf(field: StandardAnswerField, issue: SettingsIssue): FieldError {
  const { message } = issue;
  if (field === 'keywords') {
    // `keywords` itself: too many; `keywords.3`: one of them.
    if (issue.path === 'keywords' && message.startsWith('Too big')) {
      return { key: 'keywordsTooMany', values: { max: MAX_STANDARD_ANSWER_KEYWORDS } };
    }
    if (message.startsWith('Too big'))
      return { key: 'keywordTooLong', values: { max: MAX_STANDARD_ANSWER_KEYWORD_LENGTH } };
    if (message.includes('control characters')) return { key: 'keywordInvalid' };
    return { key: 'other' };
  }
  if (field === 'channels') return { key: 'other' };
  if (message.startsWith('Too small')) return { key: field === 'title' ? 'titleRequired' : 'bodyRequired' };
  if (message.startsWith('Too big')) {
    return field === 'title'
      ? { key: 'titleTooLong', values: { max: MAX_STANDARD_ANSWER_TITLE_LENGTH } }
      : { key: 'bodyTooLong', values: { max: MAX_STANDARD_ANSWER_BODY_LENGTH } };
  }
  if (message.includes('control characters')) return { key: field === 'title' ? 'titleInvalid' : 'bodyInvalid' };
  return { key: 'other' };
}

const FIELDS: readonly StandardAnswerField[] = ['title', 'body', 'keywords', 'channels'];

/** Issues of the form's own check or of the API's VALIDATION_FAILED `details`, per input. */
export function standardAnswerErrorsOf(issues: readonly SettingsIssue[]): StandardAnswerFieldErrors {
  const errors: StandardAnswerFieldErrors = {};
  for (const issue of issues) {
    const field = FIELDS.find((each) => issue.path === each || issue.path.startsWith(`${each}.`));
    if (field) errors[field] ??= errorOf(field, issue);
  }
  if (Object.keys(errors).length === 0 && issues.length > 0) errors.title = { key: 'other' };
  return errors;
}

/** The same schema the server validates with, so a mistake is named before anything is sent. */
export function validateStandardAnswerForm(form: StandardAnswerFormState): StandardAnswerFormValidation {
  const result = createStandardAnswerRequestSchema.safeParse({
    title: form.title,
    body: form.body,
    keywords: keywordsOf(form.keywords),
    channels: form.channels,
  });
  if (result.success) return { valid: true, answer: result.data };
  const issues = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  return { valid: false, errors: standardAnswerErrorsOf(issues) };
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((each, index) => each === b[index]);

/** Only what changed; an empty change is `{}`. */
export function changesOf(answer: StandardAnswerDto, edited: CreateStandardAnswer): UpdateStandardAnswerRequest {
  const changes: UpdateStandardAnswerRequest = {};
  if (edited.title !== answer.title) changes.title = edited.title;
  if (edited.body !== answer.body) changes.body = edited.body;
  if (!sameList(edited.keywords, answer.keywords)) changes.keywords = edited.keywords;
  if (!sameList(edited.channels, answer.channels)) changes.channels = edited.channels;
  return changes;
}

/** The text with `insert` put in place of the selection; the caret goes after it. */
export function insertAtSelection(
  text: string,
  selection: { start: number; end: number },
  insert: string,
): { text: string; caret: number } {
  const start = Math.max(0, Math.min(selection.start, text.length));
  const end = Math.max(start, Math.min(selection.end, text.length));
  return { text: text.slice(0, start) + insert + text.slice(end), caret: start + insert.length };
}

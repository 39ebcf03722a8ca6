import { MAX_POLICY_HOURS } from '@ingang/shared';

/** One problem with one input: a key under `admin.sla.errors` and the values it needs. */
export interface FieldError {
  key: string;
  values?: Record<string, string | number>;
}

/** Field errors keyed by the settings path, e.g. `calendar.openingHours.1.0.to`, `channels.email.atRiskHours`. */
export type FieldErrors = Record<string, FieldError>;

/** An issue as zod gives it (path joined with dots) and as the API sends it in `details`. */
export interface SettingsIssue {
  path: string;
  message: string;
}

// The schema in shared/ speaks English to developers; the screen says the same in the user's language. The
// messages are matched, not the codes, because the API's `details` carry only path and message.
function fieldErrorOf({ path, message }: SettingsIssue): FieldError {
  const leaf = path.split('.').at(-1) ?? '';
  if (leaf === 'from' || leaf === 'to') {
    if (message.startsWith('must end after')) return { key: 'endAfterStart' };
    return { key: leaf === 'to' ? 'timeTo' : 'timeFrom' };
  }
  const overlap = /^(\S+) overlaps (\S+)$/.exec(message);
  if (overlap) return { key: 'overlap', values: { first: overlap[1], second: overlap[2] } };
  if (message.includes('listed twice')) return { key: 'duplicateDay' };
  if (message.includes('already a closed or exception day')) return { key: 'alreadyListed' };
  if (message.includes('real date')) return { key: 'invalidDate' };
  if (leaf === 'answerWithinHours' || leaf === 'atRiskHours') {
    if (message.startsWith('expected a number')) return { key: 'notANumber' };
    if (message.startsWith('must be more than 0')) return { key: 'positive' };
    if (message.startsWith('cannot be negative')) return { key: 'notNegative' };
    if (message.includes('at most') || message.startsWith('Too big')) {
      return { key: 'tooLarge', values: { max: MAX_POLICY_HOURS } };
    }
    if (message.includes('whole minutes')) return { key: 'wholeMinutes' };
    if (message.includes('before the deadline')) return { key: 'atRiskBeforeDeadline' };
  }
  return { key: 'other', values: { message } };
}

/** The first problem per field. "At risk before the deadline" is left out while the deadline itself is wrong. */
export function fieldErrorsOf(issues: readonly SettingsIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) errors[issue.path] ??= fieldErrorOf(issue);
  for (const [path, error] of Object.entries(errors)) {
    if (error.key !== 'atRiskBeforeDeadline') continue;
    if (errors[path.replace(/atRiskHours$/, 'answerWithinHours')]) delete errors[path];
  }
  return errors;
}

/** The issues in a VALIDATION_FAILED answer (`details: [{ path, message }]`); anything else gives none. */
export function issuesOfDetails(details: unknown): SettingsIssue[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((issue: unknown) =>
    typeof issue === 'object' &&
    issue !== null &&
    'path' in issue &&
    typeof issue.path === 'string' &&
    'message' in issue &&
    typeof issue.message === 'string'
      ? [{ path: issue.path, message: issue.message }]
      : [],
  );
}

/** Errors on this path or below it: a weekday's intervals, one exception day. */
export function errorsWithin(errors: FieldErrors, prefix: string): [string, FieldError][] {
  return Object.entries(errors).filter(([path]) => path === prefix || path.startsWith(`${prefix}.`));
}

import { useTranslation } from 'react-i18next';
import { errorsWithin, type FieldError, type FieldErrors } from './sla-field-errors';

/** Ids and errors of the screen's inputs, both keyed by settings path, so an error finds its input. */
export interface SlaFields {
  idOf: (path: string) => string;
  errorOf: (path: string) => FieldError | undefined;
  hasErrorsWithin: (prefix: string) => boolean;
}

export function slaFields(idPrefix: string, errors: FieldErrors): SlaFields {
  return {
    idOf: (path) => `${idPrefix}-${path.replaceAll('.', '-')}`,
    errorOf: (path) => errors[path],
    hasErrorsWithin: (prefix) => errorsWithin(errors, prefix).length > 0,
  };
}

export const errorIdOf = (fields: SlaFields, path: string) => `${fields.idOf(path)}-error`;

/** id, aria-invalid and aria-describedby for the input at `path`; `alsoDescribedBy` adds hints or a list's error. */
export function fieldAttributes(fields: SlaFields, path: string, ...alsoDescribedBy: (string | false | undefined)[]) {
  const invalid = fields.errorOf(path) !== undefined;
  const describedBy = [invalid && errorIdOf(fields, path), ...alsoDescribedBy].filter(Boolean).join(' ');
  return {
    id: fields.idOf(path),
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy || undefined,
  };
}

export function useFieldErrorText() {
  const { t } = useTranslation();
  return (error: FieldError) => t(`admin.sla.errors.${error.key}`, { ...error.values, defaultValue: error.key });
}

/** The error of one input, right below it; inputs point at it with aria-describedby. */
export function FieldErrorMessage({ fields, path }: { fields: SlaFields; path: string }) {
  const text = useFieldErrorText();
  const error = fields.errorOf(path);
  if (!error) return null;
  return (
    <p className="sla-field-error" id={errorIdOf(fields, path)}>
      {text(error)}
    </p>
  );
}

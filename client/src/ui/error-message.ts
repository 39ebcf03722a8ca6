import type { TFunction } from 'i18next';
import { isApiError } from '../api/http';

/** The user-facing text for a failed call, chosen by the API's error code (i18n key `errors.<code>`). */
export function errorMessage(error: unknown, t: TFunction): string {
  const code = isApiError(error) ? error.code : 'UNKNOWN';
  return t(`errors.${code}`, { defaultValue: t('errors.UNKNOWN') });
}

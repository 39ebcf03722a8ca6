import type { TFunction } from 'i18next';
import { isApiError } from '../api/http';
import { errorMessage } from '../ui/error-message';

/** The text for a failed admin call; `conflict` says what ALREADY_EXISTS means on this page. */
export function adminErrorMessage(error: unknown, t: TFunction, conflict: string): string {
  if (isApiError(error, 'ALREADY_EXISTS')) return conflict;
  return errorMessage(error, t);
}

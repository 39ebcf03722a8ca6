import type { TFunction } from 'i18next';
import type { PersonDto } from '@ingang/shared';
import { isApiError } from '../api/http';
import { errorMessage } from '../ui/error-message';

function isPerson(value: unknown): value is PersonDto {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { id?: unknown }).id === 'string' &&
    typeof (value as { name?: unknown }).name === 'string'
  );
}

/** Who holds the conversation, from a 409 CLAIMED; null for any other failure. */
export function claimHolder(error: unknown): PersonDto | null {
  if (!isApiError(error, 'CLAIMED')) return null;
  const holder = (error.details as { holder?: unknown } | undefined)?.holder;
  return isPerson(holder) ? holder : null;
}

/** The most a user may hold, from a 409 CAPACITY_REACHED. */
function capacity(error: unknown): number | null {
  if (!isApiError(error, 'CAPACITY_REACHED')) return null;
  const max = (error.details as { max?: unknown } | undefined)?.max;
  return typeof max === 'number' ? max : null;
}

/** A failed workflow action in words: who holds it, the agent's maximum, a missing topic; else the generic text. */
export function workflowErrorMessage(error: unknown, t: TFunction): string {
  const holder = claimHolder(error);
  if (holder) return t('workflow.errors.claimedBy', { name: holder.name });
  if (isApiError(error, 'CLAIMED')) return t('workflow.errors.claimed');
  if (isApiError(error, 'CAPACITY_REACHED')) {
    const max = capacity(error);
    return max === null ? t('workflow.errors.capacity') : t('workflow.errors.capacityOf', { count: max });
  }
  if (isApiError(error, 'TOPIC_REQUIRED')) return t('workflow.errors.topicRequired');
  if (isApiError(error, 'CONFLICT')) return t('workflow.errors.conflict');
  return errorMessage(error, t);
}

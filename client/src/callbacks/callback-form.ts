import {
  formatPhoneNumber,
  MAX_CALLBACK_NOTE_LENGTH,
  MAX_PREFERRED_MOMENT_LENGTH,
  normalisePhoneNumber,
  type ContactIdentityDto,
  type ConversationSummaryDto,
  type CreateCallbackRequest,
} from '@ingang/shared';
import { isApiError } from '../api/http';

export interface CallbackFormValues {
  phone: string;
  preferredMoment: string;
  note: string;
  /** '' for the KCC itself. */
  departmentId: string;
}

export type CallbackField = 'phone' | 'preferredMoment' | 'note' | 'departmentId';
/** Per field, the i18n key (under `callbacks.form.problem`) of what is wrong. */
export type CallbackFormErrors = Partial<Record<CallbackField, string>>;

/** The request the form stands for, or what is wrong with it, checked as the server will. */
export function callbackRequestOf(
  values: CallbackFormValues,
): { request: CreateCallbackRequest } | { errors: CallbackFormErrors } {
  const errors: CallbackFormErrors = {};
  const phone = normalisePhoneNumber(values.phone);
  if (values.phone.trim() === '') errors.phone = 'phoneEmpty';
  else if (phone === null) errors.phone = 'phone';
  if (values.preferredMoment.trim().length > MAX_PREFERRED_MOMENT_LENGTH) errors.preferredMoment = 'tooLong';
  if (values.note.trim() === '') errors.note = 'noteEmpty';
  else if (values.note.trim().length > MAX_CALLBACK_NOTE_LENGTH) errors.note = 'tooLong';
  if (Object.keys(errors).length > 0 || phone === null) return { errors };
  return {
    request: {
      phone,
      preferredMoment: values.preferredMoment.trim() || null,
      note: values.note.trim(),
      departmentId: values.departmentId || null,
    },
  };
}

/**
 * The number to call, prefilled: the WhatsApp number of the conversation, or else one the citizen has on WhatsApp
 * in another conversation; empty when none is known.
 */
export function suggestedPhone(
  conversation: Pick<ConversationSummaryDto, 'channel' | 'contact'>,
  identities: readonly ContactIdentityDto[] = [],
): string {
  const whatsapp = [
    ...(conversation.channel === 'whatsapp' ? [conversation.contact.handle] : []),
    ...identities.filter((identity) => identity.channel === 'whatsapp').map((identity) => identity.externalId),
  ];
  for (const waId of whatsapp) {
    // A WhatsApp id is the number with its country code, without the +.
    const phone = normalisePhoneNumber(waId.startsWith('+') ? waId : `+${waId}`);
    if (phone) return formatPhoneNumber(phone);
  }
  return '';
}

/** The fields the server refused (VALIDATION_FAILED names them), for a form that checked them already. */
export function serverFieldErrors(error: unknown): CallbackFormErrors {
  if (!isApiError(error, 'VALIDATION_FAILED') || !Array.isArray(error.details)) return {};
  const errors: CallbackFormErrors = {};
  for (const issue of error.details as { path?: unknown }[]) {
    if (issue.path === 'phone') errors.phone = 'phone';
    if (issue.path === 'departmentId') errors.departmentId = 'department';
    if (issue.path === 'note') errors.note = 'noteEmpty';
  }
  return errors;
}

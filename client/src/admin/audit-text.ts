import type { AuditEventDto, AuditQueryParams } from '@ingang/shared';
import type { Language } from '../i18n/i18n';

/** The actions the filter suggests; others (older sentences, new actions) are found by typing their start. */
export const KNOWN_AUDIT_ACTIONS = [
  'user.created',
  'user.updated',
  'user.disabled',
  'user.enabled',
  'user.password-reset',
] as const;

/** The kinds of object the filter offers. */
export const AUDIT_OBJECT_TYPES = [
  'user',
  'department',
  'conversation',
  'escalation',
  'channel-account',
  'standard-answer',
  'topic',
] as const;

/** What the page filters on; '' is "all". */
export interface AuditFilters {
  actorId: string;
  action: string;
  objectType: string;
  objectId: string;
}

export const NO_AUDIT_FILTERS: AuditFilters = { actorId: '', action: '', objectType: '', objectId: '' };

export const hasAuditFilters = (filters: AuditFilters) => Object.values(filters).some((value) => value.trim() !== '');

/** The query for these filters: only those that are set, trimmed; an object id only with its type. */
export function auditQueryOf(filters: AuditFilters): AuditQueryParams {
  const query: AuditQueryParams = {};
  const set = (name: keyof AuditFilters, value: string) => {
    if (value.trim() !== '') query[name] = value.trim();
  };
  set('actorId', filters.actorId);
  set('action', filters.action);
  set('objectType', filters.objectType);
  if (filters.objectType) set('objectId', filters.objectId);
  return query;
}

const DOTTED = /^[a-z][a-z-]*(\.[a-z][a-z-]*)+$/;

/**
 * The i18n key of an action's label (`user.password-reset` → `admin.audit.actions.user_password-reset`), or null for
 * an older sentence, which is shown as it is.
 */
export function auditActionKey(action: string): string | null {
  return DOTTED.test(action) ? `admin.audit.actions.${action.replace(/\./g, '_')}` : null;
}

/** Where an object can be opened in the app, if anywhere. */
export function auditObjectPath(event: Pick<AuditEventDto, 'objectType' | 'objectId'>): string | null {
  if (!event.objectId) return null;
  switch (event.objectType) {
    case 'conversation':
      return `/conversations/${encodeURIComponent(event.objectId)}`;
    default:
      return null;
  }
}

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
const formatters = new Map<Language, Intl.DateTimeFormat>();

/** To the second, in Amsterdam time: the log is read to find out exactly what happened when. */
export function formatAuditTime(at: string, language: Language): string {
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALES[language], {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZone: 'Europe/Amsterdam',
    });
    formatters.set(language, formatter);
  }
  return formatter.format(new Date(at));
}

import {
  secretNamesOf,
  settingNamesOf,
  type Channel,
  type ChannelAccountDto,
  type CreateChannelAccountRequest,
  type UpdateChannelAccountRequest,
} from '@ingang/shared';

/** What the form holds. Secret inputs start empty, always: a stored secret is never sent to the browser. */
export interface AccountFormState {
  channel: Channel;
  name: string;
  externalId: string;
  enabled: boolean;
  settings: Record<string, string>;
  secrets: Record<string, { value: string; clear: boolean }>;
}

export function emptyAccountForm(channel: Channel): AccountFormState {
  return {
    channel,
    name: '',
    externalId: '',
    enabled: true,
    settings: Object.fromEntries(settingNamesOf(channel).map((name) => [name, ''])),
    secrets: Object.fromEntries(secretNamesOf(channel).map((name) => [name, { value: '', clear: false }])),
  };
}

export function accountFormFor(account: ChannelAccountDto): AccountFormState {
  const form = emptyAccountForm(account.channel);
  return {
    ...form,
    name: account.name,
    externalId: account.externalId,
    enabled: account.enabled,
    settings: Object.fromEntries(Object.keys(form.settings).map((name) => [name, account.settings[name] ?? ''])),
  };
}

export function toCreateRequest(form: AccountFormState): CreateChannelAccountRequest {
  const filled = (entries: [string, string][]) =>
    Object.fromEntries(entries.filter(([, value]) => value.trim() !== ''));
  return {
    channel: form.channel,
    name: form.name,
    externalId: form.externalId,
    enabled: form.enabled,
    settings: filled(Object.entries(form.settings)),
    secrets: filled(Object.entries(form.secrets).map(([name, secret]) => [name, secret.value])),
  } as CreateChannelAccountRequest;
}

/** Only what changed: a typed secret replaces, "wissen" sends an empty string (removes), an empty input keeps. */
export function toUpdateRequest(form: AccountFormState, account: ChannelAccountDto): UpdateChannelAccountRequest {
  const request: UpdateChannelAccountRequest = {};
  if (form.name !== account.name) request.name = form.name;
  if (form.externalId !== account.externalId) request.externalId = form.externalId;
  if (form.enabled !== account.enabled) request.enabled = form.enabled;
  const settings = Object.entries(form.settings).filter(([name, value]) => value !== (account.settings[name] ?? ''));
  if (settings.length > 0) request.settings = Object.fromEntries(settings);
  const secrets: Record<string, string> = {};
  for (const [name, secret] of Object.entries(form.secrets)) {
    if (secret.clear) secrets[name] = '';
    else if (secret.value !== '') secrets[name] = secret.value;
  }
  if (Object.keys(secrets).length > 0) request.secrets = secrets;
  return request;
}

/** The form fields a VALIDATION_FAILED answer names (`details: [{ path: 'secrets.appSecret' }]`). */
export function invalidFieldsOf(details: unknown): string[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((issue: unknown) =>
    typeof issue === 'object' && issue !== null && 'path' in issue && typeof issue.path === 'string'
      ? [issue.path]
      : [],
  );
}

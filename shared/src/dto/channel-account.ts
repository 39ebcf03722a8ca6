import { z } from 'zod';
import type { Channel } from '../channels';

/** How a field's value is checked: a provider token, a numeric provider id, an address, a mail server URL, text. */
export type ChannelAccountFieldKind = 'token' | 'digits' | 'email' | 'smtpUrl' | 'imapUrl' | 'text';

interface ChannelAccountDeclaration {
  /** What the provider calls the account: phone number id, page id, X user id, mailbox address. */
  externalId: ChannelAccountFieldKind;
  /** Stored encrypted, never sent back to the browser, never logged. */
  secrets: Record<string, ChannelAccountFieldKind>;
  /** Not secret: shown and edited as plain values. */
  settings: Record<string, ChannelAccountFieldKind>;
}

/** Per channel, which fields an account has and which of them are secret; in the order the form shows them. */
export const CHANNEL_ACCOUNT_FIELDS = {
  whatsapp: {
    externalId: 'digits',
    secrets: { appSecret: 'token', verifyToken: 'token', accessToken: 'token' },
    settings: { businessAccountId: 'digits' },
  },
  messenger: {
    externalId: 'digits',
    secrets: { appSecret: 'token', verifyToken: 'token', pageToken: 'token' },
    settings: {},
  },
  twitter: {
    externalId: 'digits',
    secrets: { consumerKey: 'token', consumerSecret: 'token', accessToken: 'token', accessTokenSecret: 'token' },
    settings: {},
  },
  email: {
    externalId: 'email',
    // The URLs carry the mail server's user name and password.
    secrets: { smtpRelayUrl: 'smtpUrl', imapUrl: 'imapUrl' },
    settings: { fromName: 'text' },
  },
} as const satisfies Record<Channel, ChannelAccountDeclaration>;

type Declared = typeof CHANNEL_ACCOUNT_FIELDS;
export type ChannelSecretName<C extends Channel> = keyof Declared[C]['secrets'] & string;
export type ChannelSettingName<C extends Channel> = keyof Declared[C]['settings'] & string;

/** An account's decrypted credentials, as the channel adapters use them; a field not set is absent. */
export interface ChannelCredentials<C extends Channel = Channel> {
  settings: Partial<Record<ChannelSettingName<C>, string>>;
  secrets: Partial<Record<ChannelSecretName<C>, string>>;
}

export function secretNamesOf(channel: Channel): string[] {
  return Object.keys(CHANNEL_ACCOUNT_FIELDS[channel].secrets);
}

export function settingNamesOf(channel: Channel): string[] {
  return Object.keys(CHANNEL_ACCOUNT_FIELDS[channel].settings);
}

export const MAX_SECRET_LENGTH = 4096;
export const MAX_ACCOUNT_NAME_LENGTH = 200;

// No control characters: values end up in HTTP headers, mail headers and audit lines.
const noControlCharacters = /^[^\p{Cc}]*$/u;

const mailServerUrl = (protocols: string[]) =>
  z
    .string()
    .trim()
    .max(2048)
    .refine(
      (value) => URL.canParse(value) && protocols.includes(new URL(value).protocol),
      `use ${protocols.map((protocol) => `${protocol}//…`).join(' or ')}`,
    );

function valueSchema(kind: ChannelAccountFieldKind): z.ZodType<string, string> {
  switch (kind) {
    case 'token':
      // Provider tokens and secrets are printable ASCII without spaces; Meta's system-user tokens run to ~250.
      return z
        .string()
        .trim()
        .max(MAX_SECRET_LENGTH)
        .regex(/^[\x21-\x7e]+$/, 'printable characters without spaces');
    case 'digits':
      return z
        .string()
        .trim()
        .regex(/^\d{1,30}$/, 'digits only');
    case 'email':
      return z.string().trim().toLowerCase().max(254).pipe(z.email());
    case 'smtpUrl':
      return mailServerUrl(['smtp:', 'smtps:']);
    case 'imapUrl':
      return mailServerUrl(['imap:', 'imaps:']);
    case 'text':
      return z.string().trim().min(1).max(200).regex(noControlCharacters, 'no control characters');
  }
}

// An empty string means "not set": on create it is left out, on update it removes the field.
function fieldsSchema(fields: Record<string, ChannelAccountFieldKind>) {
  const shape: Record<string, z.ZodOptional<z.ZodType<string, string>>> = {};
  for (const [name, kind] of Object.entries(fields))
    shape[name] = z.union([z.literal(''), valueSchema(kind)]).optional();
  return z.strictObject(shape);
}

const accountNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(MAX_ACCOUNT_NAME_LENGTH)
  .regex(noControlCharacters, 'no control characters');

function createSchemaFor<C extends Channel>(channel: C) {
  const declaration: ChannelAccountDeclaration = CHANNEL_ACCOUNT_FIELDS[channel];
  return z.strictObject({
    channel: z.literal(channel),
    externalId: valueSchema(declaration.externalId),
    name: accountNameSchema,
    enabled: z.boolean().default(true),
    settings: fieldsSchema(declaration.settings).default({}),
    secrets: fieldsSchema(declaration.secrets).default({}),
  });
}

// Marked pure so the browser bundle, which uses the declarations but not the schemas, leaves zod out.
export const createChannelAccountRequestSchema = z.discriminatedUnion('channel', [
  /* @__PURE__ */ createSchemaFor('whatsapp'),
  /* @__PURE__ */ createSchemaFor('messenger'),
  /* @__PURE__ */ createSchemaFor('twitter'),
  /* @__PURE__ */ createSchemaFor('email'),
]);
export type CreateChannelAccountRequest = z.input<typeof createChannelAccountRequestSchema>;
export type CreateChannelAccount = z.output<typeof createChannelAccountRequestSchema>;

const fieldValues = z
  .record(z.string().regex(/^[A-Za-z]{1,50}$/, 'a field name'), z.string().max(MAX_SECRET_LENGTH))
  .optional();

/**
 * A change to an account. A field given replaces the stored value, an empty string removes it, an absent field is
 * kept. Which fields exist depends on the account's channel: see channelAccountChangesSchema.
 */
export const updateChannelAccountRequestSchema = z.strictObject({
  externalId: z.string().max(255).optional(),
  name: z
    .string()
    .max(MAX_ACCOUNT_NAME_LENGTH * 2)
    .optional(),
  enabled: z.boolean().optional(),
  settings: fieldValues,
  secrets: fieldValues,
});
export type UpdateChannelAccountRequest = z.infer<typeof updateChannelAccountRequestSchema>;

/** The update request checked against the fields of the account's channel. */
export function channelAccountChangesSchema(channel: Channel) {
  const declaration: ChannelAccountDeclaration = CHANNEL_ACCOUNT_FIELDS[channel];
  return z.strictObject({
    externalId: valueSchema(declaration.externalId).optional(),
    name: accountNameSchema.optional(),
    enabled: z.boolean().optional(),
    settings: fieldsSchema(declaration.settings).optional(),
    secrets: fieldsSchema(declaration.secrets).optional(),
  });
}
export type ChannelAccountChanges = z.output<ReturnType<typeof channelAccountChangesSchema>>;

/** An account as the administrator sees it: never a secret's value, only which secrets are set. */
export interface ChannelAccountDto {
  id: string;
  channel: Channel;
  externalId: string;
  name: string;
  enabled: boolean;
  settings: Record<string, string>;
  /** Names of the secrets that have a value. */
  secretsSet: string[];
  /** The stored secrets cannot be decrypted with this server's key (SECRETS_KEY changed?): enter them again. */
  secretsUnreadable: boolean;
  createdAt: string;
  updatedAt: string;
}

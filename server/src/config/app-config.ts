import { dirname, resolve } from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const optionalSecret = z
  .string()
  .optional()
  .transform((value) => (value === '' ? undefined : value));

const mailUrl = (schemes: string[]) =>
  z
    .string()
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .refine(
      (value) => value === undefined || (URL.canParse(value) && schemes.includes(new URL(value).protocol)),
      `use ${schemes.map((scheme) => `${scheme}//…`).join(' or ')}`,
    );

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: z.string().url().optional(),
  DATABASE_URL: z
    .string()
    .default('sqlite:data/ingang.sqlite')
    .refine((url) => /^(sqlite:.+|postgres(ql)?:\/\/.+)$/.test(url), 'use sqlite:<path> or postgres://…'),
  REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.-]+$/)
    .default('ingang'),
  REDIS_AUTOSTART: bool.default(true),
  ADMIN_EMAIL: z.string().email().optional(),
  ADMIN_PASSWORD: z.string().min(8).optional(),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  COOKIE_SECURE: bool.default(false),
  MEDIA_DIR: z.string().default('data/media'),
  MEDIA_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(25 * 1024 * 1024),
  WEBHOOK_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(4 * 1024 * 1024),
  OUTBOUND_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  OUTBOUND_BACKOFF_MS: z.coerce.number().int().min(1).default(2000),
  PROVIDER_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  RECOVERY_INTERVAL_MS: z.coerce.number().int().positive().default(30_000),
  LOGIN_MAX_ATTEMPTS: z.coerce.number().int().positive().default(10),
  // Encrypts the channel accounts' secrets in the database. Without it a key is generated into the data folder.
  SECRETS_KEY: optionalSecret.refine(
    (value) => value === undefined || value.length >= 16,
    'use a base64 32-byte key (openssl rand -base64 32) or a passphrase of at least 16 characters',
  ),
  // E-mail: the built-in SMTP receiver runs when MAIL_INBOX_ADDRESS is set.
  MAIL_INBOX_ADDRESS: z
    .string()
    .optional()
    .transform((value) => (value === '' ? undefined : value?.trim().toLowerCase()))
    .pipe(z.string().email().optional()),
  MAIL_FROM_NAME: optionalSecret,
  MAIL_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(25 * 1024 * 1024),
  SMTP_PORT: z.coerce.number().int().min(0).max(65535).default(2525),
  SMTP_HOST: z.string().default('0.0.0.0'),
  SMTP_RELAY_URL: mailUrl(['smtp:', 'smtps:']),
  IMAP_URL: mailUrl(['imap:', 'imaps:']),
  IMAP_MAILBOX: z.string().min(1).default('INBOX'),
  IMAP_POLL_MS: z.coerce.number().int().min(100).default(60_000),
  WHATSAPP_APP_SECRET: optionalSecret,
  WHATSAPP_VERIFY_TOKEN: optionalSecret,
  WHATSAPP_ACCESS_TOKEN: optionalSecret,
  WHATSAPP_BUSINESS_ACCOUNT_ID: optionalSecret,
  WHATSAPP_API_BASE: z.string().url().default('https://graph.facebook.com'),
  WHATSAPP_API_VERSION: z
    .string()
    .regex(/^v\d+\.\d+$/)
    .default('v21.0'),
  MESSENGER_APP_SECRET: optionalSecret,
  MESSENGER_VERIFY_TOKEN: optionalSecret,
  MESSENGER_PAGE_TOKEN: optionalSecret,
  MESSENGER_API_BASE: z.string().url().default('https://graph.facebook.com'),
  MESSENGER_API_VERSION: z
    .string()
    .regex(/^v\d+\.\d+$/)
    .default('v21.0'),
  TWITTER_CONSUMER_KEY: optionalSecret,
  TWITTER_CONSUMER_SECRET: optionalSecret,
  TWITTER_ACCESS_TOKEN: optionalSecret,
  TWITTER_ACCESS_TOKEN_SECRET: optionalSecret,
  TWITTER_API_BASE: z.string().url().default('https://api.x.com'),
  // A claim of an agent who has had no browser open this long is released (0: never).
  CLAIM_IDLE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(900),
  // Tests only: the server's clock starts at this instant (ISO 8601) and an administrator can move it through
  // PUT /api/test/clock. Unset in real use, and then that endpoint does not exist.
  TEST_CLOCK: z
    .string()
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .refine((value) => value === undefined || !Number.isNaN(Date.parse(value)), 'use an ISO 8601 instant'),
});

// Mail goes out from, and is filed under, the inbox address: relaying or polling without one cannot work.
const checkedSchema = schema.superRefine((values, context) => {
  for (const name of ['SMTP_RELAY_URL', 'IMAP_URL'] as const) {
    if (values[name] && !values.MAIL_INBOX_ADDRESS) {
      context.addIssue({ code: 'custom', path: [name], message: 'needs MAIL_INBOX_ADDRESS as well' });
    }
  }
});

export type AppConfigValues = z.infer<typeof schema>;

export class ConfigError extends Error {}

/** Parses the environment once; a wrong or missing setting stops the start with a message naming it. */
export function parseConfig(env: NodeJS.ProcessEnv): AppConfigValues {
  const result = checkedSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  return result.data;
}

/** The validated configuration; the only reader of process.env. */
export class AppConfig {
  constructor(readonly values: AppConfigValues) {}

  static fromEnv(env: NodeJS.ProcessEnv = process.env): AppConfig {
    return new AppConfig(parseConfig(env));
  }

  get database(): { type: 'sqlite'; path: string } | { type: 'postgres'; url: string } {
    const url = this.values.DATABASE_URL;
    if (url.startsWith('sqlite:')) return { type: 'sqlite', path: url.slice('sqlite:'.length) };
    return { type: 'postgres', url };
  }

  /** Where the server keeps its files: the SQLite file's folder, or `data/` with PostgreSQL. */
  get dataDir(): string {
    const database = this.database;
    return database.type === 'sqlite' ? dirname(resolve(database.path)) : resolve('data');
  }
}

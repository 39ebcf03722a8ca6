import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const optionalSecret = z
  .string()
  .optional()
  .transform((value) => (value === '' ? undefined : value));

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
  WHATSAPP_APP_SECRET: optionalSecret,
  WHATSAPP_VERIFY_TOKEN: optionalSecret,
  WHATSAPP_ACCESS_TOKEN: optionalSecret,
  WHATSAPP_BUSINESS_ACCOUNT_ID: optionalSecret,
  WHATSAPP_API_BASE: z.string().url().default('https://graph.facebook.com'),
  WHATSAPP_API_VERSION: z
    .string()
    .regex(/^v\d+\.\d+$/)
    .default('v21.0'),
});

export type AppConfigValues = z.infer<typeof schema>;

export class ConfigError extends Error {}

/** Parses the environment once; a wrong or missing setting stops the start with a message naming it. */
export function parseConfig(env: NodeJS.ProcessEnv): AppConfigValues {
  const result = schema.safeParse(env);
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
}

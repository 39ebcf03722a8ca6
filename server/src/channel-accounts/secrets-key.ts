import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, type AppConfig } from '../config/app-config';
import { secretsKeyFrom } from './secrets-cipher';

export const SECRETS_KEY_FILE = 'secrets.key';

function readKeyFile(path: string): Buffer {
  const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
  if (key.length !== 32)
    throw new ConfigError(`${path} does not hold a base64 32-byte key: restore it or set SECRETS_KEY`);
  return key;
}

/**
 * The key for the channel accounts' secrets: SECRETS_KEY, or else one generated once into the data folder (readable
 * by this user only) so a first start works without setup. Several servers sharing a database need SECRETS_KEY.
 */
export function loadSecretsKey(config: AppConfig, announce: (line: string) => void): Buffer {
  if (config.values.SECRETS_KEY !== undefined) return secretsKeyFrom(config.values.SECRETS_KEY);
  const path = join(config.dataDir, SECRETS_KEY_FILE);
  try {
    return readKeyFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(config.dataDir, { recursive: true });
  const key = randomBytes(32);
  try {
    writeFileSync(path, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another process wrote it first: use that one.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readKeyFile(path);
    throw error;
  }
  announce(`SECRETS_KEY is not set: generated a key for the channel secrets in ${path}; in production set SECRETS_KEY`);
  return key;
}

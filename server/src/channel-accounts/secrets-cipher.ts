import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';

const VERSION = 'v1';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const FIELD_NAME = /^[A-Za-z]{1,50}$/;
// A fixed salt on purpose: every server process must derive the same key from the same passphrase.
const PASSPHRASE_SALT = 'ingang/secrets-key/v1';

/** The stored value cannot be turned back into secrets: another key, or the value was altered. */
export class SecretsUnreadableError extends Error {
  override readonly name = 'SecretsUnreadableError';
}

/** SECRETS_KEY as a key: a base64 32-byte key is used as it is, anything else is a passphrase run through scrypt. */
export function secretsKeyFrom(value: string): Buffer {
  const trimmed = value.trim();
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(trimmed)) {
    const raw = Buffer.from(trimmed, 'base64');
    if (raw.length === KEY_BYTES) return raw;
  }
  return scryptSync(value.normalize('NFC'), PASSPHRASE_SALT, KEY_BYTES, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 << 20 });
}

/**
 * AES-256-GCM over a JSON object of secrets: `v1:<iv>:<tag>:<ciphertext>`, each part base64. The associated data
 * (the account's id) binds a value to its row, so a ciphertext copied onto another account does not decrypt.
 */
export class SecretsCipher {
  private readonly key: Buffer;

  constructor(key: Buffer) {
    if (key.length !== KEY_BYTES) throw new Error(`a secrets key has ${KEY_BYTES} bytes, not ${key.length}`);
    this.key = Buffer.from(key);
  }

  encrypt(secrets: Record<string, string>, associatedData: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(associatedData, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(JSON.stringify(secrets), 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return [VERSION, iv.toString('base64'), tag.toString('base64'), ciphertext.toString('base64')].join(':');
  }

  decrypt(stored: string, associatedData: string): Record<string, string> {
    const parts = stored.split(':');
    if (parts[0] !== VERSION) throw new SecretsUnreadableError('stored secrets have an unknown format');
    if (parts.length !== 4 || !parts.slice(1).every((part) => BASE64.test(part))) {
      throw new SecretsUnreadableError('stored secrets are malformed');
    }
    const [iv, tag, ciphertext] = parts.slice(1).map((part) => Buffer.from(part, 'base64'));
    if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
      throw new SecretsUnreadableError('stored secrets are malformed');
    }
    let plaintext: string;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(associatedData, 'utf8'));
      decipher.setAuthTag(tag);
      plaintext = Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
    } catch {
      throw new SecretsUnreadableError(
        'stored secrets cannot be decrypted: SECRETS_KEY is not the key they were stored with, or they were altered',
      );
    }
    return parseSecrets(plaintext);
  }
}

function parseSecrets(plaintext: string): Record<string, string> {
  let value: unknown;
  try {
    value = JSON.parse(plaintext);
  } catch {
    value = null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SecretsUnreadableError('stored secrets are not a JSON object');
  }
  const secrets: Record<string, string> = {};
  for (const [name, secret] of Object.entries(value)) {
    if (FIELD_NAME.test(name) && typeof secret === 'string') secrets[name] = secret;
  }
  return secrets;
}

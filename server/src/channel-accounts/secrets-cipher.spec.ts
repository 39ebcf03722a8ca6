import { randomBytes } from 'node:crypto';
import { SecretsCipher, SecretsUnreadableError, secretsKeyFrom } from './secrets-cipher';

const secrets = { appSecret: '3f1c0d9e8b7a6f5e4d3c2b1a09f8e7d6', accessToken: 'EAAGm0PX4ZCpsBA' };
const account = 'channel-account:7b0e3c52-4f8e-4d6a-9c43-0d2b6f1e9a11';

function flipByteOf(stored: string, part: 1 | 2 | 3): string {
  const parts = stored.split(':');
  const bytes = Buffer.from(parts[part], 'base64');
  bytes[0] ^= 0x01;
  parts[part] = bytes.toString('base64');
  return parts.join(':');
}

describe(SecretsCipher.name, () => {
  const key = randomBytes(32);
  const sut = new SecretsCipher(key);

  it('reads back what it stored', () => {
    expect(sut.decrypt(sut.encrypt(secrets, account), account)).toEqual(secrets);
    expect(sut.decrypt(sut.encrypt({}, account), account)).toEqual({});
  });

  it('stores a versioned v1:<iv>:<tag>:<ciphertext> value that shows no secret', () => {
    const stored = sut.encrypt(secrets, account);
    expect(stored).toMatch(/^v1:[A-Za-z0-9+/]{16}:[A-Za-z0-9+/]{22}==:[A-Za-z0-9+/]+={0,2}$/);
    const [, iv, tag] = stored.split(':');
    expect(Buffer.from(iv, 'base64')).toHaveLength(12);
    expect(Buffer.from(tag, 'base64')).toHaveLength(16);
    for (const value of [...Object.values(secrets), 'appSecret', 'accessToken']) {
      expect(stored).not.toContain(value);
      expect(Buffer.from(stored.split(':')[3], 'base64').toString('latin1')).not.toContain(value);
    }
  });

  it('never stores the same secrets the same way twice (a fresh IV each time)', () => {
    expect(sut.encrypt(secrets, account)).not.toBe(sut.encrypt(secrets, account));
  });

  it.each([1, 2, 3] as const)('refuses a value whose part %i was altered', (part) => {
    const tampered = flipByteOf(sut.encrypt(secrets, account), part);
    expect(() => sut.decrypt(tampered, account)).toThrow(SecretsUnreadableError);
  });

  it('refuses a value copied onto another account', () => {
    const stored = sut.encrypt(secrets, account);
    expect(() => sut.decrypt(stored, 'channel-account:another')).toThrow(SecretsUnreadableError);
  });

  it('says clearly when the key is not the one the value was stored with', () => {
    const stored = sut.encrypt(secrets, account);
    const other = new SecretsCipher(randomBytes(32));
    expect(() => other.decrypt(stored, account)).toThrow(
      new SecretsUnreadableError(
        'stored secrets cannot be decrypted: SECRETS_KEY is not the key they were stored with, or they were altered',
      ),
    );
  });

  it.each([
    ['an unknown version', 'v2:AAAA:AAAA:AAAA', /unknown format/],
    ['a plain-text value', '{"appSecret":"x"}', /unknown format/],
    ['a value with parts missing', 'v1:AAAA', /malformed/],
    ['a value that is not base64', 'v1:!!!!:????:####', /malformed/],
    ['an IV of the wrong length', `v1:AAAA:${'A'.repeat(22)}==:AAAA`, /malformed/],
  ])('refuses %s with a clear error', (_case, stored, message) => {
    expect(() => sut.decrypt(stored, account)).toThrow(message);
  });

  it('accepts only 32-byte keys', () => {
    expect(() => new SecretsCipher(randomBytes(16))).toThrow('a secrets key has 32 bytes, not 16');
  });
});

describe(secretsKeyFrom.name, () => {
  it('uses a base64 32-byte key as it is', () => {
    const key = randomBytes(32);
    expect(secretsKeyFrom(key.toString('base64')).equals(key)).toBe(true);
    expect(secretsKeyFrom(key.toString('base64url')).equals(key)).toBe(true);
  });

  it('derives a key from a passphrase, the same every time and different per passphrase', () => {
    const sut = secretsKeyFrom('correct horse battery staple');
    expect(sut).toHaveLength(32);
    expect(secretsKeyFrom('correct horse battery staple').equals(sut)).toBe(true);
    expect(secretsKeyFrom('correct horse battery stapler').equals(sut)).toBe(false);
  });
});

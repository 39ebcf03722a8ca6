import { randomBytes } from 'node:crypto';
import { AppConfig } from '../config/app-config';
import { secretsKeyFrom } from './secrets-cipher';
import { loadSecretsKey } from './secrets-key';

describe(loadSecretsKey.name, () => {
  it('takes the key from SECRETS_KEY and announces nothing', () => {
    const key = randomBytes(32).toString('base64');
    const announce = jest.fn();
    const sut = loadSecretsKey(
      AppConfig.fromEnv({ SECRETS_KEY: key, DATABASE_URL: 'sqlite:/nonexistent/x.sqlite' }),
      announce,
    );
    expect(sut.equals(Buffer.from(key, 'base64'))).toBe(true);
    expect(announce).not.toHaveBeenCalled();
  });

  it('derives the key from a passphrase', () => {
    const passphrase = 'gemeente voorbeeld webcare 2026';
    const sut = loadSecretsKey(AppConfig.fromEnv({ SECRETS_KEY: passphrase }), jest.fn());
    expect(sut.equals(secretsKeyFrom(passphrase))).toBe(true);
  });

  it('refuses to start with a SECRETS_KEY too short to be a key or a passphrase, without echoing it', () => {
    expect(() => AppConfig.fromEnv({ SECRETS_KEY: 'hunter2' })).toThrow(
      'Invalid configuration: SECRETS_KEY: use a base64 32-byte key (openssl rand -base64 32) or a passphrase of at ' +
        'least 16 characters',
    );
  });
});

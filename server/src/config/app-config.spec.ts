import { AppConfig, ConfigError } from './app-config';

describe(AppConfig.name, () => {
  it('has working defaults', () => {
    const sut = AppConfig.fromEnv({});
    expect(sut.values.PORT).toBe(3000);
    expect(sut.database).toEqual({ type: 'sqlite', path: 'data/ingang.sqlite' });
    expect(sut.values.REDIS_URL).toBe('redis://127.0.0.1:6379');
  });

  it('reads PostgreSQL from DATABASE_URL', () => {
    expect(AppConfig.fromEnv({ DATABASE_URL: 'postgres://u@db:5432/ingang' }).database).toEqual({
      type: 'postgres',
      url: 'postgres://u@db:5432/ingang',
    });
  });

  it('names the setting that is wrong', () => {
    expect(() => AppConfig.fromEnv({ PORT: 'eighty' })).toThrow(
      new ConfigError('Invalid configuration: PORT: Invalid input: expected number, received NaN'),
    );
    expect(() => AppConfig.fromEnv({ DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL: use sqlite:<path> or postgres/,
    );
  });

  it('reads the e-mail settings: receiver on 2525, inbox address in lower case', () => {
    const sut = AppConfig.fromEnv({
      MAIL_INBOX_ADDRESS: ' Vragen@Gemeente.NL ',
      SMTP_RELAY_URL: 'smtp://u:p@relay:587',
    });
    expect(sut.values).toMatchObject({
      MAIL_INBOX_ADDRESS: 'vragen@gemeente.nl',
      SMTP_PORT: 2525,
      SMTP_HOST: '0.0.0.0',
      MAIL_MAX_BYTES: 25 * 1024 * 1024,
      IMAP_MAILBOX: 'INBOX',
    });
    expect(AppConfig.fromEnv({ MAIL_INBOX_ADDRESS: '' }).values.MAIL_INBOX_ADDRESS).toBeUndefined();
  });

  it('refuses mail settings that cannot work', () => {
    expect(() => AppConfig.fromEnv({ IMAP_URL: 'imaps://u:p@imap.example.nl' })).toThrow(
      /IMAP_URL: needs MAIL_INBOX_ADDRESS as well/,
    );
    expect(() => AppConfig.fromEnv({ MAIL_INBOX_ADDRESS: 'v@g.nl', SMTP_RELAY_URL: 'http://relay' })).toThrow(
      /SMTP_RELAY_URL: use smtp:\/\/… or smtps:\/\/…/,
    );
    expect(() => AppConfig.fromEnv({ MAIL_INBOX_ADDRESS: 'geen adres' })).toThrow(/MAIL_INBOX_ADDRESS/);
  });
});

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
});

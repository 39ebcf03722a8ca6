import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { ENTITIES, MIGRATIONS } from './entities';

/** One set of entities and migrations for SQLite (default) and PostgreSQL; migrations run at start. */
export function dataSourceOptions(config: AppConfig): DataSourceOptions {
  const database = config.database;
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    synchronize: false,
    logging: false,
  };
  if (database.type === 'postgres') {
    return { ...common, type: 'postgres', url: database.url, extra: { max: 20 } };
  }
  const path = resolve(database.path);
  mkdirSync(dirname(path), { recursive: true });
  return { ...common, type: 'sqlite', database: path, enableWAL: true, busyTimeout: 10_000 };
}

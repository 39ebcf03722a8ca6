import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../server/src/config/app-config';
import { dataSourceOptions } from '../../server/src/database/data-source-options';

/** The PostgreSQL the suite uses; CI makes sure one answers here. */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  kind: 'sqlite' | 'postgres';
  url: string;
  drop(): Promise<void>;
}

async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: TEST_POSTGRES_URL });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL does not answer at ${TEST_POSTGRES_URL} (${String(error)}): start it or set TEST_POSTGRES_URL`,
      { cause: error },
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database of the given kind: a temporary SQLite file, or a new PostgreSQL database. */
export async function createTestDatabase(kind: 'sqlite' | 'postgres'): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const directory = mkdtempSync(join(tmpdir(), 'ingang-medium-'));
    return {
      kind,
      url: `sqlite:${join(directory, 'test.sqlite')}`,
      drop: async () => rmSync(directory, { recursive: true, force: true }),
    };
  }
  const name = `ingang_t_${randomBytes(6).toString('hex')}`;
  await withAdmin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    kind,
    url: url.toString(),
    drop: () =>
      withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** A DataSource on the server's own entities and migrations, migrated. */
export async function openDataSource(url: string): Promise<DataSource> {
  return new DataSource(dataSourceOptions(AppConfig.fromEnv({ DATABASE_URL: url }))).initialize();
}

export const DATABASE_KINDS = ['sqlite', 'postgres'] as const;

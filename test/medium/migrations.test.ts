import { DataSource } from 'typeorm';
import { createTestDatabase, DATABASE_KINDS, openDataSource, type TestDatabase } from '../support/test-databases';

describe.each(DATABASE_KINDS)('migrations on %s', (kind) => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    dataSource = await openDataSource(database.url);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('builds exactly the schema the entities describe (no drift: migration:generate would produce nothing)', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('can be rolled back and applied again', async () => {
    await dataSource.undoLastMigration();
    expect(await dataSource.showMigrations()).toBe(true);
    await dataSource.runMigrations();
    expect(await dataSource.showMigrations()).toBe(false);
  });
});

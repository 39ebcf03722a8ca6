import { randomUUID } from 'node:crypto';
import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

// What conversations are about (topics, counted by the reports), the outcomes a conversation can have (KISS's
// gespreksresultaat, each of a fixed kind), and whether a topic is required to resolve. Both lists start with a
// municipality's usual entries, which the administrator renames, reorders or deactivates.
const TOPICS = [
  'Afval',
  'Paspoort en ID-kaart',
  'Rijbewijs',
  'Verhuizing',
  'Parkeren',
  'Belastingen',
  'Openbare ruimte',
  'Vergunningen',
  'Overig',
];
const OUTCOMES = [
  { name: 'Zelfstandig afgehandeld', kind: 'self-handled' },
  { name: 'Doorgezet naar backoffice', kind: 'escalated' },
  { name: 'Teruggebeld', kind: 'called-back' },
  { name: 'Geen antwoord nodig', kind: 'no-answer-needed' },
  { name: 'Doorverwezen naar andere organisatie', kind: 'other' },
];

const listColumns = [
  { name: 'id', type: 'varchar', length: '36', isPrimary: true },
  { name: 'name', type: 'varchar', length: '100' },
  { name: 'nameKey', type: 'varchar', length: '200' },
  { name: 'active', type: 'boolean' },
  { name: 'sortOrder', type: 'integer' },
  { name: 'createdAt', type: 'bigint' },
  { name: 'updatedAt', type: 'bigint' },
];

export class TopicsAndOutcomes1764520000000 implements MigrationInterface {
  name = 'TopicsAndOutcomes1764520000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(new Table({ name: 'topics', columns: listColumns }));
    await queryRunner.createIndex(
      'topics',
      new TableIndex({ name: 'idx_topics_name_key', columnNames: ['nameKey'], isUnique: true }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'outcomes',
        columns: [...listColumns, { name: 'kind', type: 'varchar', length: '20' }],
      }),
    );
    await queryRunner.createIndex(
      'outcomes',
      new TableIndex({ name: 'idx_outcomes_name_key', columnNames: ['nameKey'], isUnique: true }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'conversation_topics',
        columns: [
          { name: 'conversationId', type: 'varchar', length: '36', isPrimary: true },
          { name: 'topicId', type: 'varchar', length: '36', isPrimary: true },
          { name: 'createdAt', type: 'bigint' },
          { name: 'createdBy', type: 'varchar', length: '36' },
        ],
      }),
    );
    await queryRunner.createIndex(
      'conversation_topics',
      new TableIndex({ name: 'idx_conversation_topics_topic', columnNames: ['topicId'] }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'workflow_settings',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true },
          { name: 'topicRequiredToResolve', type: 'boolean' },
          { name: 'updatedAt', type: 'bigint', isNullable: true },
          { name: 'updatedBy', type: 'varchar', length: '255', isNullable: true },
        ],
      }),
    );

    const now = Date.now();
    const entry = (name: string, sortOrder: number) => ({
      id: randomUUID(),
      name,
      nameKey: name.toLowerCase(),
      active: true,
      sortOrder,
      createdAt: now,
      updatedAt: now,
    });
    // Plain SQL, not the entities: a later migration adds columns this one must not know about.
    const driver = queryRunner.connection.driver;
    const postgres = queryRunner.connection.options.type === 'postgres';
    const insert = async (table: string, rows: Record<string, unknown>[]) => {
      for (const row of rows) {
        const columns = Object.keys(row);
        const placeholders = columns.map((_, index) => (postgres ? `$${index + 1}` : '?'));
        const values = Object.values(row).map((value) =>
          typeof value === 'boolean' && !postgres ? Number(value) : value,
        );
        await queryRunner.query(
          `INSERT INTO ${driver.escape(table)} (${columns.map((column) => driver.escape(column)).join(', ')}) VALUES (${placeholders.join(', ')})`,
          values,
        );
      }
    };
    await insert(
      'topics',
      TOPICS.map((name, index) => entry(name, index)),
    );
    await insert(
      'outcomes',
      OUTCOMES.map((outcome, index) => ({ ...entry(outcome.name, index), kind: outcome.kind })),
    );
    await insert('workflow_settings', [{ id: 1, topicRequiredToResolve: false, updatedAt: null, updatedBy: null }]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('workflow_settings');
    await queryRunner.dropIndex('conversation_topics', 'idx_conversation_topics_topic');
    await queryRunner.dropTable('conversation_topics');
    await queryRunner.dropIndex('outcomes', 'idx_outcomes_name_key');
    await queryRunner.dropTable('outcomes');
    await queryRunner.dropIndex('topics', 'idx_topics_name_key');
    await queryRunner.dropTable('topics');
  }
}

import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

// The back offices webcare escalates to, each with an optional own escalation deadline (in minutes).
export class Departments1764300000000 implements MigrationInterface {
  name = 'Departments1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'departments',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'nameKey', type: 'varchar', length: '200' },
          { name: 'escalationAnswerWithinMinutes', type: 'integer', isNullable: true },
          { name: 'escalationAtRiskMinutes', type: 'integer', isNullable: true },
          { name: 'active', type: 'boolean' },
          { name: 'createdAt', type: 'bigint' },
          { name: 'updatedAt', type: 'bigint' },
        ],
      }),
    );
    await queryRunner.createIndex(
      'departments',
      new TableIndex({ name: 'idx_departments_name_key', columnNames: ['nameKey'], isUnique: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('departments', 'idx_departments_name_key');
    await queryRunner.dropTable('departments');
  }
}

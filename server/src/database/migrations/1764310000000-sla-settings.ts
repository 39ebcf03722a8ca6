import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

// The administrator's SLA settings (one row), the moment each deadline turns at risk (so the inbox filters on it
// with an index), and per answer whether it met its deadline and how many working hours it took (for reports).
export class SlaSettings1764310000000 implements MigrationInterface {
  name = 'SlaSettings1764310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'sla_settings',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true },
          { name: 'settings', type: 'text' },
          { name: 'version', type: 'integer' },
          { name: 'updatedAt', type: 'bigint', isNullable: true },
          { name: 'updatedBy', type: 'varchar', length: '255', isNullable: true },
          { name: 'recomputeVersion', type: 'integer', default: 0 },
          { name: 'recomputeTotal', type: 'integer', default: 0 },
          { name: 'recomputeDone', type: 'integer', default: 0 },
          { name: 'recomputeFinishedAt', type: 'bigint', isNullable: true },
        ],
      }),
    );
    await queryRunner.addColumn(
      'conversations',
      new TableColumn({ name: 'atRiskAt', type: 'bigint', isNullable: true }),
    );
    await queryRunner.createIndex(
      'conversations',
      new TableIndex({ name: 'idx_conversations_deadline', columnNames: ['deadlineAt'] }),
    );
    await queryRunner.addColumns('messages', [
      new TableColumn({ name: 'answerWaitingSince', type: 'bigint', isNullable: true }),
      new TableColumn({ name: 'answerDeadlineAt', type: 'bigint', isNullable: true }),
      new TableColumn({ name: 'answerWorkingMs', type: 'bigint', isNullable: true }),
      new TableColumn({ name: 'answerWithinSla', type: 'boolean', isNullable: true }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['answerWithinSla', 'answerWorkingMs', 'answerDeadlineAt', 'answerWaitingSince']) {
      await queryRunner.dropColumn('messages', column);
    }
    await queryRunner.dropIndex('conversations', 'idx_conversations_deadline');
    await queryRunner.dropColumn('conversations', 'atRiskAt');
    await queryRunner.dropTable('sla_settings');
  }
}

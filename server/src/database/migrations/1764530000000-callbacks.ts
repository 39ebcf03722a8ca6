import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

// Callback requests (terugbelverzoeken) booked from a conversation, each with its deadline from the callback policy,
// and every attempt to reach the citizen. The moments the norms "80% within 1 (2) working days" are counted from
// (booked, first reached, done) are stored with the request.
export class Callbacks1764530000000 implements MigrationInterface {
  name = 'Callbacks1764530000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'callback_requests',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'conversationId', type: 'varchar', length: '36' },
          { name: 'phone', type: 'varchar', length: '20' },
          { name: 'preferredMoment', type: 'varchar', length: '100', isNullable: true },
          { name: 'note', type: 'text' },
          { name: 'departmentId', type: 'varchar', length: '36', isNullable: true },
          { name: 'status', type: 'varchar', length: '10' },
          { name: 'outcome', type: 'varchar', length: '20', isNullable: true },
          { name: 'outcomeNote', type: 'text', isNullable: true },
          { name: 'deadlineAt', type: 'bigint' },
          { name: 'atRiskAt', type: 'bigint' },
          { name: 'createdBy', type: 'varchar', length: '36' },
          { name: 'createdAt', type: 'bigint' },
          { name: 'completedAt', type: 'bigint', isNullable: true },
          { name: 'completedBy', type: 'varchar', length: '36', isNullable: true },
          { name: 'firstReachedAt', type: 'bigint', isNullable: true },
        ],
      }),
    );
    await queryRunner.createIndex(
      'callback_requests',
      new TableIndex({ name: 'idx_callbacks_status_deadline', columnNames: ['status', 'deadlineAt'] }),
    );
    await queryRunner.createIndex(
      'callback_requests',
      new TableIndex({ name: 'idx_callbacks_department', columnNames: ['departmentId', 'status', 'deadlineAt'] }),
    );
    await queryRunner.createIndex(
      'callback_requests',
      new TableIndex({ name: 'idx_callbacks_conversation', columnNames: ['conversationId', 'createdAt'] }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'callback_attempts',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'callbackId', type: 'varchar', length: '36' },
          { name: 'at', type: 'bigint' },
          { name: 'attemptedBy', type: 'varchar', length: '36' },
          { name: 'reached', type: 'boolean' },
          { name: 'note', type: 'text' },
        ],
      }),
    );
    await queryRunner.createIndex(
      'callback_attempts',
      new TableIndex({ name: 'idx_callback_attempts_callback', columnNames: ['callbackId', 'at'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('callback_attempts', 'idx_callback_attempts_callback');
    await queryRunner.dropTable('callback_attempts');
    await queryRunner.dropIndex('callback_requests', 'idx_callbacks_conversation');
    await queryRunner.dropIndex('callback_requests', 'idx_callbacks_department');
    await queryRunner.dropIndex('callback_requests', 'idx_callbacks_status_deadline');
    await queryRunner.dropTable('callback_requests');
  }
}

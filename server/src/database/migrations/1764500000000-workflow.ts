import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

// The webcare workflow: who holds a conversation (claim), which back office has it (escalation), how it ended
// (resolve), which department a back-office user works for and how many conversations an agent may hold; and the
// audit log (BIO) in the database, where administrators can read it.
export class Workflow1764500000000 implements MigrationInterface {
  name = 'Workflow1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('users', [
      new TableColumn({ name: 'departmentId', type: 'varchar', length: '36', isNullable: true }),
      new TableColumn({ name: 'maxConversations', type: 'integer', isNullable: true }),
    ]);
    await queryRunner.addColumns('conversations', [
      new TableColumn({ name: 'assigneeId', type: 'varchar', length: '36', isNullable: true }),
      new TableColumn({ name: 'claimedAt', type: 'bigint', isNullable: true }),
      new TableColumn({ name: 'departmentId', type: 'varchar', length: '36', isNullable: true }),
      new TableColumn({ name: 'escalationId', type: 'varchar', length: '36', isNullable: true }),
      new TableColumn({ name: 'resolvedAt', type: 'bigint', isNullable: true }),
      new TableColumn({ name: 'resolvedBy', type: 'varchar', length: '36', isNullable: true }),
      new TableColumn({ name: 'outcomeId', type: 'varchar', length: '36', isNullable: true }),
      new TableColumn({ name: 'standardAnswerIds', type: 'text', isNullable: true }),
    ]);
    await queryRunner.createIndex(
      'conversations',
      new TableIndex({ name: 'idx_conversations_assignee', columnNames: ['assigneeId', 'status'] }),
    );
    await queryRunner.createIndex(
      'conversations',
      new TableIndex({ name: 'idx_conversations_department', columnNames: ['departmentId', 'sortKey'] }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'escalations',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'conversationId', type: 'varchar', length: '36' },
          { name: 'departmentId', type: 'varchar', length: '36' },
          { name: 'status', type: 'varchar', length: '20' },
          { name: 'handoverNote', type: 'text' },
          { name: 'holdingMessageId', type: 'varchar', length: '36', isNullable: true },
          { name: 'createdBy', type: 'varchar', length: '36' },
          { name: 'createdAt', type: 'bigint' },
          { name: 'deadlineAt', type: 'bigint' },
          { name: 'atRiskAt', type: 'bigint' },
          { name: 'breachedAt', type: 'bigint', isNullable: true },
          { name: 'closedAt', type: 'bigint', isNullable: true },
          { name: 'closedBy', type: 'varchar', length: '36', isNullable: true },
          { name: 'result', type: 'text', isNullable: true },
        ],
      }),
    );
    await queryRunner.createIndex(
      'escalations',
      new TableIndex({ name: 'idx_escalations_department', columnNames: ['departmentId', 'status', 'deadlineAt'] }),
    );
    await queryRunner.createIndex(
      'escalations',
      new TableIndex({ name: 'idx_escalations_conversation', columnNames: ['conversationId', 'createdAt'] }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'audit_events',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'at', type: 'bigint' },
          { name: 'actorId', type: 'varchar', length: '36', isNullable: true },
          { name: 'actorName', type: 'varchar', length: '255' },
          { name: 'action', type: 'varchar', length: '100' },
          { name: 'objectType', type: 'varchar', length: '50', isNullable: true },
          { name: 'objectId', type: 'varchar', length: '255', isNullable: true },
          { name: 'detail', type: 'text', isNullable: true },
        ],
      }),
    );
    await queryRunner.createIndex('audit_events', new TableIndex({ name: 'idx_audit_at', columnNames: ['at', 'id'] }));
    await queryRunner.createIndex(
      'audit_events',
      new TableIndex({ name: 'idx_audit_object', columnNames: ['objectType', 'objectId', 'at'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_events');
    await queryRunner.dropTable('escalations');
    await queryRunner.dropIndex('conversations', 'idx_conversations_department');
    await queryRunner.dropIndex('conversations', 'idx_conversations_assignee');
    for (const column of [
      'standardAnswerIds',
      'outcomeId',
      'resolvedBy',
      'resolvedAt',
      'escalationId',
      'departmentId',
      'claimedAt',
      'assigneeId',
    ]) {
      await queryRunner.dropColumn('conversations', column);
    }
    await queryRunner.dropColumn('users', 'maxConversations');
    await queryRunner.dropColumn('users', 'departmentId');
  }
}

import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

// Public conversations (comments, mentions), mail threads and subjects, edits, removals and machine-sent mail.
export class PublicThreadsAndMail1763990000000 implements MigrationInterface {
  name = 'PublicThreadsAndMail1763990000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('conversations', [
      new TableColumn({ name: 'visibility', type: 'varchar', length: '10', default: "'private'" }),
      new TableColumn({ name: 'threadKey', type: 'varchar', length: '255', isNullable: true }),
      new TableColumn({ name: 'subject', type: 'text', isNullable: true }),
    ]);
    await queryRunner.createIndex(
      'conversations',
      new TableIndex({
        name: 'idx_conversations_thread',
        columnNames: ['identityId', 'channelAccountId', 'threadKey'],
      }),
    );
    await queryRunner.addColumns('messages', [
      new TableColumn({ name: 'visibility', type: 'varchar', length: '10', default: "'private'" }),
      new TableColumn({ name: 'editedAt', type: 'bigint', isNullable: true }),
      new TableColumn({ name: 'removedAt', type: 'bigint', isNullable: true }),
      new TableColumn({ name: 'automated', type: 'varchar', length: '20', isNullable: true }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['automated', 'removedAt', 'editedAt', 'visibility']) {
      await queryRunner.dropColumn('messages', column);
    }
    await queryRunner.dropIndex('conversations', 'idx_conversations_thread');
    for (const column of ['subject', 'threadKey', 'visibility']) await queryRunner.dropColumn('conversations', column);
  }
}

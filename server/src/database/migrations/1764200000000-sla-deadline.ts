import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

// The SLA deadline of a waiting conversation, stored so the inbox sorts and filters by it with an index
// (the queue order's sortKey is derived from it).
export class SlaDeadline1764200000000 implements MigrationInterface {
  name = 'SlaDeadline1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('conversations', [
      new TableColumn({ name: 'deadlineAt', type: 'bigint', isNullable: true }),
      new TableColumn({ name: 'breachedAt', type: 'bigint', isNullable: true }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('conversations', 'breachedAt');
    await queryRunner.dropColumn('conversations', 'deadlineAt');
  }
}

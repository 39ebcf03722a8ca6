import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

// The knowledge base: standard answers with their normalised search text and use count.
export class StandardAnswers1764510000000 implements MigrationInterface {
  name = 'StandardAnswers1764510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'standard_answers',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'body', type: 'text' },
          { name: 'keywords', type: 'text' },
          { name: 'channels', type: 'varchar', length: '100' },
          { name: 'searchText', type: 'text' },
          { name: 'active', type: 'boolean' },
          { name: 'usageCount', type: 'integer' },
          { name: 'createdAt', type: 'bigint' },
          { name: 'updatedAt', type: 'bigint' },
          { name: 'updatedById', type: 'varchar', length: '36' },
          { name: 'updatedByName', type: 'varchar', length: '200' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('standard_answers');
  }
}

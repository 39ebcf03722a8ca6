import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

// Optional automatic assignment of waiting questions to the least-loaded online agent (a workflow setting).
export class AutoAssign1764560000000 implements MigrationInterface {
  name = 'AutoAssign1764560000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'workflow_settings',
      // SQLite keeps booleans as 0/1 and compares defaults as written.
      new TableColumn({
        name: 'autoAssign',
        type: 'boolean',
        default: queryRunner.connection.options.type === 'postgres' ? false : 0,
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('workflow_settings', 'autoAssign');
  }
}

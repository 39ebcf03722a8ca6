import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

// The optional satisfaction question after resolving (a workflow setting), and the citizen's mark on the
// conversation (in tenths: 7,5 is 75).
export class Csat1764550000000 implements MigrationInterface {
  name = 'Csat1764550000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'workflow_settings',
      // SQLite keeps booleans as 0/1 and compares defaults as written.
      new TableColumn({
        name: 'csatQuestion',
        type: 'boolean',
        default: queryRunner.connection.options.type === 'postgres' ? false : 0,
      }),
    );
    await queryRunner.addColumns('conversations', [
      new TableColumn({ name: 'csatAskedAt', type: 'bigint', isNullable: true }),
      new TableColumn({ name: 'csatTenths', type: 'integer', isNullable: true }),
      new TableColumn({ name: 'csatAt', type: 'bigint', isNullable: true }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['csatAt', 'csatTenths', 'csatAskedAt']) await queryRunner.dropColumn('conversations', column);
    await queryRunner.dropColumn('workflow_settings', 'csatQuestion');
  }
}

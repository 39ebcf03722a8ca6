import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

// The channel accounts an administrator manages; their secrets are stored encrypted (see SecretsCipher).
export class ChannelAccounts1764100000000 implements MigrationInterface {
  name = 'ChannelAccounts1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'channel_accounts',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'channel', type: 'varchar', length: '20' },
          { name: 'externalId', type: 'varchar', length: '255' },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'settings', type: 'text' },
          { name: 'secrets', type: 'text' },
          { name: 'enabled', type: 'boolean' },
          { name: 'createdAt', type: 'bigint' },
          { name: 'updatedAt', type: 'bigint' },
        ],
      }),
    );
    await queryRunner.createIndex(
      'channel_accounts',
      new TableIndex({ name: 'idx_channel_accounts_address', columnNames: ['channel', 'externalId'], isUnique: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('channel_accounts', 'idx_channel_accounts_address');
    await queryRunner.dropTable('channel_accounts');
  }
}

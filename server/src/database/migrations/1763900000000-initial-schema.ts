import { Table, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

// Written with TypeORM's schema API rather than raw SQL so that one migration serves SQLite and PostgreSQL.
const id = (name = 'id'): TableColumnOptions => ({ name, type: 'varchar', length: '36', isPrimary: true });
const varchar = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});
const text = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'text', isNullable: nullable });
const instant = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'bigint',
  isNullable: nullable,
});
const integer = (name: string, options: { nullable?: boolean; default?: number } = {}): TableColumnOptions => ({
  name,
  type: 'integer',
  isNullable: options.nullable ?? false,
  ...(options.default !== undefined ? { default: options.default } : {}),
});

const TABLES: { table: Table; indices: TableIndex[] }[] = [
  {
    table: new Table({
      name: 'users',
      columns: [
        id(),
        varchar('email', 254),
        varchar('name', 200),
        varchar('role', 20),
        varchar('passwordHash', 255),
        instant('createdAt'),
        instant('disabledAt', true),
      ],
    }),
    indices: [new TableIndex({ name: 'idx_users_email', columnNames: ['email'], isUnique: true })],
  },
  {
    table: new Table({
      name: 'sessions',
      columns: [
        { name: 'tokenHash', type: 'varchar', length: '64', isPrimary: true },
        varchar('userId', 36),
        instant('createdAt'),
        instant('expiresAt'),
      ],
    }),
    indices: [new TableIndex({ name: 'idx_sessions_user', columnNames: ['userId'] })],
  },
  {
    table: new Table({
      name: 'contacts',
      columns: [id(), varchar('displayName', 200), instant('createdAt'), instant('updatedAt')],
    }),
    indices: [],
  },
  {
    table: new Table({
      name: 'contact_identities',
      columns: [
        id(),
        varchar('contactId', 36),
        varchar('channel', 20),
        varchar('externalId', 255),
        varchar('displayName', 200, true),
        instant('createdAt'),
      ],
    }),
    indices: [
      new TableIndex({ name: 'idx_identities_address', columnNames: ['channel', 'externalId'], isUnique: true }),
      new TableIndex({ name: 'idx_identities_contact', columnNames: ['contactId'] }),
    ],
  },
  {
    table: new Table({
      name: 'conversations',
      columns: [
        id(),
        varchar('contactId', 36),
        varchar('identityId', 36),
        varchar('channel', 20),
        varchar('channelAccountId', 255),
        varchar('status', 20),
        text('lastMessagePreview'),
        instant('lastMessageAt'),
        instant('lastInboundAt', true),
        instant('waitingSince', true),
        instant('sortKey'),
        integer('unansweredCount', { default: 0 }),
        instant('createdAt'),
        instant('updatedAt'),
      ],
    }),
    indices: [
      new TableIndex({ name: 'idx_conversations_queue', columnNames: ['sortKey', 'id'] }),
      new TableIndex({ name: 'idx_conversations_status', columnNames: ['status', 'sortKey'] }),
      new TableIndex({
        name: 'idx_conversations_identity',
        columnNames: ['identityId', 'channelAccountId', 'createdAt'],
      }),
    ],
  },
  {
    table: new Table({
      name: 'messages',
      columns: [
        id(),
        varchar('conversationId', 36),
        varchar('channel', 20),
        varchar('direction', 10),
        text('content'),
        text('preview'),
        instant('sentAt'),
        instant('createdAt'),
        varchar('authorId', 36, true),
        varchar('providerMessageId', 255, true),
        varchar('replyToProviderId', 255, true),
        varchar('deliveryStatus', 10, true),
        instant('deliveryUpdatedAt', true),
        varchar('failureCode', 50, true),
        text('failureDetail', true),
      ],
    }),
    indices: [
      new TableIndex({ name: 'idx_messages_thread', columnNames: ['conversationId', 'sentAt'] }),
      new TableIndex({ name: 'idx_messages_provider', columnNames: ['channel', 'providerMessageId'], isUnique: true }),
    ],
  },
  {
    table: new Table({
      name: 'attachments',
      columns: [
        id(),
        varchar('messageId', 36),
        varchar('mediaType', 10),
        text('providerRef', true),
        varchar('mimeType', 255, true),
        varchar('fileName', 255, true),
        integer('size', { nullable: true }),
        varchar('status', 10),
        varchar('storagePath', 255, true),
        text('failureReason', true),
        instant('createdAt'),
      ],
    }),
    indices: [new TableIndex({ name: 'idx_attachments_message', columnNames: ['messageId'] })],
  },
  {
    table: new Table({
      name: 'delivery_receipts',
      columns: [
        id(),
        varchar('channel', 20),
        varchar('providerMessageId', 255),
        varchar('status', 10),
        instant('occurredAt'),
        varchar('errorCode', 50, true),
        text('errorDetail', true),
      ],
    }),
    indices: [
      new TableIndex({
        name: 'idx_receipts_provider',
        columnNames: ['channel', 'providerMessageId', 'status'],
        isUnique: true,
      }),
    ],
  },
  {
    table: new Table({
      name: 'inbound_events',
      columns: [
        id(),
        varchar('channel', 20),
        varchar('dedupKey', 255),
        text('item'),
        instant('receivedAt'),
        instant('processedAt', true),
        integer('attempts', { default: 0 }),
        text('lastError', true),
      ],
    }),
    indices: [
      new TableIndex({ name: 'idx_inbound_dedup', columnNames: ['channel', 'dedupKey'], isUnique: true }),
      new TableIndex({ name: 'idx_inbound_pending', columnNames: ['processedAt', 'receivedAt'] }),
    ],
  },
];

export class InitialSchema1763900000000 implements MigrationInterface {
  name = 'InitialSchema1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const { table, indices } of TABLES) {
      await queryRunner.createTable(table);
      for (const index of indices) await queryRunner.createIndex(table.name, index);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table } of [...TABLES].reverse()) await queryRunner.dropTable(table.name);
  }
}

import type { Channel } from '@ingang/shared';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { instant, json } from '../database/columns';

/** One of the municipality's own accounts on a channel: a WhatsApp number, a Facebook page, an X account, a mailbox. */
@Entity('channel_accounts')
// The provider names the account in every webhook: that is how an event finds its account.
@Index('idx_channel_accounts_address', ['channel', 'externalId'], { unique: true })
export class ChannelAccount {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 20 })
  channel!: Channel;

  @Column('varchar', { length: 255 })
  externalId!: string;

  @Column('varchar', { length: 200 })
  name!: string;

  /** Non-secret fields, JSON. */
  @Column('text', { transformer: json })
  settings!: Record<string, string>;

  /** The secret fields as one JSON object, encrypted by SecretsCipher; never leaves the server. */
  @Column('text')
  secrets!: string;

  @Column('boolean')
  enabled!: boolean;

  @Column('bigint', { transformer: instant })
  createdAt!: Date;

  @Column('bigint', { transformer: instant })
  updatedAt!: Date;
}

import type { Channel } from '@ingang/shared';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { instant } from '../database/columns';

// One citizen can be reached on several channels; each address on a channel belongs to exactly one contact.
@Entity('contact_identities')
@Index('idx_identities_address', ['channel', 'externalId'], { unique: true })
export class ContactIdentity {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Index('idx_identities_contact')
  @Column('varchar', { length: 36 })
  contactId!: string;

  @Column('varchar', { length: 20 })
  channel!: Channel;

  @Column('varchar', { length: 255 })
  externalId!: string;

  @Column('varchar', { length: 200, nullable: true })
  displayName!: string | null;

  @Column('bigint', { transformer: instant })
  createdAt!: Date;
}

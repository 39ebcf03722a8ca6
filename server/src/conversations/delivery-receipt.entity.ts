import type { Channel, DeliveryStatus } from '@ingang/shared';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { instant } from '../database/columns';

// Status webhooks are kept on their own: one may arrive before the send call has recorded the provider's id.
@Entity('delivery_receipts')
@Index('idx_receipts_provider', ['channel', 'providerMessageId', 'status'], { unique: true })
export class DeliveryReceipt {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 20 })
  channel!: Channel;

  @Column('varchar', { length: 255 })
  providerMessageId!: string;

  @Column('varchar', { length: 10 })
  status!: DeliveryStatus;

  @Column('bigint', { transformer: instant })
  occurredAt!: Date;

  @Column('varchar', { length: 50, nullable: true })
  errorCode!: string | null;

  @Column('text', { nullable: true })
  errorDetail!: string | null;
}

import type { Channel } from '@ingang/shared';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { instant, json } from '../database/columns';
import type { InboundItem } from '../channels/channel.adapter';

// The durable record of everything a provider delivered, stored before the webhook is acknowledged.
@Entity('inbound_events')
@Index('idx_inbound_dedup', ['channel', 'dedupKey'], { unique: true })
@Index('idx_inbound_pending', ['processedAt', 'receivedAt'])
export class InboundEvent {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 20 })
  channel!: Channel;

  /** Provider message id, or a composite for statuses: the same delivery twice has the same key. */
  @Column('varchar', { length: 255 })
  dedupKey!: string;

  @Column('text', { transformer: json })
  item!: InboundItem;

  @Column('bigint', { transformer: instant })
  receivedAt!: Date;

  @Column('bigint', { transformer: instant, nullable: true })
  processedAt!: Date | null;

  @Column('integer', { default: 0 })
  attempts!: number;

  @Column('text', { nullable: true })
  lastError!: string | null;
}

import type {
  AutomatedKind,
  Channel,
  DeliveryStatus,
  MessageContent,
  MessageDirection,
  Visibility,
} from '@ingang/shared';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { instant, json } from '../database/columns';

@Entity('messages')
@Index('idx_messages_thread', ['conversationId', 'sentAt'])
// A provider's message id is unique per channel: a retried webhook or a status update finds its message here.
@Index('idx_messages_provider', ['channel', 'providerMessageId'], { unique: true })
export class Message {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 36 })
  conversationId!: string;

  @Column('varchar', { length: 20 })
  channel!: Channel;

  @Column('varchar', { length: 10 })
  direction!: MessageDirection;

  @Column('text', { transformer: json })
  content!: MessageContent;

  @Column('text')
  preview!: string;

  @Column('bigint', { transformer: instant })
  sentAt!: Date;

  @Column('bigint', { transformer: instant })
  createdAt!: Date;

  @Column('varchar', { length: 36, nullable: true })
  authorId!: string | null;

  @Column('varchar', { length: 255, nullable: true })
  providerMessageId!: string | null;

  @Column('varchar', { length: 255, nullable: true })
  replyToProviderId!: string | null;

  @Column('varchar', { length: 10, nullable: true })
  deliveryStatus!: DeliveryStatus | null;

  @Column('bigint', { transformer: instant, nullable: true })
  deliveryUpdatedAt!: Date | null;

  @Column('varchar', { length: 50, nullable: true })
  failureCode!: string | null;

  @Column('text', { nullable: true })
  failureDetail!: string | null;

  @Column('varchar', { length: 10, default: 'private' })
  visibility!: Visibility;

  @Column('bigint', { transformer: instant, nullable: true })
  editedAt!: Date | null;

  @Column('bigint', { transformer: instant, nullable: true })
  removedAt!: Date | null;

  @Column('varchar', { length: 20, nullable: true })
  automated!: AutomatedKind | null;
}

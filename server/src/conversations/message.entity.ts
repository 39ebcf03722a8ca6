import type {
  AutomatedKind,
  Channel,
  DeliveryStatus,
  MessageContent,
  MessageDirection,
  Visibility,
} from '@ingang/shared';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { bigintNumber, instant, json } from '../database/columns';

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

  // The answer that ended a wait records how that wait went, so reports count "answered within the SLA" exactly.
  // Null on every other message; an answer that later failed keeps its record, and reports leave failed ones out.

  /** The oldest question this answer answered. */
  @Column('bigint', { transformer: instant, nullable: true })
  answerWaitingSince!: Date | null;

  @Column('bigint', { transformer: instant, nullable: true })
  answerDeadlineAt!: Date | null;

  /** Working time from the question to this answer, by the calendar of the moment. */
  @Column('bigint', { transformer: bigintNumber, nullable: true })
  answerWorkingMs!: number | null;

  @Column('boolean', { nullable: true })
  answerWithinSla!: boolean | null;
}

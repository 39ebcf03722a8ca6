import type { Channel, ConversationStatus, Visibility } from '@ingang/shared';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { instant, json } from '../database/columns';

@Entity('conversations')
// The inbox lists work most urgent first by one stored sort key (see queueSortKey), then id for stable paging.
@Index('idx_conversations_queue', ['sortKey', 'id'])
@Index('idx_conversations_status', ['status', 'sortKey'])
@Index('idx_conversations_identity', ['identityId', 'channelAccountId', 'createdAt'])
@Index('idx_conversations_deadline', ['deadlineAt'])
@Index('idx_conversations_assignee', ['assigneeId', 'status'])
@Index('idx_conversations_department', ['departmentId', 'sortKey'])
@Index('idx_conversations_thread', ['identityId', 'channelAccountId', 'threadKey'])
export class Conversation {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 36 })
  contactId!: string;

  /** The citizen's address this conversation runs on (answers go back there). */
  @Column('varchar', { length: 36 })
  identityId!: string;

  @Column('varchar', { length: 20 })
  channel!: Channel;

  /** The municipality's own account on the channel (WhatsApp phone number id, Page id, …). */
  @Column('varchar', { length: 255 })
  channelAccountId!: string;

  @Column('varchar', { length: 20 })
  status!: ConversationStatus;

  @Column('varchar', { length: 10, default: 'private' })
  visibility!: Visibility;

  /** Groups public items and mail (a post, a tweet thread, a subject); null for a plain chat. */
  @Column('varchar', { length: 255, nullable: true })
  threadKey!: string | null;

  @Column('text', { nullable: true })
  subject!: string | null;

  @Column('text')
  lastMessagePreview!: string;

  @Column('bigint', { transformer: instant })
  lastMessageAt!: Date;

  @Column('bigint', { transformer: instant, nullable: true })
  lastInboundAt!: Date | null;

  @Column('bigint', { transformer: instant, nullable: true })
  waitingSince!: Date | null;

  /** waitingSince plus the SLA policy's working hours (see sla-clock.ts); null when nobody is waiting. */
  @Column('bigint', { transformer: instant, nullable: true })
  deadlineAt!: Date | null;

  /** When the current deadline turns at risk (the channel policy's at-risk working hours before it). */
  @Column('bigint', { transformer: instant, nullable: true })
  atRiskAt!: Date | null;

  /** When the current deadline was missed (recorded at its true moment, also if the server was down then). */
  @Column('bigint', { transformer: instant, nullable: true })
  breachedAt!: Date | null;

  /** queueSortKey(deadlineAt, lastMessageAt): kept in step by updateQueueState on every change. */
  @Column('bigint', { transformer: { to: (v: number) => v, from: (v: string | number) => Number(v) } })
  sortKey!: number;

  @Column('integer', { default: 0 })
  unansweredCount!: number;

  /** The agent (or back-office employee) who holds it: only they answer the citizen. */
  @Column('varchar', { length: 36, nullable: true })
  assigneeId!: string | null;

  @Column('bigint', { transformer: instant, nullable: true })
  claimedAt!: Date | null;

  /** The back office that has it now (an open escalation); null while webcare has it. */
  @Column('varchar', { length: 36, nullable: true })
  departmentId!: string | null;

  /** The open escalation, if any. */
  @Column('varchar', { length: 36, nullable: true })
  escalationId!: string | null;

  @Column('bigint', { transformer: instant, nullable: true })
  resolvedAt!: Date | null;

  @Column('varchar', { length: 36, nullable: true })
  resolvedBy!: string | null;

  /** The gespreksresultaat it was resolved with. */
  @Column('varchar', { length: 36, nullable: true })
  outcomeId!: string | null;

  /** When the satisfaction question was sent (after resolving); a mark in reply within 7 days is recorded. */
  @Column('bigint', { transformer: instant, nullable: true })
  csatAskedAt!: Date | null;

  /** The citizen's mark in tenths (7,5 is 75). */
  @Column('integer', { nullable: true })
  csatTenths!: number | null;

  @Column('bigint', { transformer: instant, nullable: true })
  csatAt!: Date | null;

  /** The standard answers used, recorded at resolving (as KISS records the knowledge articles used). */
  @Column('text', { transformer: json, nullable: true })
  standardAnswerIds!: string[] | null;

  @Column('bigint', { transformer: instant })
  createdAt!: Date;

  @Column('bigint', { transformer: instant })
  updatedAt!: Date;
}

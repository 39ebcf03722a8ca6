import type { EscalationStatus } from '@ingang/shared';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { instant } from '../database/columns';

/** A warm hand-over of a conversation to a back office, with the department's own deadline. */
@Entity('escalations')
@Index('idx_escalations_department', ['departmentId', 'status', 'deadlineAt'])
@Index('idx_escalations_conversation', ['conversationId', 'createdAt'])
export class Escalation {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 36 })
  conversationId!: string;

  @Column('varchar', { length: 36 })
  departmentId!: string;

  @Column('varchar', { length: 20 })
  status!: EscalationStatus;

  /** What webcare tells the back office: the question, what was tried, what the citizen was promised. */
  @Column('text')
  handoverNote!: string;

  /** The holding reply sent to the citizen ("Uw vraag is doorgezet naar …"); null when none was sent. */
  @Column('varchar', { length: 36, nullable: true })
  holdingMessageId!: string | null;

  @Column('varchar', { length: 36 })
  createdBy!: string;

  @Column('bigint', { transformer: instant })
  createdAt!: Date;

  /** The department's own deadline, from its escalation policy. */
  @Column('bigint', { transformer: instant })
  deadlineAt!: Date;

  @Column('bigint', { transformer: instant })
  atRiskAt!: Date;

  @Column('bigint', { transformer: instant, nullable: true })
  breachedAt!: Date | null;

  @Column('bigint', { transformer: instant, nullable: true })
  closedAt!: Date | null;

  @Column('varchar', { length: 36, nullable: true })
  closedBy!: string | null;

  /** The internal answer returned to webcare, or the reason it was bounced back. */
  @Column('text', { nullable: true })
  result!: string | null;
}

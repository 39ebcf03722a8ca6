import type { CallbackOutcome, CallbackStatus } from '@ingang/shared';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { instant } from '../database/columns';

/**
 * A callback request (*terugbelverzoek*) booked from a conversation; what Open Klant 2 calls an `InterneTaak` with
 * `gevraagdeHandeling` "Terugbellen". The moments the reports count with are stored, not derived.
 */
@Entity('callback_requests')
// The open list, earliest deadline first: of everyone, of one department (or the KCC: null), of one conversation.
@Index('idx_callbacks_status_deadline', ['status', 'deadlineAt'])
@Index('idx_callbacks_department', ['departmentId', 'status', 'deadlineAt'])
@Index('idx_callbacks_conversation', ['conversationId', 'createdAt'])
export class CallbackRequest {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 36 })
  conversationId!: string;

  /** E.164. */
  @Column('varchar', { length: 20 })
  phone!: string;

  @Column('varchar', { length: 100, nullable: true })
  preferredMoment!: string | null;

  @Column('text')
  note!: string;

  /** The back office that calls back; null: the KCC itself. */
  @Column('varchar', { length: 36, nullable: true })
  departmentId!: string | null;

  @Column('varchar', { length: 10 })
  status!: CallbackStatus;

  @Column('varchar', { length: 20, nullable: true })
  outcome!: CallbackOutcome | null;

  @Column('text', { nullable: true })
  outcomeNote!: string | null;

  /** createdAt plus the callback policy of the SLA settings, in working time. */
  @Column('bigint', { transformer: instant })
  deadlineAt!: Date;

  @Column('bigint', { transformer: instant })
  atRiskAt!: Date;

  @Column('varchar', { length: 36 })
  createdBy!: string;

  @Column('bigint', { transformer: instant })
  createdAt!: Date;

  @Column('bigint', { transformer: instant, nullable: true })
  completedAt!: Date | null;

  @Column('varchar', { length: 36, nullable: true })
  completedBy!: string | null;

  /** The first attempt that reached the citizen: "called back within 1 (2) working days" counts to here. */
  @Column('bigint', { transformer: instant, nullable: true })
  firstReachedAt!: Date | null;
}

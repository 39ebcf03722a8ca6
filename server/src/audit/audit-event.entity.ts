import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { instant } from '../database/columns';

/** One line of the audit log (BIO): who read, claimed, answered, escalated or changed what, and when. */
@Entity('audit_events')
@Index('idx_audit_at', ['at', 'id'])
@Index('idx_audit_object', ['objectType', 'objectId', 'at'])
export class AuditEvent {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('bigint', { transformer: instant })
  at!: Date;

  /** Null for the system itself (e.g. a claim released after the agent went idle). */
  @Column('varchar', { length: 36, nullable: true })
  actorId!: string | null;

  /** As it was at the time, so the log reads the same after a rename. */
  @Column('varchar', { length: 255 })
  actorName!: string;

  @Column('varchar', { length: 100 })
  action!: string;

  @Column('varchar', { length: 50, nullable: true })
  objectType!: string | null;

  @Column('varchar', { length: 255, nullable: true })
  objectId!: string | null;

  /** A short description; never message content or secrets. */
  @Column('text', { nullable: true })
  detail!: string | null;
}

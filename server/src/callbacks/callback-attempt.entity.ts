import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { instant } from '../database/columns';

/** One try to call the citizen back: reached or not, with what was said or left on the voicemail. */
@Entity('callback_attempts')
@Index('idx_callback_attempts_callback', ['callbackId', 'at'])
export class CallbackAttempt {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 36 })
  callbackId!: string;

  @Column('bigint', { transformer: instant })
  at!: Date;

  @Column('varchar', { length: 36 })
  attemptedBy!: string;

  @Column('boolean')
  reached!: boolean;

  @Column('text')
  note!: string;
}

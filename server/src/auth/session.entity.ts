import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { instant } from '../database/columns';

// Only the SHA-256 of a session token is stored, so a leaked database holds no usable sessions.
@Entity('sessions')
export class Session {
  @PrimaryColumn('varchar', { length: 64 })
  tokenHash!: string;

  @Index('idx_sessions_user')
  @Column('varchar', { length: 36 })
  userId!: string;

  @Column('bigint', { transformer: instant })
  createdAt!: Date;

  @Column('bigint', { transformer: instant })
  expiresAt!: Date;
}

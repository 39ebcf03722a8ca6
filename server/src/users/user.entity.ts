import type { Role } from '@ingang/shared';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { instant } from '../database/columns';

@Entity('users')
@Index('idx_users_email', ['email'], { unique: true })
export class User {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 254 })
  email!: string;

  @Column('varchar', { length: 200 })
  name!: string;

  @Column('varchar', { length: 20 })
  role!: Role;

  @Column('varchar', { length: 255 })
  passwordHash!: string;

  @Column('bigint', { transformer: instant })
  createdAt!: Date;

  @Column('bigint', { transformer: instant, nullable: true })
  disabledAt!: Date | null;

  /** The back office a back-office user works for (required for that role); null for everyone else. */
  @Column('varchar', { length: 36, nullable: true })
  departmentId!: string | null;

  /** How many conversations this agent may hold at once; null: no limit. */
  @Column('integer', { nullable: true })
  maxConversations!: number | null;
}

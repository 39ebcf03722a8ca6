import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { instant } from '../database/columns';

/** A back office that receives escalations from webcare; deactivated rather than deleted (escalations refer to it). */
@Entity('departments')
// One department per name regardless of case: "burgerzaken" is "Burgerzaken".
@Index('idx_departments_name_key', ['nameKey'], { unique: true })
export class Department {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 100 })
  name!: string;

  /** departmentNameKey(name). Longer than the name: lower-casing "İ" gives two characters. */
  @Column('varchar', { length: 200 })
  nameKey!: string;

  // The own escalation policy in whole minutes (the policy schema allows no finer); both null: the default policy.
  @Column('integer', { nullable: true })
  escalationAnswerWithinMinutes!: number | null;

  @Column('integer', { nullable: true })
  escalationAtRiskMinutes!: number | null;

  @Column('boolean')
  active!: boolean;

  @Column('bigint', { transformer: instant })
  createdAt!: Date;

  @Column('bigint', { transformer: instant })
  updatedAt!: Date;
}

import { Column, PrimaryColumn } from 'typeorm';
import { instant } from '../database/columns';

/** The columns every entry of an administrator's list has (topics, outcomes); each list is a table of its own. */
export abstract class NamedListRow {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 100 })
  name!: string;

  /** listNameKey(name), unique per list. Longer than the name: lower-casing "İ" gives two characters. */
  @Column('varchar', { length: 200 })
  nameKey!: string;

  /** A deactivated entry stays on the conversations that have it but cannot be chosen anew. */
  @Column('boolean')
  active!: boolean;

  /** The administrator's order; lists sort by it, then by name. */
  @Column('integer')
  sortOrder!: number;

  @Column('bigint', { transformer: instant })
  createdAt!: Date;

  @Column('bigint', { transformer: instant })
  updatedAt!: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';
import { instant } from '../database/columns';

@Entity('contacts')
export class Contact {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 200 })
  displayName!: string;

  @Column('bigint', { transformer: instant })
  createdAt!: Date;

  @Column('bigint', { transformer: instant })
  updatedAt!: Date;
}

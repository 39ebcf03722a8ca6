import type { SlaSettings } from '@ingang/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { instant, json } from '../database/columns';

/** The one row (id 1) of the administrator's SLA settings, and how far recomputing the open deadlines got. */
@Entity('sla_settings')
export class SlaSettingsRow {
  @PrimaryColumn('integer')
  id!: number;

  @Column('text', { transformer: json })
  settings!: SlaSettings;

  @Column('integer')
  version!: number;

  @Column('bigint', { transformer: instant, nullable: true })
  updatedAt!: Date | null;

  /** The administrator's name as it was when they saved. */
  @Column('varchar', { length: 255, nullable: true })
  updatedBy!: string | null;

  @Column('integer', { default: 0 })
  recomputeVersion!: number;

  @Column('integer', { default: 0 })
  recomputeTotal!: number;

  @Column('integer', { default: 0 })
  recomputeDone!: number;

  @Column('bigint', { transformer: instant, nullable: true })
  recomputeFinishedAt!: Date | null;
}

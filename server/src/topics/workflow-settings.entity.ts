import { Column, Entity, PrimaryColumn } from 'typeorm';
import { instant } from '../database/columns';

/** The one row (id 1) of the administrator's workflow settings. */
@Entity('workflow_settings')
export class WorkflowSettingsRow {
  @PrimaryColumn('integer')
  id!: number;

  @Column('boolean')
  topicRequiredToResolve!: boolean;

  /** Ask the citizen for a mark from 1 to 10 in the channel after resolving. */
  @Column('boolean', { default: false })
  csatQuestion!: boolean;

  /** Hand waiting questions to the least-loaded online agent, within each agent's capacity. */
  @Column('boolean', { default: false })
  autoAssign!: boolean;

  @Column('bigint', { transformer: instant, nullable: true })
  updatedAt!: Date | null;

  /** The administrator's name as it was when they saved. */
  @Column('varchar', { length: 255, nullable: true })
  updatedBy!: string | null;
}

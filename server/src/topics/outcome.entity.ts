import type { OutcomeKind } from '@ingang/shared';
import { Column, Entity, Index } from 'typeorm';
import { NamedListRow } from './named-list-row';

/** A conversation outcome (gespreksresultaat); deactivated rather than deleted (conversations refer to it). */
@Entity('outcomes')
// One outcome per name regardless of case.
@Index('idx_outcomes_name_key', ['nameKey'], { unique: true })
export class Outcome extends NamedListRow {
  /** The fixed category reports count it under (self-handled, escalated, …). */
  @Column('varchar', { length: 20 })
  kind!: OutcomeKind;
}

import type { Channel } from '@ingang/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { instant, json } from '../database/columns';

/** A standard answer from the knowledge base; agents insert its body, administrators maintain it. */
@Entity('standard_answers')
export class StandardAnswer {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 200 })
  title!: string;

  @Column('text')
  body!: string;

  /** JSON array of strings. */
  @Column('text', { transformer: json })
  keywords!: string[];

  /** JSON array of channel names; `[]`: every channel. Searched with LIKE '%"whatsapp"%' (names are a fixed list). */
  @Column('varchar', { length: 100, transformer: json })
  channels!: Channel[];

  /**
   * standardAnswerSearchText(): title, keywords and body without case and accents, searched with LIKE. The knowledge
   * base holds hundreds of answers, not millions: a scan of this column is cheaper than keeping a full-text index
   * that behaves the same on SQLite and PostgreSQL.
   */
  @Column('text')
  searchText!: string;

  @Column('boolean')
  active!: boolean;

  @Column('integer')
  usageCount!: number;

  @Column('bigint', { transformer: instant })
  createdAt!: Date;

  @Column('bigint', { transformer: instant })
  updatedAt!: Date;

  /** The administrator who last saved it, and their name then (kept when they are renamed or leave). */
  @Column('varchar', { length: 36 })
  updatedById!: string;

  @Column('varchar', { length: 200 })
  updatedByName!: string;
}

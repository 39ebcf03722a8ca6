import { Entity, Index } from 'typeorm';
import { NamedListRow } from './named-list-row';

/** What a conversation is about; deactivated rather than deleted (conversations and reports refer to it). */
@Entity('topics')
// One topic per name regardless of case: "afval" is "Afval".
@Index('idx_topics_name_key', ['nameKey'], { unique: true })
export class Topic extends NamedListRow {}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { instant } from '../database/columns';

/** A topic an agent gave a conversation. */
@Entity('conversation_topics')
// Reports count conversations per topic ("top topics").
@Index('idx_conversation_topics_topic', ['topicId'])
export class ConversationTopic {
  @PrimaryColumn('varchar', { length: 36 })
  conversationId!: string;

  @PrimaryColumn('varchar', { length: 36 })
  topicId!: string;

  @Column('bigint', { transformer: instant })
  createdAt!: Date;

  /** The user who chose it. */
  @Column('varchar', { length: 36 })
  createdBy!: string;
}

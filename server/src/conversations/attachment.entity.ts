import type { MediaType } from '@ingang/shared';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { instant } from '../database/columns';

export type AttachmentStatus = 'pending' | 'stored' | 'failed';

@Entity('attachments')
export class Attachment {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Index('idx_attachments_message')
  @Column('varchar', { length: 36 })
  messageId!: string;

  @Column('varchar', { length: 10 })
  mediaType!: MediaType;

  /** The provider's handle for fetching the file (WhatsApp media id, URL, …). */
  @Column('text', { nullable: true })
  providerRef!: string | null;

  @Column('varchar', { length: 255, nullable: true })
  mimeType!: string | null;

  @Column('varchar', { length: 255, nullable: true })
  fileName!: string | null;

  @Column('integer', { nullable: true })
  size!: number | null;

  @Column('varchar', { length: 10 })
  status!: AttachmentStatus;

  @Column('varchar', { length: 255, nullable: true })
  storagePath!: string | null;

  @Column('text', { nullable: true })
  failureReason!: string | null;

  @Column('bigint', { transformer: instant })
  createdAt!: Date;
}

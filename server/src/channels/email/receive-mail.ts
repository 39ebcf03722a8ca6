import type { InboundItem } from '../channel.adapter';
import { storeMailFiles } from './mail-files';
import { mailKey, parseMail } from './parse-mail';
import { readMail } from './read-mail';

export interface ReceiveMailOptions {
  /** The mailbox it came to: MAIL_INBOX_ADDRESS or an e-mail account's address. */
  accountId: string;
  mediaDir: string;
  /** Attachments above this size are not kept (MEDIA_MAX_BYTES). */
  maxAttachmentBytes: number;
  receivedAt: Date;
}

/** The mail itself cannot be read: sending it again will not help. */
export class UnreadableMailError extends Error {}

/**
 * One raw mail from a transport (SMTP or IMAP) to inbound items, its attachments written to disk first: once the
 * items are stored, everything the agent will see exists.
 */
export async function receiveMail(raw: Buffer, options: ReceiveMailOptions): Promise<InboundItem[]> {
  let parsed;
  try {
    parsed = await readMail(raw);
  } catch (error) {
    throw new UnreadableMailError(error instanceof Error ? error.message : String(error));
  }
  const files = await storeMailFiles(parsed, mailKey(parsed), {
    mediaDir: options.mediaDir,
    maxBytes: options.maxAttachmentBytes,
  });
  return parseMail(parsed, { accountId: options.accountId, receivedAt: options.receivedAt, files });
}

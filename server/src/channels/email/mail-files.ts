import type { MediaType } from '@ingang/shared';
import type { Attachment, ParsedMail } from 'mailparser';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { machineMailKind, REPORT_PART_TYPES } from './machine-mail';

/** What the receiver did with one attachment of a mail. */
export interface StoredMailFile {
  /** The attachment's id in Ingang, fixed before it is stored so the mail's HTML can link to it. */
  id: string;
  /** Where it was written; null when it was over the size limit and was not kept. */
  storedPath: string | null;
  size: number;
}

/** The attachments of a mail that the agent gets as files (a bounce's technical parts are not). */
export function mailFiles(parsed: ParsedMail): Attachment[] {
  const bounce = machineMailKind(parsed) === 'bounce';
  return parsed.attachments.filter(
    (part) =>
      !REPORT_PART_TYPES.includes(part.contentType.toLowerCase()) &&
      !(bounce && part.contentType.toLowerCase() === 'message/rfc822'),
  );
}

export function mediaTypeOf(mimeType: string): MediaType {
  const type = mimeType.toLowerCase();
  if (type.startsWith('image/')) return 'image';
  if (type.startsWith('audio/')) return 'audio';
  if (type.startsWith('video/')) return 'video';
  return 'document';
}

/**
 * A UUID (v4 layout) derived from the mail, the attachment's position and its content: a mail delivered twice names
 * the same file rather than leaving a second copy behind, and another mail reusing its Message-ID cannot replace it.
 */
export function mailFileId(mailKey: string, index: number, content: Buffer): string {
  const digest = createHash('sha256').update(content).digest('hex');
  const hex = createHash('sha256')
    .update(`${mailKey}\u0000${index}\u0000${digest}`)
    .digest('hex')
    .slice(0, 32)
    .split('');
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const value = hex.join('');
  return `${value.slice(0, 8)}-${value.slice(8, 12)}-${value.slice(12, 16)}-${value.slice(16, 20)}-${value.slice(20)}`;
}

/** Where a stored attachment lives: MEDIA_DIR/<first two characters of the id>/<id>, as for fetched media. */
export function mailFilePath(mediaDir: string, id: string): string {
  return join(resolve(mediaDir), id.slice(0, 2), id);
}

/**
 * Writes a mail's attachments under MEDIA_DIR and flushes them to disk, so that they exist before the mail is
 * acknowledged. Attachments over `maxBytes` are not written; the agent sees them as files that did not arrive.
 */
export async function storeMailFiles(
  parsed: ParsedMail,
  mailKey: string,
  options: { mediaDir: string; maxBytes: number },
): Promise<Map<Attachment, StoredMailFile>> {
  const stored = new Map<Attachment, StoredMailFile>();
  const files = mailFiles(parsed);
  for (const [index, part] of files.entries()) {
    const id = mailFileId(mailKey, index, part.content);
    const size = part.content.length;
    if (size > options.maxBytes) {
      stored.set(part, { id, storedPath: null, size });
      continue;
    }
    const path = mailFilePath(options.mediaDir, id);
    await writeDurably(path, part.content);
    stored.set(part, { id, storedPath: path, size });
  }
  return stored;
}

// Written beside the target, flushed, then renamed: a crash leaves the whole file or none.
async function writeDurably(path: string, content: Buffer): Promise<void> {
  const directory = resolve(path, '..');
  await mkdir(directory, { recursive: true });
  const temporary = join(directory, `.${randomUUID()}.part`);
  try {
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
    // The rename itself is durable only once the directory is flushed.
    const folder = await open(directory, 'r');
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

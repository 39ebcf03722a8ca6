import type { Attachment, ParsedMail } from 'mailparser';
import { createHash } from 'node:crypto';
import type { InboundAttachment, InboundItem } from '../channel.adapter';
import { machineMailKind, readBounceReport, senderAddress } from './machine-mail';
import { mailFiles, mediaTypeOf, type StoredMailFile } from './mail-files';
import { messageIdsIn, normaliseMessageId } from './message-id';
import { cidOf, sanitiseMailHtml } from './sanitise-mail-html';
import { subjectThreadKey } from './thread-subject';

export interface ParseMailContext {
  /** The inbox the mail came in on (MAIL_INBOX_ADDRESS): the channel account. */
  accountId: string;
  receivedAt: Date;
  /** What the receiver did with each attachment of `mailFiles(parsed)`; see `storeMailFiles`. */
  files: ReadonlyMap<Attachment, StoredMailFile>;
  /** How the client downloads a stored attachment, for inline (`cid:`) images in the HTML. */
  attachmentUrl?: (id: string) => string;
}

const MAX_NAME_LENGTH = 255;
const MAX_REFERENCES = 50;

const defaultAttachmentUrl = (id: string) => `/api/attachments/${id}`;

function rawHeader(parsed: ParsedMail, name: string): string {
  const line = parsed.headerLines.find((each) => each.key === name)?.line ?? '';
  return line.replace(/^[^:]*:/, '').trim();
}

/**
 * The mail's identity: its Message-ID, or — for mail without one — a stable key of its own (sender, date and body),
 * so the same mail delivered twice is still stored once.
 */
export function mailKey(parsed: ParsedMail): string {
  const messageId = normaliseMessageId(parsed.messageId);
  if (messageId) return messageId;
  const hash = createHash('sha256');
  for (const part of [
    senderAddress(parsed) ?? '',
    rawHeader(parsed, 'date'),
    parsed.subject ?? '',
    parsed.text ?? '',
    typeof parsed.html === 'string' ? parsed.html : '',
    ...parsed.attachments.map((attachment) => `${attachment.size}:${attachment.checksum ?? ''}`),
  ]) {
    hash.update(part).update('\u0000');
  }
  return `<${hash.digest('hex')}@no-message-id.invalid>`;
}

function occurredAt(parsed: ParsedMail, receivedAt: Date): string {
  // mailparser puts the current time in `date` when the header is missing or unreadable.
  const date = rawHeader(parsed, 'date') ? parsed.date : undefined;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : receivedAt.toISOString();
}

function attachmentOf(part: Attachment, file: StoredMailFile | undefined): InboundAttachment {
  return {
    mediaType: mediaTypeOf(part.contentType),
    providerRef: null,
    storedPath: file?.storedPath ?? null,
    id: file?.id,
    mimeType: part.contentType.slice(0, MAX_NAME_LENGTH),
    fileName: part.filename ? part.filename.slice(0, MAX_NAME_LENGTH) : null,
    size: file?.size ?? part.size,
  };
}

/**
 * Turns one received mail into inbound items: the message (sanitised HTML, stored attachments, threading by
 * In-Reply-To/References and by subject, auto-replies and bounces flagged) and, for a bounce of one of our mails,
 * a `failed` status for that mail.
 */
export function parseMail(parsed: ParsedMail, context: ParseMailContext): InboundItem[] {
  const providerMessageId = mailKey(parsed);
  const at = occurredAt(parsed, context.receivedAt);
  const base = { channel: 'email' as const, accountId: context.accountId, occurredAt: at };
  const from = senderAddress(parsed);
  if (!from) {
    return [{ ...base, type: 'unattributed', dedupKey: providerMessageId, reason: 'mail without a sender', raw: null }];
  }

  const automated = machineMailKind(parsed);
  const bounce = automated === 'bounce' ? readBounceReport(parsed) : null;
  const inReplyTo = messageIdsIn(parsed.inReplyTo);
  const references = [
    ...new Set([...messageIdsIn(parsed.references), ...inReplyTo, ...(bounce?.bouncedMessageIds ?? [])]),
  ].slice(-MAX_REFERENCES);

  const files = mailFiles(parsed);
  const inlineImages = new Map<string, string>();
  const attachmentUrl = context.attachmentUrl ?? defaultAttachmentUrl;
  for (const part of files) {
    const file = context.files.get(part);
    if (part.cid && file?.storedPath) inlineImages.set(cidOf(part.cid), attachmentUrl(file.id));
  }
  const html =
    typeof parsed.html === 'string' && parsed.html.trim() ? sanitiseMailHtml(parsed.html, inlineImages) : null;
  const subject = parsed.subject?.trim() || null;

  const items: InboundItem[] = [
    {
      ...base,
      type: 'message',
      dedupKey: providerMessageId,
      direction: 'inbound',
      providerMessageId,
      contact: { externalId: from, displayName: parsed.from?.value.find((each) => each.name)?.name || null },
      content: {
        kind: 'email',
        subject,
        text: (parsed.text ?? '').replace(/\s+$/, ''),
        html: html?.html ?? null,
        hasRemoteImages: html?.hasRemoteImages ?? false,
      },
      replyToProviderId: inReplyTo[inReplyTo.length - 1] ?? null,
      visibility: 'private',
      // Without a subject there is nothing to match on: such a mail only continues a thread it refers to.
      threadKey: subjectThreadKey(subject) ?? `message:${providerMessageId}`,
      subject,
      references,
      automated,
      attachments: files.map((part) => attachmentOf(part, context.files.get(part))),
    },
  ];
  if (bounce?.failed) {
    for (const bounced of bounce.bouncedMessageIds) {
      items.push({
        ...base,
        type: 'status',
        dedupKey: `${providerMessageId}#failed:${bounced}`,
        providerMessageId: bounced,
        status: 'failed',
        error: { code: 'BOUNCED', detail: bounce.detail.slice(0, 2000) },
      });
    }
  }
  return items;
}

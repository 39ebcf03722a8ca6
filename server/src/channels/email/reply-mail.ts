import type { SendMailOptions } from 'nodemailer';
import { createHash } from 'node:crypto';
import type { OutboundRequest } from '../channel.adapter';
import { normaliseMessageId } from './message-id';
import { quoteHeader, REPLY_SUBJECT_PREFIX } from './reply-mail.templates';

export interface ReplySender {
  address: string;
  name: string | null;
}

const MAX_REFERENCES = 30;

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function htmlLines(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>\n');
}

/**
 * Our Message-ID for a reply, derived from the message's own id: a retry after a lost answer sends the same id, so
 * the citizen's mail client (and our threading) sees one mail.
 */
export function replyMessageId(idempotencyKey: string, fromAddress: string): string {
  const domain = fromAddress.split('@')[1] || 'ingang.invalid';
  const local = /^[A-Za-z0-9-]{1,64}$/.test(idempotencyKey)
    ? idempotencyKey
    : createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 40);
  return `<${local}.ingang@${domain}>`;
}

export function replySubject(subject: string | null): string {
  const original = (subject ?? '').trim();
  return /^re\s*:/i.test(original) ? original : `${REPLY_SUBJECT_PREFIX}${original}`.trim();
}

/** The reply mail: threaded under the question, the agent's text escaped, the question quoted below it. */
export function composeReply(
  request: OutboundRequest & { content: { kind: 'text'; text: string } },
  sender: ReplySender,
): SendMailOptions & { messageId: string } {
  const messageId = replyMessageId(request.idempotencyKey, sender.address);
  const inReplyTo = normaliseMessageId(request.replyToProviderId);
  const references = [
    ...new Set([...request.references.map(normaliseMessageId), inReplyTo].filter((id): id is string => !!id)),
  ].slice(-MAX_REFERENCES);
  const answer = request.content.text.trim();
  const quote = request.quote;
  const header = quote ? quoteHeader(new Date(quote.sentAt), quote.from) : null;
  const text = quote
    ? `${answer}\n\n${header}\n${quote.text
        .trim()
        .split(/\r?\n/)
        .map((line) => `> ${line}`)
        .join('\n')}\n`
    : `${answer}\n`;
  const html = [
    '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>',
    `<div>${htmlLines(answer)}</div>`,
    quote
      ? `<div><br>${escapeHtml(header ?? '')}</div>` +
        `<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:2px solid #ccc;padding-left:1ex">${htmlLines(quote.text.trim())}</blockquote>`
      : '',
    '</body></html>',
  ].join('\n');
  return {
    from: sender.name ? { name: sender.name, address: sender.address } : sender.address,
    to: request.to,
    subject: replySubject(request.subject),
    messageId,
    ...(inReplyTo ? { inReplyTo } : {}),
    ...(references.length > 0 ? { references } : {}),
    text,
    html,
  };
}

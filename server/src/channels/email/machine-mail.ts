import type { AutomatedKind } from '@ingang/shared';
import type { AddressObject, Attachment, HeaderValue, ParsedMail, StructuredHeader } from 'mailparser';
import { messageIdsIn } from './message-id';

/** What a delivery report says about the mail it returns. */
export interface BounceReport {
  /** Message-IDs of the mail that bounced, from the attached original headers. */
  bouncedMessageIds: string[];
  /** A permanent failure (Action: failed, or Status 5.x.x); a delay warning is not. */
  failed: boolean;
  /** Status and Diagnostic-Code in the mail server's own words. */
  detail: string;
}

// The parts of a delivery report that are for machines, not for the agent.
export const REPORT_PART_TYPES = ['message/delivery-status', 'text/rfc822-headers', 'message/disposition-notification'];

const AUTO_REPLY_SUBJECT = /^\s*(?:automatic reply|automatisch antwoord|automatische antwort|out of office|afwezig)\b/i;
const BULK_PRECEDENCE = /^\s*(?:bulk|auto_reply|junk|list)\b/i;
const MAIL_SYSTEM_SENDER = /^(?:mailer-daemon|postmaster|mail-daemon)@/i;
const BOUNCE_SUBJECT =
  /undeliver|delivery status notification|delivery failure|mail delivery failed|returned mail|failure notice|onbestelbaar|niet bezorgd|unzustellbar/i;

function text(value: HeaderValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((each) => text(each as HeaderValue)).join(', ');
  if (value instanceof Date) return value.toISOString();
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('value' in value && typeof value.value === 'string') return value.value;
  return '';
}

function header(parsed: ParsedMail, name: string): string {
  return text(parsed.headers.get(name)).trim();
}

function contentType(parsed: ParsedMail): StructuredHeader | null {
  const value = parsed.headers.get('content-type');
  return value && typeof value === 'object' && !Array.isArray(value) && 'params' in value
    ? (value as StructuredHeader)
    : null;
}

/** An empty `Return-Path: <>`: the null sender that bounces and (per RFC 3834) auto-replies use. */
export function hasNullReturnPath(parsed: ParsedMail): boolean {
  const value = parsed.headers.get('return-path');
  if (value === undefined) return false;
  if (typeof value === 'string') return /^\s*<\s*>\s*$/.test(value);
  const addresses = (Array.isArray(value) ? value : [value]) as AddressObject[];
  return addresses.every((each) => (each.value ?? []).every((address) => !address.address));
}

export function senderAddress(parsed: ParsedMail): string | null {
  return parsed.from?.value.find((each) => each.address)?.address?.toLowerCase() ?? null;
}

function isDeliveryReport(parsed: ParsedMail): boolean {
  const type = contentType(parsed);
  return (
    type?.value.toLowerCase() === 'multipart/report' && type.params['report-type']?.toLowerCase() === 'delivery-status'
  );
}

/** Whether a machine sent this mail, recognised the way real mail systems mark it; null for a person's mail. */
export function machineMailKind(parsed: ParsedMail): AutomatedKind | null {
  if (isDeliveryReport(parsed)) return 'bounce';
  const fromMailSystem = MAIL_SYSTEM_SENDER.test(senderAddress(parsed) ?? '');
  if (fromMailSystem && (hasNullReturnPath(parsed) || BOUNCE_SUBJECT.test(parsed.subject ?? ''))) return 'bounce';

  // RFC 3834: any value but "no" means a machine answered.
  const autoSubmitted = header(parsed, 'auto-submitted').split(';')[0].trim().toLowerCase();
  if (autoSubmitted && autoSubmitted !== 'no') return 'auto-reply';
  // Exchange sends its out-of-office replies with only this header and a telling subject.
  if (parsed.headers.has('x-auto-response-suppress') && AUTO_REPLY_SUBJECT.test(parsed.subject ?? '')) {
    return 'auto-reply';
  }
  if (/^\s*vacation\b/i.test(header(parsed, 'x-apple-action'))) return 'auto-reply';
  if (parsed.headers.has('x-autoreply') || parsed.headers.has('x-autorespond')) return 'auto-reply';
  if (BULK_PRECEDENCE.test(header(parsed, 'precedence'))) return 'auto-reply';
  if (parsed.headers.has('list-id') || hasListId(parsed)) return 'auto-reply';
  if (hasNullReturnPath(parsed)) return 'auto-reply';
  return null;
}

function hasListId(parsed: ParsedMail): boolean {
  const list = parsed.headers.get('list');
  return typeof list === 'object' && list !== null && !Array.isArray(list) && 'id' in list;
}

/** The header block of a message or of `text/rfc822-headers`, unfolded, as name → values. */
function headerFields(block: string): Map<string, string[]> {
  const head = block.split(/\r?\n\r?\n/)[0] ?? '';
  const fields = new Map<string, string[]>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const match = /^([!-9;-~]+):\s*(.*)$/.exec(line);
    if (!match) continue;
    const name = match[1].toLowerCase();
    fields.set(name, [...(fields.get(name) ?? []), match[2].trim()]);
  }
  return fields;
}

/** RFC 3464 per-recipient fields: the first recipient that failed, else the first one. */
function recipientFields(report: string): Map<string, string[]> | null {
  const groups = report
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n/)
    .map(headerFields)
    .filter((fields) => fields.has('status') || fields.has('action'));
  return (
    groups.find((fields) => /^failed/i.test(fields.get('action')?.[0] ?? '')) ??
    groups.find((fields) => /^5\./.test(fields.get('status')?.[0] ?? '')) ??
    groups[0] ??
    null
  );
}

function partText(attachment: Attachment): string {
  return attachment.content.toString('utf8');
}

/**
 * Reads a bounce: which of our mails it returns (the Message-ID in the attached original headers or message), and
 * the mail server's verdict. Falls back to the body text for mail systems that do not send RFC 3464 reports.
 */
export function readBounceReport(parsed: ParsedMail): BounceReport {
  const parts = parsed.attachments;
  const originals = parts.filter((part) => ['text/rfc822-headers', 'message/rfc822'].includes(part.contentType));
  let bouncedMessageIds = originals.flatMap((part) => messageIdsIn(headerFields(partText(part)).get('message-id')));
  const body = parsed.text ?? '';
  if (bouncedMessageIds.length === 0) {
    bouncedMessageIds = [...body.matchAll(/^\s*Message-ID:\s*(<[^<>\s]+>)/gim)].flatMap((match) =>
      messageIdsIn(match[1]),
    );
  }
  const statusPart = parts.find((part) => part.contentType === 'message/delivery-status');
  const fields = statusPart ? recipientFields(partText(statusPart)) : recipientFields(body);
  const status = fields?.get('status')?.[0] ?? /\b([245]\.\d{1,3}\.\d{1,3})\b/.exec(body)?.[1] ?? null;
  const action = fields?.get('action')?.[0] ?? null;
  const diagnostic = fields?.get('diagnostic-code')?.[0] ?? /\b(5\d\d[ -].*)$/m.exec(body)?.[1]?.trim() ?? null;
  const failed = /^failed/i.test(action ?? '') || /^5\./.test(status ?? '') || (!status && !action && !!diagnostic);
  const recipient = fields?.get('final-recipient')?.[0]?.replace(/^rfc822;\s*/i, '') ?? null;
  const detail =
    [status ? `Status: ${status}` : null, diagnostic ? `Diagnostic-Code: ${diagnostic}` : null]
      .filter(Boolean)
      .join('; ') || (recipient ? `Undeliverable to ${recipient}` : 'Returned by the mail system');
  return { bouncedMessageIds: [...new Set(bouncedMessageIds)], failed, detail };
}

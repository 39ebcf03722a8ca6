import { simpleParser, type ParsedMail } from 'mailparser';

/**
 * Parses a raw message the way the e-mail channel needs it: `cid:` links left in the HTML (they become stored
 * attachments), and a delivery report's status part kept as a part of its own.
 */
export function readMail(raw: Buffer): Promise<ParsedMail> {
  return simpleParser(raw, { keepCidLinks: true, keepDeliveryStatus: true, skipTextToHtml: true });
}

/**
 * The final SMTP server records the envelope sender as `Return-Path` (RFC 5321 §4.4); the built-in receiver is that
 * server. An empty one (`<>`) marks bounces and auto-replies.
 */
export function withReturnPath(raw: Buffer, envelopeSender: string): Buffer {
  const address = envelopeSender.replace(/[\r\n<>]/g, '');
  return Buffer.concat([Buffer.from(`Return-Path: <${address}>\r\n`), raw]);
}

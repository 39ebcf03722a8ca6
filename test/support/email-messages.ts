import { randomBytes } from 'node:crypto';
import { createTransport, type SendMailOptions } from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';

// Citizens' mail as real mail clients and mail systems send it, delivered over real SMTP (nodemailer) to Ingang's
// built-in receiver — for the e2e tests and the demo.

export const TEST_INBOX = 'vragen@gemeente.test';

export interface CitizenMail {
  from: string | { name: string; address: string };
  /** Defaults to the test inbox. */
  to?: string;
  subject?: string;
  text?: string;
  html?: string;
  attachments?: SendMailOptions['attachments'];
  /** Extra headers, e.g. `Auto-Submitted` or `List-Id`. */
  headers?: Record<string, string>;
  /** A Message-ID of our own choice; null sends the mail without one; by default a fresh one. */
  messageId?: string | null;
  inReplyTo?: string;
  references?: string[];
  date?: Date;
  /** How text parts are encoded, e.g. quoted-printable. */
  textEncoding?: 'quoted-printable' | 'base64';
  /** The SMTP envelope sender (MAIL FROM); '' is the null sender of bounces and auto-replies. */
  envelopeFrom?: string;
}

export interface DeliveredMail {
  /** The SMTP server's final answer, e.g. `250 2.0.0 OK: stored 1 item`. */
  response: string;
  /** The Message-ID the mail carried, null when it had none. */
  messageId: string | null;
  raw: Buffer;
}

function addressOf(from: CitizenMail['from']): string {
  return typeof from === 'string' ? (/<([^>]+)>/.exec(from)?.[1] ?? from) : from.address;
}

export function newMessageId(domain = 'mail.example.nl'): string {
  return `<${randomBytes(12).toString('hex')}@${domain}>`;
}

/** The mail as bytes, the way nodemailer writes it; without a `Message-ID` header when `messageId` is null. */
export async function composeMail(mail: CitizenMail): Promise<{ raw: Buffer; messageId: string | null }> {
  const messageId = mail.messageId === undefined ? newMessageId() : mail.messageId;
  const built = await new MailComposer({
    from: mail.from,
    to: mail.to ?? TEST_INBOX,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    attachments: mail.attachments,
    headers: mail.headers,
    messageId: messageId ?? undefined,
    inReplyTo: mail.inReplyTo,
    references: mail.references,
    date: mail.date ?? new Date(),
    textEncoding: mail.textEncoding,
  })
    .compile()
    .build();
  if (messageId !== null) return { raw: built, messageId };
  // nodemailer always adds a Message-ID; some mail clients and scripts do not.
  const text = built.toString('binary');
  const headerEnd = text.indexOf('\r\n\r\n');
  const head = text.slice(0, headerEnd).replace(/^Message-ID:.*(?:\r\n[ \t].*)*\r\n/im, '');
  return { raw: Buffer.from(head + text.slice(headerEnd), 'binary'), messageId: null };
}

/** Delivers raw bytes over SMTP as a mail server would; rejects with nodemailer's error (`responseCode`) on a refusal. */
export async function sendRawMail(
  port: number,
  raw: Buffer | string,
  envelope: { from: string; to: string[] },
  host = '127.0.0.1',
): Promise<string> {
  const transport = createTransport({ host, port, secure: false, ignoreTLS: true });
  try {
    const info = await transport.sendMail({ envelope: { from: envelope.from, to: envelope.to }, raw });
    return info.response;
  } finally {
    transport.close();
  }
}

/** A citizen's mail, composed and delivered to the receiver on `port`. */
export async function sendCitizenMail(port: number, mail: CitizenMail, host = '127.0.0.1'): Promise<DeliveredMail> {
  const { raw, messageId } = await composeMail(mail);
  const response = await sendRawMail(
    port,
    raw,
    { from: mail.envelopeFrom ?? addressOf(mail.from), to: [mail.to ?? TEST_INBOX] },
    host,
  );
  return { response, messageId, raw };
}

export interface DeliveryReportOptions {
  /** The Message-ID of our mail that could not be delivered. */
  bouncedMessageId: string;
  /** The citizen's address that refused it. */
  recipient: string;
  /** RFC 3463 status, e.g. 5.1.1 (permanent) or 4.4.1 (delayed). */
  status?: string;
  diagnostic?: string;
  subject?: string;
  reportingMta?: string;
  to?: string;
  messageId?: string;
}

/** A bounce as Postfix writes it (RFC 3464 multipart/report with the undelivered mail's headers). */
export function deliveryReport(options: DeliveryReportOptions): string {
  const mta = options.reportingMta ?? 'relay.gemeente.test';
  const status = options.status ?? '5.1.1';
  const failed = status.startsWith('5');
  const diagnostic =
    options.diagnostic ?? `smtp; 550 5.1.1 <${options.recipient}>: Recipient address rejected: User unknown`;
  const boundary = `${randomBytes(6).toString('hex')}/${mta}`;
  return [
    `From: Mail Delivery System <MAILER-DAEMON@${mta}>`,
    `To: ${options.to ?? TEST_INBOX}`,
    `Subject: ${options.subject ?? (failed ? 'Undelivered Mail Returned to Sender' : 'Delayed Mail (still being retried)')}`,
    `Date: ${new Date().toUTCString()}`,
    `Message-ID: ${options.messageId ?? newMessageId(mta)}`,
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    '',
    'This is a MIME-encapsulated message.',
    '',
    `--${boundary}`,
    'Content-Description: Notification',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    `This is the mail system at host ${mta}.`,
    '',
    failed
      ? "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients."
      : 'Your message could not be delivered yet; it will be retried.',
    '',
    `<${options.recipient}>: ${diagnostic}`,
    '',
    `--${boundary}`,
    'Content-Description: Delivery report',
    'Content-Type: message/delivery-status',
    '',
    `Reporting-MTA: dns; ${mta}`,
    '',
    `Final-Recipient: rfc822; ${options.recipient}`,
    `Original-Recipient: rfc822;${options.recipient}`,
    `Action: ${failed ? 'failed' : 'delayed'}`,
    `Status: ${status}`,
    `Diagnostic-Code: ${diagnostic}`,
    '',
    `--${boundary}`,
    'Content-Description: Undelivered Message Headers',
    'Content-Type: text/rfc822-headers',
    '',
    `From: ${options.to ?? TEST_INBOX}`,
    `To: ${options.recipient}`,
    `Message-ID: ${options.bouncedMessageId}`,
    '',
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

/** Delivers a bounce to the receiver as a relay does: from the null sender. */
export function sendDeliveryReport(port: number, options: DeliveryReportOptions, host = '127.0.0.1'): Promise<string> {
  return sendRawMail(port, deliveryReport(options), { from: '', to: [options.to ?? TEST_INBOX] }, host);
}

import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { Mailboxes } from '../channels/email/mailboxes';
import { receiveMail, UnreadableMailError } from '../channels/email/receive-mail';
import { withReturnPath } from '../channels/email/read-mail';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { IngestService } from './ingest.service';

const CLOSE_TIMEOUT_MS = 3000;
// Without an inbox at start, how often to look whether an administrator has added one (the accounts' cache time).
const INBOX_CHECK_MS = 10_000;

function smtpError(responseCode: number, message: string): Error & { responseCode: number } {
  return Object.assign(new Error(message), { responseCode });
}

/**
 * The built-in SMTP receiver for the inbox addresses: MAIL_INBOX_ADDRESS and every enabled e-mail account's. Like a
 * webhook, a mail is acknowledged (250) only once it is durably stored, attachments included; a sender whose mail we
 * could not store gets a 4xx and tries again later. It listens once there is an inbox, also one added later.
 */
@Injectable()
export class SmtpReceiver implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(SmtpReceiver.name);
  private server: SMTPServer | null = null;
  private readonly receiving = new Set<Promise<unknown>>();
  private inboxCheck: NodeJS.Timeout | undefined;
  private stopping = false;

  constructor(
    private readonly config: AppConfig,
    private readonly ingest: IngestService,
    private readonly clock: Clock,
    private readonly mailboxes: Mailboxes,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // A receiver that cannot listen at start stops the start, with the reason.
    if (await this.mailboxes.receiving()) {
      await this.listen();
      return;
    }
    this.inboxCheck = setInterval(() => {
      this.mailboxes
        .receiving()
        .then((receiving) => (receiving && !this.server && !this.stopping ? this.listen() : undefined))
        .then(() => {
          if (this.server) clearInterval(this.inboxCheck);
        })
        .catch((error: unknown) =>
          this.logger.error(`SMTP receiver: ${error instanceof Error ? error.message : String(error)}`),
        );
    }, INBOX_CHECK_MS);
    this.inboxCheck.unref();
  }

  private async listen(): Promise<void> {
    const { MAIL_MAX_BYTES, SMTP_PORT, SMTP_HOST } = this.config.values;
    const server = new SMTPServer({
      banner: 'Ingang',
      size: MAIL_MAX_BYTES,
      // A receiving mail server: no login; TLS is for a mail server in front of it (see the README).
      disabledCommands: ['AUTH', 'STARTTLS'],
      authOptional: true,
      disableReverseLookup: true,
      logger: false,
      closeTimeout: CLOSE_TIMEOUT_MS,
      onRcptTo: (address, _session, callback) => {
        this.mailboxes.inboxOf(address.address).then(
          (inbox) => callback(inbox ? undefined : smtpError(550, `5.1.1 <${address.address}>: no such mailbox here`)),
          (error: unknown) => {
            this.logger.error(`SMTP receiver: ${error instanceof Error ? error.message : String(error)}`);
            callback(smtpError(451, '4.3.0 The mailboxes cannot be checked; please try again later'));
          },
        );
      },
      onData: (stream, session, callback) => {
        const receiving = this.receive(stream, session);
        this.receiving.add(receiving);
        receiving
          .then(
            (message) => callback(null, message),
            (error: Error) => callback(error),
          )
          .finally(() => this.receiving.delete(receiving));
      },
    });
    server.on('error', (error) => this.logger.warn(`SMTP connection error: ${error.message}`));
    await new Promise<void>((resolve, reject) => {
      const failed = (error: Error) =>
        reject(new Error(`The SMTP receiver cannot listen on ${SMTP_HOST}:${SMTP_PORT}: ${error.message}`));
      server.server.once('error', failed);
      server.listen(SMTP_PORT, SMTP_HOST, () => {
        server.server.off('error', failed);
        resolve();
      });
    });
    this.server = server;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearInterval(this.inboxCheck);
    const server = this.server;
    if (!server) return;
    this.server = null;
    // Stop taking mail, but let mail being stored finish: its sender is waiting for the 250.
    await Promise.allSettled([new Promise<void>((resolve) => server.close(() => resolve())), ...this.receiving]);
  }

  private async receive(stream: SMTPServerDataStream, session: SMTPServerSession): Promise<string> {
    const { MAIL_MAX_BYTES, MEDIA_DIR, MEDIA_MAX_BYTES } = this.config.values;
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      // Past the limit the rest is only read to the end, never kept.
      if (size <= MAIL_MAX_BYTES) chunks.push(chunk);
    }
    if (stream.sizeExceeded || size > MAIL_MAX_BYTES) {
      throw smtpError(552, `5.3.4 Message too big: at most ${MAIL_MAX_BYTES} bytes`);
    }
    const sender = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
    // Filed under the first of our mailboxes it was sent to; sent to several, it is still one question.
    const inbox = (session.envelope.rcptTo[0]?.address ?? '').toLowerCase();
    const receivedAt = this.clock.now();
    try {
      const items = await receiveMail(withReturnPath(Buffer.concat(chunks), sender), {
        accountId: inbox,
        mediaDir: MEDIA_DIR,
        maxAttachmentBytes: MEDIA_MAX_BYTES,
        receivedAt,
      });
      await this.ingest.storeItems('email', items, receivedAt);
      return `2.0.0 OK: stored ${items.length} item${items.length === 1 ? '' : 's'}`;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof UnreadableMailError) {
        throw smtpError(554, `5.6.0 The message cannot be read: ${message.replace(/[\r\n]+/g, ' ')}`);
      }
      this.logger.error(`a mail could not be stored: ${message}`);
      throw smtpError(451, '4.3.0 The message could not be stored; please try again later');
    }
  }
}

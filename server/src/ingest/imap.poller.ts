import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { ImapFlow } from 'imapflow';
import { Mailboxes, type PolledMailbox } from '../channels/email/mailboxes';
import { receiveMail, UnreadableMailError } from '../channels/email/receive-mail';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { IngestService } from './ingest.service';

const SEEN = '\\Seen';

/**
 * Optional polling of existing mailboxes (IMAP_URL, and each enabled e-mail account's imapUrl): every IMAP_POLL_MS the
 * unread mail of each, one after the other, is taken in and marked \Seen only once it is stored — a crash in between
 * means it is taken again, and deduplicated. One mailbox that fails does not hold up the others.
 */
@Injectable()
export class ImapPoller implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ImapPoller.name);
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | null = null;
  private connection: ImapFlow | null = null;
  private stopped = false;
  // Mail too large or unreadable stays unread in the mailbox for a person; it is reported once.
  private readonly skipped = new Set<string>();

  constructor(
    private readonly config: AppConfig,
    private readonly ingest: IngestService,
    private readonly clock: Clock,
    private readonly mailboxes: Mailboxes,
  ) {}

  onApplicationBootstrap(): void {
    // Always: an administrator may add a mailbox account while the server runs.
    this.schedule(0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    // A poll stops after the message it is storing; one still connecting is cut off (nothing was taken yet).
    if (this.connection && !this.connection.usable) this.connection.close();
    await this.polling;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.polling = this.pollAll()
        .catch((error: unknown) =>
          this.logger.warn(`IMAP poll failed: ${error instanceof Error ? error.message : String(error)}`),
        )
        .finally(() => {
          this.polling = null;
          this.schedule(this.config.values.IMAP_POLL_MS);
        });
    }, delayMs);
    this.timer.unref();
  }

  private async pollAll(): Promise<void> {
    for (const mailbox of await this.mailboxes.polled()) {
      if (this.stopped) return;
      try {
        await this.poll(mailbox);
      } catch (error) {
        // The URL holds the password: only the address is named.
        this.logger.warn(
          `IMAP poll of ${mailbox.address} failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  }

  private client(imapUrl: string): ImapFlow {
    const url = new URL(imapUrl);
    const secure = url.protocol === 'imaps:';
    const timeout = this.config.values.PROVIDER_TIMEOUT_MS;
    const client = new ImapFlow({
      host: url.hostname.replace(/^\[|\]$/g, ''),
      port: url.port ? Number(url.port) : secure ? 993 : 143,
      secure,
      auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) },
      logger: false,
      disableAutoIdle: true,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
    });
    // Without a listener a dropped connection would end the process; the poll's own promise reports it.
    client.on('error', (error: Error) => this.logger.warn(`IMAP connection: ${error.message}`));
    return client;
  }

  private async poll(mailbox: PolledMailbox): Promise<void> {
    const { IMAP_MAILBOX, MAIL_MAX_BYTES, MEDIA_DIR, MEDIA_MAX_BYTES } = this.config.values;
    const client = this.client(mailbox.imapUrl);
    this.connection = client;
    try {
      await client.connect();
      const lock = await client.getMailboxLock(IMAP_MAILBOX);
      try {
        const unread = (await client.search({ seen: false }, { uid: true })) || [];
        if (unread.length === 0) return;
        const sizes = await client.fetchAll(unread, { uid: true, size: true }, { uid: true });
        for (const { uid, size } of sizes) {
          if (this.stopped) return;
          const key = `${mailbox.address}:${client.mailbox && client.mailbox.uidValidity}:${uid}`;
          if (this.skipped.has(key)) continue;
          if ((size ?? 0) > MAIL_MAX_BYTES) {
            this.logger.warn(`IMAP message ${uid} of ${mailbox.address} is over MAIL_MAX_BYTES; left unread`);
            this.skipped.add(key);
            continue;
          }
          const message = await client.fetchOne(String(uid), { uid: true, source: true }, { uid: true });
          if (!message || !message.source) continue;
          const receivedAt = this.clock.now();
          let items;
          try {
            items = await receiveMail(message.source, {
              accountId: mailbox.address,
              mediaDir: MEDIA_DIR,
              maxAttachmentBytes: MEDIA_MAX_BYTES,
              receivedAt,
            });
          } catch (error) {
            if (!(error instanceof UnreadableMailError)) throw error;
            // One broken message must not hold up the rest of the mailbox.
            this.logger.warn(`IMAP message ${uid} of ${mailbox.address} cannot be read; left unread`);
            this.skipped.add(key);
            continue;
          }
          await this.ingest.storeItems('email', items, receivedAt);
          await client.messageFlagsAdd(String(uid), [SEEN], { uid: true });
        }
      } finally {
        lock.release();
      }
    } finally {
      this.connection = null;
      await client.logout().catch(() => client.close());
    }
  }
}

import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { AccountCredentials } from '../account-credentials';

/** A mailbox to poll: the address its mail is filed under, and the IMAP URL (with its login) to reach it. */
export interface PolledMailbox {
  address: string;
  imapUrl: string;
}

/**
 * The municipality's mailboxes, for the mail transports (the SMTP receiver, IMAP polling): MAIL_INBOX_ADDRESS with
 * IMAP_URL, and every enabled e-mail account with its own imapUrl.
 */
@Injectable()
export class Mailboxes {
  readonly channel = 'email' as const;

  constructor(
    private readonly config: AppConfig,
    private readonly accounts: AccountCredentials,
  ) {}

  /** Mail is taken in once there is an inbox: MAIL_INBOX_ADDRESS, or an enabled e-mail account. */
  receiving(): Promise<boolean> {
    return this.accounts.configured(this.channel, Boolean(this.config.values.MAIL_INBOX_ADDRESS));
  }

  /** The inbox address a recipient is (lower case), or null when it is none of ours. */
  async inboxOf(recipient: string): Promise<string | null> {
    const address = recipient.trim().toLowerCase();
    if (address === this.config.values.MAIL_INBOX_ADDRESS) return address;
    const accounts = await this.accounts.enabledAccounts(this.channel);
    return accounts.some((account) => account.externalId === address) ? address : null;
  }

  /** The mailboxes to poll, each once; an account whose secrets cannot be read is left out (its service logs it). */
  async polled(): Promise<PolledMailbox[]> {
    const { IMAP_URL, MAIL_INBOX_ADDRESS } = this.config.values;
    const mailboxes: PolledMailbox[] =
      IMAP_URL && MAIL_INBOX_ADDRESS ? [{ address: MAIL_INBOX_ADDRESS, imapUrl: IMAP_URL }] : [];
    for (const account of await this.accounts.enabledAccounts(this.channel)) {
      const imapUrl = account.credentials?.secrets.imapUrl;
      if (imapUrl && !mailboxes.some((mailbox) => mailbox.imapUrl === imapUrl)) {
        mailboxes.push({ address: account.externalId, imapUrl });
      }
    }
    return mailboxes;
  }
}

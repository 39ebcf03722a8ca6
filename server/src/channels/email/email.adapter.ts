import { Injectable, Logger } from '@nestjs/common';
import type { ChannelCredentials, MessageTemplateDto } from '@ingang/shared';
import { createTransport, type Transporter } from 'nodemailer';
import { AppConfig } from '../../config/app-config';
import { AccountCredentials } from '../account-credentials';
import {
  ChannelSendError,
  WebhookPayloadError,
  type ChannelAdapter,
  type FetchedMedia,
  type HandshakeResult,
  type InboundItem,
  type OutboundRequest,
} from '../channel.adapter';
import { composeReply } from './reply-mail';
import { smtpSendError } from './smtp-errors';

/**
 * E-mail: mail arrives over SMTP (the built-in receiver) or IMAP polling, not as webhooks — see `ingest/smtp.receiver.ts`
 * and `ingest/imap.poller.ts`, and `mailboxes.ts` for the addresses. Replies leave through the SMTP relay of the
 * conversation's mailbox account, or SMTP_RELAY_URL.
 */
@Injectable()
export class EmailAdapter implements ChannelAdapter {
  readonly channel = 'email' as const;
  private readonly logger = new Logger(EmailAdapter.name);
  // One per relay URL: the environment's and each account's.
  private readonly transports = new Map<string, Transporter>();

  constructor(
    private readonly config: AppConfig,
    private readonly accounts: AccountCredentials,
  ) {}

  /** The MAIL_* and SMTP_RELAY_URL settings: the relay for MAIL_INBOX_ADDRESS, and for accounts without their own. */
  private get environment(): ChannelCredentials<'email'> {
    const v = this.config.values;
    return {
      settings: { fromName: v.MAIL_FROM_NAME },
      secrets: { smtpRelayUrl: v.SMTP_RELAY_URL, imapUrl: v.IMAP_URL },
    };
  }

  isConfigured(): Promise<boolean> {
    return this.accounts.configured(this.channel, Boolean(this.config.values.MAIL_INBOX_ADDRESS));
  }

  handshake(): Promise<HandshakeResult> {
    return Promise.resolve({ status: 404, body: 'Mail is received over SMTP or IMAP, not by webhook' });
  }

  // There is no e-mail webhook: /webhooks/email refuses everything as unsigned.
  verifySignature(): Promise<boolean> {
    return Promise.resolve(false);
  }

  parseWebhook(): InboundItem[] {
    throw new WebhookPayloadError('Mail is received over SMTP or IMAP, not by webhook');
  }

  async send(request: OutboundRequest): Promise<{ providerMessageId: string }> {
    if (request.content.kind !== 'text') {
      throw new ChannelSendError(false, 'UNSUPPORTED_MESSAGE', `a ${request.content.kind} cannot be sent by mail`);
    }
    const inbox = this.config.values.MAIL_INBOX_ADDRESS;
    // MAIL_INBOX_ADDRESS's own conversations are the environment's, relay or not.
    const { source, settings, secrets } = await this.accounts.forAccount(
      this.channel,
      request.accountId,
      this.environment,
      (env) => Boolean(env.secrets.smtpRelayUrl) || request.accountId === inbox,
    );
    // A mailbox account answers from its own address; the environment's relay from MAIL_INBOX_ADDRESS.
    const address = source === 'account' ? request.accountId : inbox;
    const transport = secrets.smtpRelayUrl ? this.relay(secrets.smtpRelayUrl) : null;
    if (!transport || !address) {
      throw new ChannelSendError(
        false,
        'PROVIDER_UNAVAILABLE',
        `No SMTP relay is configured for ${request.accountId} (its account's or SMTP_RELAY_URL)`,
      );
    }
    const mail = composeReply({ ...request, content: request.content }, { address, name: settings.fromName ?? null });
    try {
      await transport.sendMail(mail);
    } catch (error) {
      const failure = smtpSendError(error);
      this.logger.warn(`relay refused ${mail.messageId}: ${failure.failureCode}`);
      throw failure;
    }
    return { providerMessageId: mail.messageId };
  }

  fetchMedia(): Promise<FetchedMedia> {
    // Mail attachments arrive inside the mail and are stored by the receiver; there is nothing to fetch.
    return Promise.reject(new ChannelSendError(false, 'MEDIA_UNAVAILABLE', 'mail attachments are stored on receipt'));
  }

  listTemplates(): Promise<MessageTemplateDto[]> {
    return Promise.resolve([]);
  }

  private relay(url: string): Transporter {
    const known = this.transports.get(url);
    if (known) return known;
    const timeout = this.config.values.PROVIDER_TIMEOUT_MS;
    const transport = createTransport({
      url,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout * 3,
    });
    this.transports.set(url, transport);
    return transport;
  }
}

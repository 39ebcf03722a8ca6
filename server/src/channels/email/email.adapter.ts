import { Injectable, Logger } from '@nestjs/common';
import type { MessageTemplateDto } from '@ingang/shared';
import { createTransport, type Transporter } from 'nodemailer';
import { AppConfig } from '../../config/app-config';
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
 * and `ingest/imap.poller.ts`. Replies leave through the SMTP relay.
 */
@Injectable()
export class EmailAdapter implements ChannelAdapter {
  readonly channel = 'email' as const;
  private readonly logger = new Logger(EmailAdapter.name);
  private transport: Transporter | null = null;

  constructor(private readonly config: AppConfig) {}

  isConfigured(): boolean {
    return Boolean(this.config.values.MAIL_INBOX_ADDRESS);
  }

  handshake(): HandshakeResult {
    return { status: 404, body: 'Mail is received over SMTP or IMAP, not by webhook' };
  }

  // There is no e-mail webhook: /webhooks/email refuses everything as unsigned.
  verifySignature(): boolean {
    return false;
  }

  parseWebhook(): InboundItem[] {
    throw new WebhookPayloadError('Mail is received over SMTP or IMAP, not by webhook');
  }

  async send(request: OutboundRequest): Promise<{ providerMessageId: string }> {
    const { MAIL_INBOX_ADDRESS: address, MAIL_FROM_NAME: name } = this.config.values;
    if (request.content.kind !== 'text') {
      throw new ChannelSendError(false, 'UNSUPPORTED_MESSAGE', `a ${request.content.kind} cannot be sent by mail`);
    }
    const transport = this.relay();
    if (!transport || !address) {
      throw new ChannelSendError(false, 'PROVIDER_UNAVAILABLE', 'No SMTP relay is configured (SMTP_RELAY_URL)');
    }
    const mail = composeReply({ ...request, content: request.content }, { address, name: name ?? null });
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

  private relay(): Transporter | null {
    const url = this.config.values.SMTP_RELAY_URL;
    if (!url) return null;
    const timeout = this.config.values.PROVIDER_TIMEOUT_MS;
    this.transport ??= createTransport({
      url,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout * 3,
    });
    return this.transport;
  }
}

import { Injectable, Logger } from '@nestjs/common';
import type { ChannelCredentials, MessageTemplateDto, Visibility } from '@ingang/shared';
import { Clock } from '../../common/clock';
import { AppConfig } from '../../config/app-config';
import { AccountCredentials } from '../account-credentials';
import {
  ChannelSendError,
  type ChannelAdapter,
  type FetchedMedia,
  type HandshakeResult,
  type InboundItem,
  type OutboundRequest,
} from '../channel.adapter';
import { metaHandshake, metaSignatureValid } from '../meta-webhook';
import { isRetryableMessengerCode, messengerFailureCode } from './messenger-errors';
import { MAX_COMMENT_TEXT, MAX_MESSENGER_TEXT, messengerCall, messengerLength } from './messenger-outbound';
import { parseMessengerWebhook } from './messenger-webhook.parser';

interface GraphError {
  error?: { code?: number; error_subcode?: number; message?: string };
}

/** A Facebook Page: Messenger conversations and feed comments in through Meta's webhooks, the Graph API out. */
@Injectable()
export class MessengerAdapter implements ChannelAdapter {
  readonly channel = 'messenger' as const;
  private readonly logger = new Logger(MessengerAdapter.name);

  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly accounts: AccountCredentials,
  ) {}

  private get settings() {
    const v = this.config.values;
    return {
      graph: `${v.MESSENGER_API_BASE.replace(/\/+$/, '')}/${v.MESSENGER_API_VERSION}`,
      timeoutMs: v.PROVIDER_TIMEOUT_MS,
    };
  }

  /** The MESSENGER_* settings, for the pages without an account of their own (and the fields an account leaves out). */
  private get environment(): ChannelCredentials<'messenger'> {
    const v = this.config.values;
    return {
      settings: {},
      secrets: {
        appSecret: v.MESSENGER_APP_SECRET,
        verifyToken: v.MESSENGER_VERIFY_TOKEN,
        pageToken: v.MESSENGER_PAGE_TOKEN,
      },
    };
  }

  isConfigured(): Promise<boolean> {
    return this.accounts.configured(this.channel, Boolean(this.config.values.MESSENGER_APP_SECRET));
  }

  handshake(query: Record<string, unknown>): Promise<HandshakeResult> {
    return metaHandshake(this.accounts, this.channel, this.environment.secrets.verifyToken, query);
  }

  verifySignature(headers: Record<string, string | string[] | undefined>, rawBody: Buffer): Promise<boolean> {
    return metaSignatureValid(this.accounts, this.channel, this.environment.secrets.appSecret, headers, rawBody);
  }

  parseWebhook(body: unknown, receivedAt: Date): InboundItem[] {
    return parseMessengerWebhook(body, receivedAt);
  }

  async send(request: OutboundRequest): Promise<{ providerMessageId: string }> {
    const call = messengerCall(request, this.clock.now());
    const { secrets } = await this.accounts.forAccount(this.channel, request.accountId, this.environment, (env) =>
      Boolean(env.secrets.pageToken),
    );
    const answer = await this.graph<Record<string, unknown>>(
      call.path,
      { method: 'POST', body: JSON.stringify(call.body) },
      secrets.pageToken,
    );
    const id = answer[call.answerId];
    if (typeof id !== 'string' || id === '') {
      throw new ChannelSendError(true, 'PROVIDER_UNAVAILABLE', 'Graph API answered without an id');
    }
    return { providerMessageId: id };
  }

  /** Attachments arrive as URLs on Meta's CDN: signed, short-lived, and fetched without the page token. */
  async fetchMedia(_accountId: string, providerRef: string, maxBytes: number): Promise<FetchedMedia> {
    if (!/^https?:\/\//i.test(providerRef)) {
      throw new ChannelSendError(false, 'MEDIA_UNAVAILABLE', 'attachment without a URL');
    }
    let response: Response;
    try {
      response = await fetch(providerRef, { signal: AbortSignal.timeout(this.settings.timeoutMs) });
    } catch (error) {
      throw new ChannelSendError(true, 'MEDIA_UNAVAILABLE', `no answer from the CDN (${(error as Error).name})`);
    }
    if (!response.ok || !response.body) {
      await response.body?.cancel();
      // An expired URL stays expired; only the CDN's own trouble may pass.
      throw new ChannelSendError(response.status >= 500, 'MEDIA_UNAVAILABLE', `download answered ${response.status}`);
    }
    const length = Number(response.headers.get('content-length'));
    if (Number.isFinite(length) && length > maxBytes) {
      await response.body.cancel();
      throw new ChannelSendError(false, 'MEDIA_TOO_LARGE', `${length} bytes`);
    }
    return {
      body: response.body,
      mimeType: response.headers.get('content-type')?.split(';')[0].trim() || null,
      size: Number.isFinite(length) && length > 0 ? length : null,
    };
  }

  textLimit(visibility: Visibility): { max: number; count(text: string): number } {
    return { max: visibility === 'public' ? MAX_COMMENT_TEXT : MAX_MESSENGER_TEXT, count: messengerLength };
  }

  listTemplates(): Promise<MessageTemplateDto[]> {
    // Messenger has no approved templates: within 7 days the HUMAN_AGENT tag, after that no reply.
    return Promise.resolve([]);
  }

  private async graph<T>(path: string, init: RequestInit, pageToken: string | undefined): Promise<T> {
    const { graph, timeoutMs } = this.settings;
    let response: Response;
    try {
      response = await fetch(`${graph}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${pageToken ?? ''}`, 'content-type': 'application/json' },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      this.logger.warn(`Graph API request failed: ${(error as Error).name}`);
      throw new ChannelSendError(
        true,
        'PROVIDER_UNAVAILABLE',
        `no answer from the Graph API (${(error as Error).name})`,
      );
    }
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    if (response.ok && parsed && typeof parsed === 'object') return parsed as T;
    const error = (parsed as GraphError | null)?.error;
    if (response.status >= 500 || !error || typeof error.code !== 'number') {
      throw new ChannelSendError(
        response.status >= 500 || response.status === 429,
        response.status === 429 ? 'RATE_LIMITED' : 'PROVIDER_UNAVAILABLE',
        `Graph API answered ${response.status}`,
      );
    }
    const subcode = typeof error.error_subcode === 'number' ? error.error_subcode : null;
    const failureCode = messengerFailureCode(error.code, subcode);
    const detail = `${error.code}${subcode ? `/${subcode}` : ''}: ${error.message ?? 'no message'}`;
    throw new ChannelSendError(isRetryableMessengerCode(failureCode), failureCode, detail);
  }
}

import { Injectable, Logger } from '@nestjs/common';
import type { ChannelCredentials, MessageTemplateDto } from '@ingang/shared';
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
import { isRetryableWhatsAppCode, whatsappFailureCode } from './whatsapp-errors';
import { parseWhatsAppWebhook } from './whatsapp-webhook.parser';

const TEMPLATE_CACHE_MS = 5 * 60_000;

interface GraphError {
  error?: { code?: number; message?: string; error_data?: { details?: string } };
}

/** WhatsApp Cloud API: Meta's webhooks in, the Graph API out. */
@Injectable()
export class WhatsAppAdapter implements ChannelAdapter {
  readonly channel = 'whatsapp' as const;
  private readonly logger = new Logger(WhatsAppAdapter.name);
  private readonly templateCache = new Map<string, { at: number; templates: MessageTemplateDto[] }>();

  constructor(
    private readonly config: AppConfig,
    private readonly accounts: AccountCredentials,
  ) {}

  private get settings() {
    const v = this.config.values;
    return {
      graph: `${v.WHATSAPP_API_BASE.replace(/\/+$/, '')}/${v.WHATSAPP_API_VERSION}`,
      timeoutMs: v.PROVIDER_TIMEOUT_MS,
    };
  }

  /** The WHATSAPP_* settings, for the numbers without an account of their own (and the fields an account leaves out). */
  private get environment(): ChannelCredentials<'whatsapp'> {
    const v = this.config.values;
    return {
      settings: { businessAccountId: v.WHATSAPP_BUSINESS_ACCOUNT_ID },
      secrets: {
        appSecret: v.WHATSAPP_APP_SECRET,
        verifyToken: v.WHATSAPP_VERIFY_TOKEN,
        accessToken: v.WHATSAPP_ACCESS_TOKEN,
      },
    };
  }

  /** The credentials of one of our phone numbers (`phone_number_id`). */
  private credentials(accountId: string) {
    return this.accounts.forAccount(this.channel, accountId, this.environment, (env) =>
      Boolean(env.secrets.accessToken),
    );
  }

  isConfigured(): Promise<boolean> {
    return this.accounts.configured(this.channel, Boolean(this.config.values.WHATSAPP_APP_SECRET));
  }

  handshake(query: Record<string, unknown>): Promise<HandshakeResult> {
    return metaHandshake(this.accounts, this.channel, this.environment.secrets.verifyToken, query);
  }

  verifySignature(headers: Record<string, string | string[] | undefined>, rawBody: Buffer): Promise<boolean> {
    return metaSignatureValid(this.accounts, this.channel, this.environment.secrets.appSecret, headers, rawBody);
  }

  parseWebhook(body: unknown, receivedAt: Date): InboundItem[] {
    return parseWhatsAppWebhook(body, receivedAt);
  }

  async send(request: OutboundRequest): Promise<{ providerMessageId: string }> {
    const payload: Record<string, unknown> = {
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: request.to,
    };
    if (request.content.kind === 'text') {
      payload.type = 'text';
      payload.text = { preview_url: false, body: request.content.text };
    } else {
      const { name, language, parameters } = request.content;
      payload.type = 'template';
      payload.template = {
        name,
        language: { code: language },
        ...(parameters.length > 0
          ? { components: [{ type: 'body', parameters: parameters.map((text) => ({ type: 'text', text })) }] }
          : {}),
      };
    }
    const { secrets } = await this.credentials(request.accountId);
    const answer = await this.graph<{ messages?: { id?: string }[] }>(
      `/${encodeURIComponent(request.accountId)}/messages`,
      { method: 'POST', body: JSON.stringify(payload) },
      secrets.accessToken,
    );
    const id = answer.messages?.[0]?.id;
    if (!id) throw new ChannelSendError(true, 'PROVIDER_UNAVAILABLE', 'Graph API answered without a message id');
    return { providerMessageId: id };
  }

  async fetchMedia(accountId: string, providerRef: string, maxBytes: number): Promise<FetchedMedia> {
    const { accessToken } = (await this.credentials(accountId)).secrets;
    const meta = await this.graph<{ url?: string; mime_type?: string; file_size?: number }>(
      `/${encodeURIComponent(providerRef)}`,
      { method: 'GET' },
      accessToken,
    );
    if (!meta.url) throw new ChannelSendError(false, 'MEDIA_UNAVAILABLE', 'Graph API gave no media URL');
    if (typeof meta.file_size === 'number' && meta.file_size > maxBytes) {
      throw new ChannelSendError(false, 'MEDIA_TOO_LARGE', `${meta.file_size} bytes`);
    }
    // The media URL is short-lived and needs the same bearer token.
    const response = await this.request(meta.url, { method: 'GET' }, accessToken);
    if (!response.ok || !response.body) {
      throw new ChannelSendError(response.status >= 500, 'MEDIA_UNAVAILABLE', `download answered ${response.status}`);
    }
    return {
      body: response.body,
      mimeType: meta.mime_type ?? response.headers.get('content-type'),
      size: typeof meta.file_size === 'number' ? meta.file_size : null,
    };
  }

  async listTemplates(accountId: string): Promise<MessageTemplateDto[]> {
    const { settings, secrets } = await this.credentials(accountId);
    const wabaId = settings.businessAccountId;
    if (!wabaId) return [];
    const cached = this.templateCache.get(wabaId);
    if (cached && Date.now() - cached.at < TEMPLATE_CACHE_MS) return cached.templates;
    const templates: MessageTemplateDto[] = [];
    let path: string | null =
      `/${encodeURIComponent(wabaId)}/message_templates?fields=name,language,status,category,components&limit=100`;
    for (let page = 0; path && page < 20; page += 1) {
      const answer: {
        data?: {
          name?: string;
          language?: string;
          status?: string;
          category?: string;
          components?: { type?: string; text?: string }[];
        }[];
        paging?: { next?: string };
      } = await this.graph(path, { method: 'GET' }, secrets.accessToken);
      for (const template of answer.data ?? []) {
        if (template.status !== 'APPROVED' || !template.name || !template.language) continue;
        const body = template.components?.find((component) => component.type === 'BODY')?.text ?? '';
        templates.push({
          name: template.name,
          language: template.language,
          category: template.category ?? '',
          body,
          parameterCount: new Set(body.match(/\{\{\s*\d+\s*\}\}/g) ?? []).size,
        });
      }
      path = answer.paging?.next ?? null;
    }
    this.templateCache.set(wabaId, { at: Date.now(), templates });
    return templates;
  }

  private async graph<T>(pathOrUrl: string, init: RequestInit, accessToken: string | undefined): Promise<T> {
    const response = await this.request(pathOrUrl, init, accessToken);
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    if (response.ok && parsed && typeof parsed === 'object') return parsed as T;
    const error = (parsed as GraphError | null)?.error;
    if (response.status >= 500 || !error) {
      throw new ChannelSendError(
        response.status >= 500 || response.status === 429,
        'PROVIDER_UNAVAILABLE',
        `Graph API answered ${response.status}`,
      );
    }
    const failureCode = whatsappFailureCode(Number(error.code));
    const detail = error.error_data?.details ?? error.message ?? `code ${String(error.code)}`;
    throw new ChannelSendError(isRetryableWhatsAppCode(failureCode), failureCode, `${error.code}: ${detail}`);
  }

  private async request(pathOrUrl: string, init: RequestInit, accessToken: string | undefined): Promise<Response> {
    const { graph, timeoutMs } = this.settings;
    const url = /^https?:\/\//.test(pathOrUrl) ? pathOrUrl : `${graph}${pathOrUrl}`;
    try {
      return await fetch(url, {
        ...init,
        headers: {
          authorization: `Bearer ${accessToken ?? ''}`,
          'content-type': 'application/json',
        },
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
  }
}

import { Injectable, Logger } from '@nestjs/common';
import type { MessageTemplateDto } from '@ingang/shared';
import { AppConfig } from '../../config/app-config';
import {
  ChannelSendError,
  type ChannelAdapter,
  type FetchedMedia,
  type HandshakeResult,
  type InboundItem,
  type OutboundRequest,
} from '../channel.adapter';
import { hmacSha256, signatureMatches } from '../hmac';
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

  constructor(private readonly config: AppConfig) {}

  private get settings() {
    const v = this.config.values;
    return {
      appSecret: v.WHATSAPP_APP_SECRET,
      verifyToken: v.WHATSAPP_VERIFY_TOKEN,
      accessToken: v.WHATSAPP_ACCESS_TOKEN,
      wabaId: v.WHATSAPP_BUSINESS_ACCOUNT_ID,
      graph: `${v.WHATSAPP_API_BASE.replace(/\/+$/, '')}/${v.WHATSAPP_API_VERSION}`,
      timeoutMs: v.PROVIDER_TIMEOUT_MS,
    };
  }

  isConfigured(): boolean {
    return Boolean(this.settings.appSecret);
  }

  handshake(query: Record<string, unknown>): HandshakeResult {
    const { verifyToken } = this.settings;
    const ok =
      query['hub.mode'] === 'subscribe' &&
      typeof query['hub.verify_token'] === 'string' &&
      verifyToken !== undefined &&
      signatureMatches(query['hub.verify_token'], verifyToken) &&
      typeof query['hub.challenge'] === 'string';
    return ok ? { status: 200, body: query['hub.challenge'] as string } : { status: 403, body: 'Forbidden' };
  }

  verifySignature(headers: Record<string, string | string[] | undefined>, rawBody: Buffer): boolean {
    const secret = this.settings.appSecret;
    if (!secret) return false;
    // Meta signs the bytes it sent (with \uXXXX escapes); re-serialised JSON would not match.
    return signatureMatches(headers['x-hub-signature-256'], `sha256=${hmacSha256(secret, rawBody, 'hex')}`);
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
    const answer = await this.graph<{ messages?: { id?: string }[] }>(
      `/${encodeURIComponent(request.accountId)}/messages`,
      {
        method: 'POST',
        body: JSON.stringify(payload),
      },
    );
    const id = answer.messages?.[0]?.id;
    if (!id) throw new ChannelSendError(true, 'PROVIDER_UNAVAILABLE', 'Graph API answered without a message id');
    return { providerMessageId: id };
  }

  async fetchMedia(_accountId: string, providerRef: string, maxBytes: number): Promise<FetchedMedia> {
    const meta = await this.graph<{ url?: string; mime_type?: string; file_size?: number }>(
      `/${encodeURIComponent(providerRef)}`,
      { method: 'GET' },
    );
    if (!meta.url) throw new ChannelSendError(false, 'MEDIA_UNAVAILABLE', 'Graph API gave no media URL');
    if (typeof meta.file_size === 'number' && meta.file_size > maxBytes) {
      throw new ChannelSendError(false, 'MEDIA_TOO_LARGE', `${meta.file_size} bytes`);
    }
    // The media URL is short-lived and needs the same bearer token.
    const response = await this.request(meta.url, { method: 'GET' });
    if (!response.ok || !response.body) {
      throw new ChannelSendError(response.status >= 500, 'MEDIA_UNAVAILABLE', `download answered ${response.status}`);
    }
    return {
      body: response.body,
      mimeType: meta.mime_type ?? response.headers.get('content-type'),
      size: typeof meta.file_size === 'number' ? meta.file_size : null,
    };
  }

  async listTemplates(_accountId: string): Promise<MessageTemplateDto[]> {
    const { wabaId } = this.settings;
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
      } = await this.graph(path, { method: 'GET' });
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

  private async graph<T>(pathOrUrl: string, init: RequestInit): Promise<T> {
    const response = await this.request(pathOrUrl, init);
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

  private async request(pathOrUrl: string, init: RequestInit): Promise<Response> {
    const { graph, accessToken, timeoutMs } = this.settings;
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

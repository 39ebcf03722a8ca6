import { createHash, randomBytes } from 'node:crypto';
import { closeFake, waitForRecorded, writeJson } from './fake-http';
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  newWamid,
  postMetaWebhook,
  statusUpdate,
  TEST_WABA_ID,
  WINDOW_CLOSED_ERROR,
  type StatusOptions,
  type WhatsAppStatus,
} from '../support/whatsapp-webhooks';

// A stand-in for Meta's Graph API as far as the WhatsApp Cloud API goes: sending messages, fetching media,
// listing templates, and posting status webhooks back. Bodies and errors follow Meta's documented wire format:
// https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes

export interface TemplateComponentParameter {
  type: string;
  text?: string;
  [field: string]: unknown;
}

/** The body of `POST /<version>/<phone-number-id>/messages`, as the client sent it. */
export interface GraphSendBody {
  messaging_product: 'whatsapp';
  recipient_type?: 'individual' | 'group';
  to: string;
  type: string;
  text?: { body: string; preview_url?: boolean };
  template?: {
    name: string;
    language: { code: string; policy?: string };
    components?: { type: string; parameters?: TemplateComponentParameter[]; [field: string]: unknown }[];
  };
  context?: { message_id: string };
  [field: string]: unknown;
}

export interface SentMessage {
  phoneNumberId: string;
  version: string;
  body: GraphSendBody;
  authorization: string | null;
  /** The wamid the fake answered with. */
  id: string;
  at: Date;
}

export interface ReceivedRequest {
  method: string;
  path: string;
  query: string;
  authorization: string | null;
  at: Date;
}

/** An injected answer for a send call: an HTTP error, or no answer for `hangMs` (then the connection drops). */
export type SendFailure =
  | { status: number; body?: unknown }
  // `thenAccept`: Meta did take the message, the client just never heard (a retry then sends it twice).
  | { hangMs: number; thenAccept?: boolean };

export interface FakeTemplate {
  name: string;
  language: string;
  category?: string;
  status?: string;
  body: string;
}

export interface FakeMedia {
  id: string;
  mimeType: string;
  bytes: Buffer;
  fileName?: string;
}

export interface WebhookTarget {
  /** The full webhook URL, e.g. `http://127.0.0.1:3000/webhooks/whatsapp`. */
  url: string;
  appSecret: string;
}

export type DeliveryStatusName = WhatsAppStatus['status'];

export interface PostedStatus {
  wamid: string;
  status: DeliveryStatusName;
  /** The webhook receiver's answer; null when it could not be reached. */
  httpStatus: number | null;
  error: string | null;
}

export interface FakeWhatsAppOptions {
  port?: number;
  /** When given, every call needs `Authorization: Bearer <accessToken>`. */
  accessToken?: string;
  /** When given, only this Graph version is served; otherwise any `vNN.N`. */
  apiVersion?: string;
  webhook?: WebhookTarget;
  /** Status webhooks after each accepted send, each delay counted from the previous status. On by default. */
  autoStatuses?: { delaysMs: [sent: number, delivered: number, read: number] } | false;
  /** When given, template listing answers only for this account. */
  wabaId?: string;
  /** When given, sends from other phone number ids are refused as Graph refuses unknown objects. */
  phoneNumberIds?: string[];
}

export type PostStatusOptions = Pick<StatusOptions, 'recipient' | 'error' | 'phoneNumberId' | 'timestamp' | 'category'>;

const MAX_TEXT_LENGTH = 4096;
const MEDIA_URL_TTL_MS = 5 * 60_000;
const DEFAULT_STATUS_DELAYS: [number, number, number] = [20, 20, 20];
const SEND_TYPES = [
  'audio',
  'contacts',
  'document',
  'image',
  'interactive',
  'location',
  'reaction',
  'sticker',
  'template',
  'text',
  'video',
] as const;
const MEDIA_SEND_TYPES: readonly string[] = ['audio', 'document', 'image', 'sticker', 'video'];

export interface GraphErrorBody {
  error: {
    message: string;
    type: string;
    code: number;
    error_subcode?: number;
    error_data?: { messaging_product: 'whatsapp'; details: string };
    fbtrace_id: string;
  };
}

function fbtraceId(): string {
  return randomBytes(8).toString('base64').replace(/[+/=]/g, '').slice(0, 11);
}

/** Meta's Graph error body; WhatsApp errors carry `error_data` and put `(#code) title` in the message. */
export function graphError(
  code: number,
  title: string,
  options: { type?: string; details?: string; subcode?: number } = {},
): GraphErrorBody {
  return {
    error: {
      message: options.details !== undefined ? `(#${code}) ${title}` : title,
      type: options.type ?? 'OAuthException',
      code,
      ...(options.subcode !== undefined ? { error_subcode: options.subcode } : {}),
      ...(options.details !== undefined
        ? { error_data: { messaging_product: 'whatsapp', details: options.details } }
        : {}),
      fbtrace_id: fbtraceId(),
    },
  };
}

function invalidParameter(title: string, details?: string): { status: number; body: GraphErrorBody } {
  return { status: 400, body: graphError(100, title, { details: details ?? title }) };
}

function unknownObject(method: string, id: string): { status: number; body: GraphErrorBody } {
  return {
    status: 400,
    body: graphError(
      100,
      `Unsupported ${method} request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
      { type: 'GraphMethodException', subcode: 33 },
    ),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function placeholderCount(body: string): number {
  return new Set(body.match(/\{\{\s*\d+\s*\}\}/g)?.map((match) => match.replace(/\s/g, '')) ?? []).size;
}

function templateId(template: FakeTemplate): string {
  const digest = createHash('sha256').update(`${template.name}:${template.language}`).digest();
  return String(digest.readBigUInt64BE(0) % 9_000_000_000_000_000n) + '1';
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

export class FakeWhatsApp {
  readonly sent: SentMessage[] = [];
  readonly requests: ReceivedRequest[] = [];
  readonly postedStatuses: PostedStatus[] = [];

  private readonly events = new EventEmitter();
  private readonly failures: SendFailure[] = [];
  private readonly media = new Map<string, FakeMedia>();
  private readonly mediaUrls = new Map<string, { mediaId: string; expiresAt: number }>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private templates: FakeTemplate[] = [];
  private templatesConfigured = false;
  private webhook: WebhookTarget | null;
  private closed = false;

  private constructor(
    private readonly server: Server,
    readonly baseUrl: string,
    private readonly options: FakeWhatsAppOptions,
  ) {
    this.webhook = options.webhook ?? null;
    this.events.setMaxListeners(0);
  }

  static async start(options: FakeWhatsAppOptions = {}): Promise<FakeWhatsApp> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    const { port } = server.address() as AddressInfo;
    const fake = new FakeWhatsApp(server, `http://127.0.0.1:${port}`, options);
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      fake.handle(request, response).catch((error: unknown) => {
        if (!response.headersSent) {
          fake.json(response, 500, graphError(1, 'An unknown error has occurred.', { type: 'OAuthException' }));
        }
        process.emitWarning(`FakeWhatsApp: ${(error as Error).stack ?? String(error)}`);
      });
    });
    return fake;
  }

  /** The next `count` send calls get this answer instead of being accepted. */
  failNext(count: number, failure: SendFailure): void {
    for (let i = 0; i < count; i += 1) this.failures.push(failure);
  }

  /** Meta's answer to a free-form message more than 24 hours after the citizen's last message. */
  windowClosedError(): { status: 400; body: GraphErrorBody } {
    return {
      status: 400,
      body: graphError(WINDOW_CLOSED_ERROR.code, WINDOW_CLOSED_ERROR.title, { details: WINDOW_CLOSED_ERROR.details }),
    };
  }

  /** Meta's answer when the business number sends faster than its throughput allows. */
  rateLimitedError(): { status: 400; body: GraphErrorBody } {
    return {
      status: 400,
      body: graphError(130429, 'Rate limit hit', {
        details: 'Cloud API message throughput has been reached.',
      }),
    };
  }

  addMedia(media: FakeMedia): void {
    this.media.set(media.id, media);
  }

  setTemplates(templates: FakeTemplate[]): void {
    this.templates = templates.map((template) => ({ ...template }));
    this.templatesConfigured = true;
  }

  setWebhook(webhook: WebhookTarget): void {
    this.webhook = webhook;
  }

  /** Forgets what was sent and received and any pending injected failures. */
  reset(): void {
    this.sent.length = 0;
    this.requests.length = 0;
    this.postedStatuses.length = 0;
    this.failures.length = 0;
  }

  /** Resolves with the first sent message (already sent or still to come) that matches. */
  waitForSent(predicate: (message: SentMessage) => boolean = () => true, timeoutMs = 5000): Promise<SentMessage> {
    return this.waitFor(
      'sent',
      this.sent,
      predicate,
      timeoutMs,
      () => `no matching send within ${timeoutMs} ms; sent so far: ${JSON.stringify(this.sent.map((m) => m.body))}`,
    );
  }

  /** Resolves once a status webhook (automatic or posted by hand) matching the predicate was answered. */
  waitForStatusPosted(
    predicate: (posted: PostedStatus) => boolean = () => true,
    timeoutMs = 5000,
  ): Promise<PostedStatus> {
    return this.waitFor(
      'status',
      this.postedStatuses,
      predicate,
      timeoutMs,
      () => `no matching status webhook within ${timeoutMs} ms; posted so far: ${JSON.stringify(this.postedStatuses)}`,
    );
  }

  /** Calls `listener` for every accepted send from now on; returns the unsubscribe. */
  onSent(listener: (message: SentMessage) => void): () => void {
    this.events.on('sent', listener);
    return () => this.events.off('sent', listener);
  }

  /** Posts a signed status webhook for a message to the configured webhook URL, as Meta does. */
  async postStatus(wamid: string, status: DeliveryStatusName, options: PostStatusOptions = {}): Promise<Response> {
    const webhook = this.webhook;
    if (!webhook) throw new Error('FakeWhatsApp.postStatus: no webhook configured (start({ webhook }) or setWebhook)');
    const original = this.sent.find((message) => message.id === wamid);
    const body = statusUpdate(wamid, status, {
      recipient: options.recipient ?? (original ? original.body.to.replace(/\D/g, '') : undefined),
      phoneNumberId: options.phoneNumberId ?? original?.phoneNumberId,
      wabaId: this.options.wabaId ?? TEST_WABA_ID,
      error: options.error,
      timestamp: options.timestamp,
      category: options.category ?? (original ? this.pricingCategory(original.body) : undefined),
    });
    const record: PostedStatus = { wamid, status, httpStatus: null, error: null };
    try {
      const response = await postMetaWebhook(webhook.url, body, webhook.appSecret);
      record.httpStatus = response.status;
      return response;
    } catch (error) {
      record.error = (error as Error).message;
      throw error;
    } finally {
      this.postedStatuses.push(record);
      this.events.emit('status', record);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await closeFake(this.server, this.timers);
  }

  private waitFor<T>(
    event: string,
    existing: T[],
    predicate: (item: T) => boolean,
    timeoutMs: number,
    describe: () => string,
  ): Promise<T> {
    return waitForRecorded(this.events, event, existing, predicate, timeoutMs, () => `FakeWhatsApp: ${describe()}`);
  }

  private later(delayMs: number, action: () => Promise<void>): void {
    if (this.closed) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.closed) void action();
    }, delayMs);
    this.timers.add(timer);
  }

  private json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    writeJson(response, status, body, {
      'content-type': 'application/json; charset=UTF-8',
      'x-fb-trace-id': fbtraceId(),
      ...headers,
    });
  }

  private isAuthorised(request: IncomingMessage, url: URL): { ok: true } | { ok: false; body: GraphErrorBody } {
    const expected = this.options.accessToken;
    if (expected === undefined) return { ok: true };
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header);
    const token = match ? match[1].trim() : url.searchParams.get('access_token');
    if (token === expected) return { ok: true };
    return {
      ok: false,
      body: graphError(
        190,
        token
          ? 'Invalid OAuth access token - Cannot parse access token'
          : 'An active access token must be used to query information about the current user.',
        { type: 'OAuthException' },
      ),
    };
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.baseUrl);
    const method = request.method ?? 'GET';
    this.requests.push({
      method,
      path: url.pathname,
      query: url.search,
      authorization: request.headers.authorization ?? null,
      at: new Date(),
    });
    const raw = await readBody(request);
    const segments = url.pathname
      .split('/')
      .filter(Boolean)
      .map((segment) => decodeURIComponent(segment));

    const auth = this.isAuthorised(request, url);
    if (!auth.ok) {
      this.json(response, 401, auth.body, {
        'www-authenticate': `OAuth "Facebook Platform" "invalid_token" "${auth.body.error.message}"`,
      });
      return;
    }

    if (segments[0] === 'media-download' && segments.length === 2 && method === 'GET') {
      this.download(response, segments[1], url);
      return;
    }

    const [version, ...rest] = segments;
    const versionOk =
      version !== undefined &&
      /^v\d+\.\d+$/.test(version) &&
      (this.options.apiVersion === undefined || version === this.options.apiVersion);
    if (!versionOk) {
      this.json(response, 400, graphError(2500, `Unknown path components: ${url.pathname}`));
      return;
    }

    if (method === 'POST' && rest.length === 2 && rest[1] === 'messages') {
      await this.send(response, version, rest[0], raw, request.headers.authorization ?? null);
      return;
    }
    if (method === 'GET' && rest.length === 2 && rest[1] === 'message_templates') {
      this.listTemplates(response, version, rest[0], url);
      return;
    }
    if (method === 'GET' && rest.length === 1) {
      this.retrieveMedia(response, rest[0]);
      return;
    }
    if (rest.length === 1) {
      const failure = unknownObject(method.toLowerCase(), rest[0]);
      this.json(response, failure.status, failure.body);
      return;
    }
    this.json(response, 400, graphError(2500, `Unknown path components: /${rest.slice(1).join('/')}`));
  }

  private async send(
    response: ServerResponse,
    version: string,
    phoneNumberId: string,
    raw: Buffer,
    authorization: string | null,
  ): Promise<void> {
    const failure = this.failures.shift();
    if (failure && 'hangMs' in failure) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          resolve();
        }, failure.hangMs);
        this.timers.add(timer);
      });
      if (!failure.thenAccept) {
        response.socket?.destroy();
        return;
      }
    } else if (failure) {
      this.json(response, failure.status, failure.body ?? graphError(1, 'An unknown error has occurred.'));
      return;
    }

    if (this.options.phoneNumberIds && !this.options.phoneNumberIds.includes(phoneNumberId)) {
      const unknown = unknownObject('post', phoneNumberId);
      this.json(response, unknown.status, unknown.body);
      return;
    }

    let parsed: unknown;
    try {
      parsed = JSON.parse(raw.toString('utf8'));
    } catch {
      const invalid = invalidParameter('Invalid parameter', 'The request body is not valid JSON');
      this.json(response, invalid.status, invalid.body);
      return;
    }
    const rejection = this.validateSend(parsed);
    if (rejection) {
      this.json(response, rejection.status, rejection.body);
      return;
    }
    const body = parsed as GraphSendBody;
    const waId = body.to.replace(/\D/g, '');
    const message: SentMessage = { phoneNumberId, version, body, authorization, id: newWamid(waId), at: new Date() };
    this.sent.push(message);
    this.events.emit('sent', message);
    this.json(response, 200, {
      messaging_product: 'whatsapp',
      contacts: [{ input: body.to, wa_id: waId }],
      messages: [{ id: message.id, ...(body.type === 'template' ? { message_status: 'accepted' } : {}) }],
    });
    this.scheduleStatuses(message);
  }

  private validateSend(body: unknown): { status: number; body: GraphErrorBody } | null {
    if (!isObject(body)) return invalidParameter('Invalid parameter', 'The request body must be a JSON object');
    if (body.messaging_product === undefined) {
      return invalidParameter('The parameter messaging_product is required.');
    }
    if (body.messaging_product !== 'whatsapp') {
      return invalidParameter(
        `Param messaging_product must be one of {WHATSAPP} - got "${String(body.messaging_product)}".`,
      );
    }
    if (body.recipient_type !== undefined && body.recipient_type !== 'individual' && body.recipient_type !== 'group') {
      return invalidParameter('Invalid parameter', `recipient_type must be "individual" or "group"`);
    }
    if (typeof body.to !== 'string' || body.to.trim() === '') return invalidParameter('The parameter to is required.');
    if (!/^\+?[\d\s()-]{6,20}$/.test(body.to)) {
      return invalidParameter('Invalid parameter', `Parameter 'to' is not a valid phone number: ${body.to}`);
    }
    // Meta sends text when no type is given.
    const type = body.type ?? 'text';
    if (typeof type !== 'string' || !(SEND_TYPES as readonly string[]).includes(type)) {
      return invalidParameter(
        `Param type must be one of {${SEND_TYPES.map((t) => t.toUpperCase()).join(', ')}} - got "${String(type)}".`,
      );
    }
    if (body.context !== undefined && (!isObject(body.context) || typeof body.context.message_id !== 'string')) {
      return invalidParameter("The parameter context['message_id'] is required.");
    }
    const payload = body[type];
    if (!isObject(payload) && !(type === 'contacts' && Array.isArray(payload))) {
      return invalidParameter(`The parameter ${type} is required.`);
    }
    if (type === 'text') {
      const text = (payload as Record<string, unknown>).body;
      if (typeof text !== 'string' || text.length === 0)
        return invalidParameter("The parameter text['body'] is required.");
      if (text.length > MAX_TEXT_LENGTH) {
        return invalidParameter(`Param text['body'] must be at most ${MAX_TEXT_LENGTH} characters long.`);
      }
    }
    if (type === 'template') return this.validateTemplate(payload as Record<string, unknown>);
    if (MEDIA_SEND_TYPES.includes(type)) {
      const media = payload as Record<string, unknown>;
      if (typeof media.id !== 'string' && typeof media.link !== 'string') {
        return invalidParameter(`Param ${type} must have either 'id' or 'link'.`);
      }
    }
    if (type === 'reaction' && typeof (payload as Record<string, unknown>).message_id !== 'string') {
      return invalidParameter("The parameter reaction['message_id'] is required.");
    }
    if (type === 'location') {
      const location = payload as Record<string, unknown>;
      if (typeof location.latitude !== 'number' || typeof location.longitude !== 'number') {
        return invalidParameter("The parameters location['latitude'] and location['longitude'] are required.");
      }
    }
    if (type === 'interactive') {
      const interactive = payload as Record<string, unknown>;
      if (typeof interactive.type !== 'string' || !isObject(interactive.action)) {
        return invalidParameter("The parameters interactive['type'] and interactive['action'] are required.");
      }
    }
    return null;
  }

  private validateTemplate(template: Record<string, unknown>): { status: number; body: GraphErrorBody } | null {
    if (typeof template.name !== 'string' || template.name === '') {
      return invalidParameter("The parameter template['name'] is required.");
    }
    if (!isObject(template.language) || typeof template.language.code !== 'string') {
      return invalidParameter("The parameter template['language']['code'] is required.");
    }
    if (!this.templatesConfigured) return null;
    const name = template.name;
    const code = template.language.code;
    const known = this.templates.find((candidate) => candidate.name === name && candidate.language === code);
    const status = (known?.status ?? 'APPROVED').toUpperCase();
    if (!known || (status !== 'APPROVED' && status !== 'PAUSED' && status !== 'DISABLED')) {
      return {
        status: 404,
        body: graphError(132001, 'Template name does not exist in the translation', {
          details: `template name (${name}) does not exist in ${code}`,
        }),
      };
    }
    if (status === 'PAUSED') {
      return { status: 400, body: graphError(132015, 'Template is paused', { details: `Template ${name} is paused` }) };
    }
    if (status === 'DISABLED') {
      return {
        status: 400,
        body: graphError(132016, 'Template is disabled', { details: `Template ${name} is disabled` }),
      };
    }
    const components = Array.isArray(template.components) ? template.components.filter(isObject) : [];
    const bodyComponent = components.find((component) => String(component.type).toLowerCase() === 'body');
    const given = bodyComponent && Array.isArray(bodyComponent.parameters) ? bodyComponent.parameters.length : 0;
    const expected = placeholderCount(known.body);
    if (given !== expected) {
      return {
        status: 400,
        body: graphError(132000, 'Number of parameters does not match the expected number of params', {
          details: `body: number of localizable_params (${given}) does not match the expected number of params (${expected})`,
        }),
      };
    }
    return null;
  }

  private pricingCategory(body: GraphSendBody): NonNullable<StatusOptions['category']> {
    if (body.type !== 'template' || !body.template) return 'service';
    const name = body.template.name;
    const category = this.templates.find((template) => template.name === name)?.category?.toLowerCase();
    return category === 'marketing' || category === 'authentication' ? category : 'utility';
  }

  private scheduleStatuses(message: SentMessage): void {
    const auto = this.options.autoStatuses;
    if (auto === false || !this.webhook) return;
    const delays = auto?.delaysMs ?? DEFAULT_STATUS_DELAYS;
    // A reaction only ever gets `sent`.
    const steps: DeliveryStatusName[] = message.body.type === 'reaction' ? ['sent'] : ['sent', 'delivered', 'read'];
    const step = (index: number): void => {
      if (index >= steps.length) return;
      this.later(delays[index], async () => {
        await this.postStatus(message.id, steps[index]).catch(() => undefined);
        step(index + 1);
      });
    };
    step(0);
  }

  private retrieveMedia(response: ServerResponse, mediaId: string): void {
    const media = this.media.get(mediaId);
    if (!media) {
      const failure = unknownObject('get', mediaId);
      this.json(response, failure.status, failure.body);
      return;
    }
    const token = randomBytes(24).toString('hex');
    this.mediaUrls.set(token, { mediaId, expiresAt: Date.now() + MEDIA_URL_TTL_MS });
    // In this answer (unlike in the webhook) sha256 is hex and file_size a number.
    this.json(response, 200, {
      messaging_product: 'whatsapp',
      url: `${this.baseUrl}/media-download/${encodeURIComponent(mediaId)}?token=${token}`,
      mime_type: media.mimeType,
      sha256: createHash('sha256').update(media.bytes).digest('hex'),
      file_size: media.bytes.length,
      id: media.id,
    });
  }

  private download(response: ServerResponse, mediaId: string, url: URL): void {
    const grant = this.mediaUrls.get(url.searchParams.get('token') ?? '');
    const media = this.media.get(mediaId);
    if (!grant || grant.mediaId !== mediaId || grant.expiresAt < Date.now() || !media) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('URL signature expired');
      return;
    }
    response.writeHead(200, {
      'content-type': media.mimeType,
      'content-length': String(media.bytes.length),
      ...(media.fileName ? { 'content-disposition': `attachment; filename="${media.fileName}"` } : {}),
    });
    response.end(media.bytes);
  }

  private listTemplates(response: ServerResponse, version: string, wabaId: string, url: URL): void {
    if (this.options.wabaId !== undefined && wabaId !== this.options.wabaId) {
      const failure = unknownObject('get', wabaId);
      this.json(response, failure.status, failure.body);
      return;
    }
    const nameFilter = url.searchParams.get('name');
    const all = this.templates.filter((template) => nameFilter === null || template.name.includes(nameFilter));
    const limit = Math.max(1, Math.min(Number(url.searchParams.get('limit') ?? 25) || 25, 1000));
    const after = url.searchParams.get('after');
    const offset = after
      ? Number(
          Buffer.from(after, 'base64url')
            .toString('utf8')
            .replace(/^offset:/, ''),
        ) || 0
      : 0;
    const page = all.slice(offset, offset + limit);
    const requested = url.searchParams
      .get('fields')
      ?.split(',')
      .map((field) => field.trim());
    const data = page.map((template) => {
      const full: Record<string, unknown> = {
        name: template.name,
        parameter_format: 'POSITIONAL',
        components: [{ type: 'BODY', text: template.body }],
        language: template.language,
        status: (template.status ?? 'APPROVED').toUpperCase(),
        category: (template.category ?? 'UTILITY').toUpperCase(),
        id: templateId(template),
      };
      if (!requested) return full;
      // Graph answers only the fields asked for, and always the id.
      return Object.fromEntries(Object.entries(full).filter(([field]) => field === 'id' || requested.includes(field)));
    });
    const cursor = (position: number) => Buffer.from(`offset:${position}`).toString('base64url');
    const paging: Record<string, unknown> = {
      cursors: { before: cursor(offset), after: cursor(offset + page.length) },
    };
    const nextUrl = (position: number) => {
      const next = new URL(`${this.baseUrl}/${version}/${encodeURIComponent(wabaId)}/message_templates`);
      for (const [key, value] of url.searchParams)
        if (key !== 'after' && key !== 'before') next.searchParams.set(key, value);
      next.searchParams.set('limit', String(limit));
      next.searchParams.set('after', cursor(position));
      return next.toString();
    };
    if (offset + page.length < all.length) paging.next = nextUrl(offset + page.length);
    this.json(response, 200, { data, paging });
  }
}

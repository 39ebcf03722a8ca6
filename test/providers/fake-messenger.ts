import { createHash, randomBytes } from 'node:crypto';
import { closeFake, waitForRecorded, writeJson } from './fake-http';
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  deliveryEvent,
  echoMessage,
  newMid,
  readEvent,
  TEST_APP_ID,
  TEST_PAGE_ID,
} from '../support/messenger-webhooks';
import { postMetaWebhook } from '../support/whatsapp-webhooks';
import { graphError, type GraphErrorBody } from './fake-whatsapp';

// A stand-in for Meta's Graph API as far as a Facebook Page goes: the Send API (messages and private replies to
// comments), comment replies, the CDN that serves attachments, and the webhooks Meta posts back (echoes, delivery and
// read receipts). Bodies and errors follow Meta's documented wire format:
// https://developers.facebook.com/docs/messenger-platform/reference/send-api/
// https://developers.facebook.com/docs/messenger-platform/error-codes

const MAX_TEXT_LENGTH = 2000;
const MAX_METADATA_LENGTH = 1000;
const MESSAGING_TYPES = ['RESPONSE', 'UPDATE', 'MESSAGE_TAG'] as const;
const MESSAGE_TAGS = ['HUMAN_AGENT', 'CONFIRMED_EVENT_UPDATE', 'POST_PURCHASE_UPDATE', 'ACCOUNT_UPDATE'] as const;

/** The body of `POST /<version>/<page-id|me>/messages`, as the client sent it. */
export interface SendApiBody {
  recipient: { id?: string; comment_id?: string; post_id?: string; user_ref?: string };
  messaging_type: (typeof MESSAGING_TYPES)[number];
  tag?: (typeof MESSAGE_TAGS)[number];
  message: { text?: string; attachment?: unknown; metadata?: string; quick_replies?: unknown[] };
  [field: string]: unknown;
}

interface SentBase {
  version: string;
  authorization: string | null;
  /** The id the fake answered with: a mid for messages, a comment id for comments. */
  id: string;
  at: Date;
}

/** Everything the fake accepted, in the form it arrived. */
export type SentItem =
  | (SentBase & { kind: 'message'; pageId: string; recipientId: string; body: SendApiBody })
  | (SentBase & { kind: 'private-reply'; pageId: string; recipientId: string; commentId: string; body: SendApiBody })
  | (SentBase & { kind: 'comment'; objectId: string; message: string });

export interface ReceivedRequest {
  method: string;
  path: string;
  query: string;
  authorization: string | null;
  at: Date;
}

/** An injected answer for the next write: an HTTP error, or no answer for `hangMs` (then the connection drops). */
export type SendFailure =
  | { status: number; body?: unknown }
  // `thenAccept`: Meta did take it, the client just never heard (a retry then sends it twice).
  | { hangMs: number; thenAccept?: boolean };

export interface FakeAttachment {
  bytes: Buffer;
  mimeType: string;
  /** The file's own name, which Meta puts at the end of the URL path. */
  fileName?: string;
}

export interface WebhookTarget {
  /** The full webhook URL, e.g. `http://127.0.0.1:3000/webhooks/messenger`. */
  url: string;
  appSecret: string;
}

export interface PostedWebhook {
  kind: 'echo' | 'delivery' | 'read';
  psid: string;
  /** The webhook receiver's answer; null when it could not be reached. */
  httpStatus: number | null;
  error: string | null;
}

export interface FakeMessengerOptions {
  port?: number;
  /** When given, every Graph call needs this page token (as `Authorization: Bearer` or `access_token`). */
  pageToken?: string;
  /** The Page; `/me/messages` is this Page, other page ids are refused as unknown objects. */
  pageId?: string;
  /** When given, only this Graph version is served; otherwise any `vNN.N`. */
  apiVersion?: string;
  webhook?: WebhookTarget;
  /** Post `message_echoes` for every message the Page sends, as Meta does when the field is subscribed. On by default. */
  echoes?: boolean;
  /** Post delivery and read receipts after each message, each delay counted from the previous one. Off by default. */
  autoReceipts?: { delaysMs: [delivered: number, read: number] } | false;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function invalidParameter(message: string, subcode?: number): { status: number; body: GraphErrorBody } {
  return {
    status: 400,
    body: graphError(100, `(#100) ${message}`, { type: 'OAuthException', ...(subcode ? { subcode } : {}) }),
  };
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

/** Meta answers the private reply with the person's page-scoped id; the fake derives a stable one from the comment. */
function psidForComment(commentId: string): string {
  const digest = createHash('sha256').update(`comment-author:${commentId}`).digest();
  return String(1_000_000_000_000_000n + (digest.readBigUInt64BE(0) % 8_999_999_999_999_999n)).slice(0, 16);
}

export class FakeMessenger {
  readonly sent: SentItem[] = [];
  readonly requests: ReceivedRequest[] = [];
  readonly posted: PostedWebhook[] = [];
  readonly pageId: string;

  private readonly events = new EventEmitter();
  private readonly failures: SendFailure[] = [];
  private readonly attachments = new Map<string, FakeAttachment & { expired: boolean }>();
  private readonly privatelyAnswered = new Set<string>();
  private readonly removedObjects = new Set<string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private webhook: WebhookTarget | null;
  private closed = false;

  private constructor(
    private readonly server: Server,
    readonly baseUrl: string,
    private readonly options: FakeMessengerOptions,
  ) {
    this.webhook = options.webhook ?? null;
    this.pageId = options.pageId ?? TEST_PAGE_ID;
    this.events.setMaxListeners(0);
  }

  static async start(options: FakeMessengerOptions = {}): Promise<FakeMessenger> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    const { port } = server.address() as AddressInfo;
    const fake = new FakeMessenger(server, `http://127.0.0.1:${port}`, options);
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      fake.handle(request, response).catch((error: unknown) => {
        if (!response.headersSent) fake.json(response, 500, graphError(1, 'An unknown error has occurred.'));
        process.emitWarning(`FakeMessenger: ${(error as Error).stack ?? String(error)}`);
      });
    });
    return fake;
  }

  /** The next `count` writes (messages, private replies, comments) get this answer instead of being accepted. */
  failNext(count: number, failure: SendFailure): void {
    for (let i = 0; i < count; i += 1) this.failures.push(failure);
  }

  /** What Meta answers a free message once the citizen's window has closed (error 551, subcode 1545041). */
  windowClosedError(): { status: 400; body: GraphErrorBody } {
    return {
      status: 400,
      body: graphError(551, "(#551) This person isn't available right now.", {
        type: 'OAuthException',
        subcode: 1545041,
      }),
    };
  }

  /** What Meta answers a message sent outside the allowed window without a fitting tag (error 10, subcode 2018278). */
  outsideWindowError(): { status: 400; body: GraphErrorBody } {
    return {
      status: 400,
      body: graphError(
        10,
        '(#10) This message is sent outside of allowed window. Learn more about the new policy here: https://developers.facebook.com/docs/messenger-platform/policy-overview',
        { type: 'OAuthException', subcode: 2018278 },
      ),
    };
  }

  /** What Meta answers when the Page sends faster than its rate limit allows. */
  rateLimitedError(): { status: 400; body: GraphErrorBody } {
    return {
      status: 400,
      body: graphError(613, '(#613) Calls to this api have exceeded the rate limit.', { type: 'OAuthException' }),
    };
  }

  /** Meta's own outage. */
  unavailableError(): { status: 503; body: GraphErrorBody } {
    return { status: 503, body: graphError(2, 'Service temporarily unavailable', { type: 'OAuthException' }) };
  }

  /** Serves a file as Meta's CDN would; the URL goes into an attachment's `payload.url`. */
  addAttachment(attachment: FakeAttachment): string {
    const id = randomBytes(8).toString('hex');
    this.attachments.set(id, { ...attachment, expired: false });
    const name = encodeURIComponent(attachment.fileName ?? `${id}_n`);
    return `${this.baseUrl}/cdn/v/t39.1997-6/${id}/${name}?_nc_cat=1&oh=${randomBytes(6).toString('hex')}&oe=6939B5DC`;
  }

  /** The CDN URL stops working, as Meta's signed URLs do after a while. */
  expireAttachment(url: string): void {
    const attachment = this.attachments.get(new URL(url).pathname.split('/')[4] ?? '');
    if (attachment) attachment.expired = true;
  }

  /** A comment or post that was deleted on Facebook: replies to it are refused as to an unknown object. */
  removeObject(id: string): void {
    this.removedObjects.add(id);
  }

  setWebhook(webhook: WebhookTarget): void {
    this.webhook = webhook;
  }

  /** Forgets what was sent, received and posted, and any pending injected failures. */
  reset(): void {
    this.sent.length = 0;
    this.requests.length = 0;
    this.posted.length = 0;
    this.failures.length = 0;
  }

  /** Resolves with the first accepted write (already made or still to come) that matches. */
  waitForSent(predicate: (item: SentItem) => boolean = () => true, timeoutMs = 5000): Promise<SentItem> {
    return this.waitFor('sent', this.sent, predicate, timeoutMs, () => {
      return `no matching send within ${timeoutMs} ms; sent so far: ${JSON.stringify(this.sent)}`;
    });
  }

  /** Resolves once a webhook the fake posted (echo, delivery, read) matching the predicate was answered. */
  waitForPosted(predicate: (posted: PostedWebhook) => boolean = () => true, timeoutMs = 5000): Promise<PostedWebhook> {
    return this.waitFor('posted', this.posted, predicate, timeoutMs, () => {
      return `no matching webhook within ${timeoutMs} ms; posted so far: ${JSON.stringify(this.posted)}`;
    });
  }

  /** Posts a signed delivery receipt: everything sent to `psid` up to `watermark` (default now) arrived. */
  postDelivery(psid: string, watermark: Date = new Date(), mids: string[] = []): Promise<Response> {
    return this.post('delivery', psid, deliveryEvent(watermark, mids, { psid, pageId: this.pageId }));
  }

  /** Posts a signed read receipt: `psid` read everything up to `watermark` (default now). */
  postRead(psid: string, watermark: Date = new Date()): Promise<Response> {
    return this.post('read', psid, readEvent(watermark, { psid, pageId: this.pageId }));
  }

  async close(): Promise<void> {
    this.closed = true;
    await closeFake(this.server, this.timers);
  }

  private async post(kind: PostedWebhook['kind'], psid: string, body: unknown): Promise<Response> {
    const webhook = this.webhook;
    if (!webhook) throw new Error('FakeMessenger: no webhook configured (start({ webhook }) or setWebhook)');
    const record: PostedWebhook = { kind, psid, httpStatus: null, error: null };
    try {
      const response = await postMetaWebhook(webhook.url, body, webhook.appSecret);
      record.httpStatus = response.status;
      return response;
    } catch (error) {
      record.error = (error as Error).message;
      throw error;
    } finally {
      this.posted.push(record);
      this.events.emit('posted', record);
    }
  }

  private waitFor<T>(
    event: string,
    existing: T[],
    predicate: (item: T) => boolean,
    timeoutMs: number,
    describe: () => string,
  ): Promise<T> {
    return waitForRecorded(this.events, event, existing, predicate, timeoutMs, () => `FakeMessenger: ${describe()}`);
  }

  private later(delayMs: number, action: () => Promise<unknown>): void {
    if (this.closed) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.closed) void action().catch(() => undefined);
    }, delayMs);
    this.timers.add(timer);
  }

  private json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    writeJson(response, status, body, {
      'content-type': 'application/json; charset=UTF-8',
      'x-fb-trace-id': randomBytes(8).toString('base64url').slice(0, 11),
      ...headers,
    });
  }

  private tokenOf(request: IncomingMessage, url: URL): string | null {
    const match = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '');
    return match ? match[1].trim() : url.searchParams.get('access_token');
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

    // The CDN needs no token: the URL itself is signed.
    if (segments[0] === 'cdn' && method === 'GET') {
      this.download(response, segments[3] ?? '');
      return;
    }

    const expected = this.options.pageToken;
    const token = this.tokenOf(request, url);
    if (expected !== undefined && token !== expected) {
      const message = token
        ? 'Invalid OAuth access token - Cannot parse access token'
        : 'An active access token must be used to query information about the current user.';
      this.json(response, 401, graphError(190, message, { type: 'OAuthException' }), {
        'www-authenticate': `OAuth "Facebook Platform" "invalid_token" "${message}"`,
      });
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
    const authorization = request.headers.authorization ?? null;
    if (method === 'POST' && rest.length === 2 && rest[1] === 'messages') {
      await this.write(response, () => this.sendApi(response, version, rest[0], raw, authorization));
      return;
    }
    if (method === 'POST' && rest.length === 2 && rest[1] === 'comments') {
      const contentType = request.headers['content-type'] ?? '';
      await this.write(response, () => this.comment(response, version, rest[0], raw, contentType, authorization));
      return;
    }
    if (rest.length === 1 || rest.length === 2) {
      const failure = unknownObject(method.toLowerCase(), rest[0]);
      this.json(response, failure.status, failure.body);
      return;
    }
    this.json(response, 400, graphError(2500, `Unknown path components: /${rest.slice(1).join('/')}`));
  }

  /** Applies an injected failure, if any, before the write itself. */
  private async write(response: ServerResponse, accept: () => void): Promise<void> {
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
    accept();
  }

  private sendApi(
    response: ServerResponse,
    version: string,
    pageRef: string,
    raw: Buffer,
    authorization: string | null,
  ): void {
    if (pageRef !== 'me' && pageRef !== this.pageId) {
      const unknown = unknownObject('post', pageRef);
      this.json(response, unknown.status, unknown.body);
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw.toString('utf8'));
    } catch {
      const invalid = invalidParameter('The request body is not valid JSON');
      this.json(response, invalid.status, invalid.body);
      return;
    }
    const rejection = this.validateSend(parsed);
    if (rejection) {
      this.json(response, rejection.status, rejection.body);
      return;
    }
    const body = parsed as SendApiBody;
    const id = newMid();
    const base = { version, authorization, id, at: new Date(), pageId: this.pageId, body };
    let item: SentItem;
    if (body.recipient.comment_id !== undefined) {
      const commentId = body.recipient.comment_id;
      if (this.removedObjects.has(commentId)) {
        const unknown = unknownObject('post', commentId);
        this.json(response, unknown.status, unknown.body);
        return;
      }
      // One private reply per comment, ever.
      if (this.privatelyAnswered.has(commentId)) {
        this.json(response, 400, graphError(10900, '(#10900) Activity already replied to', { type: 'OAuthException' }));
        return;
      }
      this.privatelyAnswered.add(commentId);
      item = { ...base, kind: 'private-reply', commentId, recipientId: psidForComment(commentId) };
    } else {
      item = { ...base, kind: 'message', recipientId: body.recipient.id ?? '' };
    }
    this.sent.push(item);
    this.events.emit('sent', item);
    this.json(response, 200, { recipient_id: item.recipientId, message_id: id });
    this.afterSend(item);
  }

  private validateSend(body: unknown): { status: number; body: GraphErrorBody } | null {
    if (!isObject(body)) return invalidParameter('The request body must be a JSON object');
    const recipient = body.recipient;
    if (!isObject(recipient)) return invalidParameter('param recipient must be non-empty.');
    const keys = ['id', 'comment_id', 'post_id', 'user_ref'].filter((key) => recipient[key] !== undefined);
    if (keys.length !== 1 || typeof recipient[keys[0]] !== 'string') {
      return invalidParameter('param recipient must have exactly one of id, comment_id, post_id or user_ref.');
    }
    if (keys[0] === 'id' && !/^\d{5,20}$/.test(String(recipient.id))) {
      return invalidParameter('No matching user found', 2018001);
    }
    if (!(MESSAGING_TYPES as readonly unknown[]).includes(body.messaging_type)) {
      return invalidParameter(`param messaging_type must be one of {${MESSAGING_TYPES.join(', ')}}.`);
    }
    if (body.messaging_type === 'MESSAGE_TAG' && !(MESSAGE_TAGS as readonly unknown[]).includes(body.tag)) {
      return invalidParameter('param tag must be a valid message tag when messaging_type is MESSAGE_TAG.');
    }
    if (body.messaging_type !== 'MESSAGE_TAG' && body.tag !== undefined) {
      return invalidParameter('param tag can only be used with messaging_type MESSAGE_TAG.');
    }
    const message = body.message;
    if (!isObject(message)) return invalidParameter('param message must be non-empty.');
    if (message.text === undefined && message.attachment === undefined) {
      return invalidParameter('param message must contain text or an attachment.');
    }
    if (message.text !== undefined) {
      if (typeof message.text !== 'string' || message.text.length === 0) {
        return invalidParameter('param message[text] must be a non-empty UTF-8 encoded string', 2018034);
      }
      if ([...message.text].length > MAX_TEXT_LENGTH) {
        return invalidParameter(`Length of param message[text] must be less than or equal to ${MAX_TEXT_LENGTH}`);
      }
    }
    if (
      message.metadata !== undefined &&
      (typeof message.metadata !== 'string' || message.metadata.length > MAX_METADATA_LENGTH)
    ) {
      return invalidParameter(`param message[metadata] must be a string of at most ${MAX_METADATA_LENGTH} characters.`);
    }
    return null;
  }

  private comment(
    response: ServerResponse,
    version: string,
    objectId: string,
    raw: Buffer,
    contentType: string,
    authorization: string | null,
  ): void {
    if (this.removedObjects.has(objectId)) {
      const unknown = unknownObject('post', objectId);
      this.json(response, unknown.status, unknown.body);
      return;
    }
    // Graph takes the fields as JSON or as a form.
    let message: unknown;
    if (contentType.includes('json')) {
      try {
        const parsed: unknown = JSON.parse(raw.toString('utf8'));
        message = isObject(parsed) ? parsed.message : undefined;
      } catch {
        const invalid = invalidParameter('The request body is not valid JSON');
        this.json(response, invalid.status, invalid.body);
        return;
      }
    } else {
      message = new URLSearchParams(raw.toString('utf8')).get('message') ?? undefined;
    }
    if (typeof message !== 'string' || message.trim() === '') {
      const invalid = invalidParameter('Missing message or attachment');
      this.json(response, invalid.status, invalid.body);
      return;
    }
    const tail = objectId.split('_').pop() ?? objectId;
    const id = `${tail}_${String(BigInt(`0x${randomBytes(6).toString('hex')}`))}`;
    const item: SentItem = { kind: 'comment', version, authorization, id, at: new Date(), objectId, message };
    this.sent.push(item);
    this.events.emit('sent', item);
    this.json(response, 200, { id });
  }

  private afterSend(item: Extract<SentItem, { kind: 'message' | 'private-reply' }>): void {
    if (!this.webhook) return;
    const text = item.body.message.text ?? '';
    if (this.options.echoes !== false) {
      const metadata = item.body.message.metadata;
      this.later(10, () =>
        this.post(
          'echo',
          item.recipientId,
          echoMessage(text, {
            psid: item.recipientId,
            pageId: this.pageId,
            mid: item.id,
            metadata,
            appId: TEST_APP_ID,
          }),
        ),
      );
    }
    const receipts = this.options.autoReceipts;
    if (receipts) {
      const [delivered, read] = receipts.delaysMs;
      this.later(delivered, async () => {
        await this.postDelivery(item.recipientId, new Date(), [item.id]);
        this.later(read, () => this.postRead(item.recipientId));
      });
    }
  }

  private download(response: ServerResponse, id: string): void {
    const attachment = this.attachments.get(id);
    if (!attachment || attachment.expired) {
      response.writeHead(403, { 'content-type': 'text/plain' });
      response.end('URL signature expired');
      return;
    }
    response.writeHead(200, {
      'content-type': attachment.mimeType,
      'content-length': String(attachment.bytes.length),
    });
    response.end(attachment.bytes);
  }
}

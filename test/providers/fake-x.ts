import { createHmac, randomBytes } from 'node:crypto';
import { closeFake, waitForRecorded, writeJson } from './fake-http';
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  newSnowflake,
  ownDirectMessage,
  ownReplyTweet,
  postXWebhook,
  TEST_X_ACCOUNT,
  type AccountActivityPayload,
  type XCredentials,
  type XUser,
} from '../support/x-webhooks';

// A stand-in for the X API v2 as far as webcare goes: sending DMs, posting reply tweets, serving DM and tweet media,
// and echoing what the account sent back through the Account Activity webhook, as X does. Requests are
// authenticated as X authenticates them (OAuth 1.0a user context, checked signature and all, or an OAuth 2.0 user
// token); answers and errors are X's problem objects:
// https://docs.x.com/x-api/fundamentals/response-codes-and-errors

export interface XProblem {
  title: string;
  detail: string;
  type: string;
  status: number;
  [field: string]: unknown;
}

/** What the fake accepted: a DM or a tweet, with the body and the credentials it came with. */
export interface SentToX {
  kind: 'dm' | 'tweet';
  /** DM: the participant written to. */
  participantId: string | null;
  body: { text?: string; reply?: { in_reply_to_tweet_id?: string }; [field: string]: unknown };
  authorization: string | null;
  authScheme: 'oauth1' | 'bearer';
  /** The dm_event_id or tweet id the fake answered with. */
  id: string;
  at: Date;
}

export interface ReceivedRequest {
  method: string;
  path: string;
  authorization: string | null;
  at: Date;
}

/** An injected answer for the next send: an HTTP error, or no answer for `hangMs` (then the connection drops). */
export type XFailure =
  | { status: number; body?: unknown; headers?: Record<string, string> }
  // `thenAccept`: X did take it, the client just never heard.
  | { hangMs: number; thenAccept?: boolean };

export interface EchoTarget {
  /** The full webhook URL, e.g. `http://127.0.0.1:3000/webhooks/twitter`. */
  url: string;
  consumerSecret: string;
}

export interface PostedEcho {
  kind: 'dm' | 'tweet';
  id: string;
  httpStatus: number | null;
  error: string | null;
}

export type FakeXAuth = { oauth1: XCredentials } | { bearerToken: string } | 'none';

export interface FakeXOptions {
  port?: number;
  /** How senders must authenticate; OAuth 1.0a with these credentials is what X asks of Account Activity apps. */
  auth?: FakeXAuth;
  /** The account the credentials belong to: the sender of every DM and tweet. */
  account?: XUser;
  /** Where to echo what was sent, as X's Account Activity API does; no echoes without it. */
  webhook?: EchoTarget;
  /** How long after accepting a send its echo goes out. */
  echoDelayMs?: number;
}

const MAX_DM_LENGTH = 10_000;
const MAX_TWEET_LENGTH = 280;
const OAUTH_WINDOW_S = 300;
const PROBLEM = 'https://api.twitter.com/2/problems';

function problem(status: number, title: string, detail: string, type = 'about:blank'): XProblem {
  return { title, detail, type, status };
}

function invalidRequest(message: string): { status: number; body: XProblem } {
  return {
    status: 400,
    body: {
      ...problem(
        400,
        'Invalid Request',
        'One or more parameters to your request was invalid.',
        `${PROBLEM}/invalid-request`,
      ),
      errors: [{ message }],
    },
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Roughly X's count: code points, every link 23 (the server under test counts exactly; this only has to bound). */
function tweetLength(text: string): number {
  return Array.from(text.normalize('NFC').replace(/https?:\/\/[^\s]+/g, 'x'.repeat(23))).length;
}

// RFC 3986, as OAuth 1.0a wants it; written here apart from the server's signer so each checks the other.
function oauthEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

export class FakeX {
  readonly sent: SentToX[] = [];
  readonly requests: ReceivedRequest[] = [];
  readonly postedEchoes: PostedEcho[] = [];

  private readonly events = new EventEmitter();
  private readonly failures: XFailure[] = [];
  private readonly heldAnswers: Promise<void>[] = [];
  private readonly users = new Map<string, XUser>();
  /** Tweet id → author, so a reply's echo can name whom it answers. */
  private readonly tweetAuthors = new Map<string, XUser>();
  private readonly closedDms = new Set<string>();
  private readonly media = new Map<string, { mimeType: string; bytes: Buffer }>();
  private readonly usedNonces = new Set<string>();
  private readonly tweetTexts = new Set<string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private webhook: EchoTarget | null;
  private closed = false;
  readonly account: XUser;

  private constructor(
    private readonly server: Server,
    readonly baseUrl: string,
    private readonly options: FakeXOptions,
  ) {
    this.webhook = options.webhook ?? null;
    this.account = options.account ?? TEST_X_ACCOUNT;
    this.users.set(this.account.id, this.account);
    this.events.setMaxListeners(0);
  }

  static async start(options: FakeXOptions = {}): Promise<FakeX> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    const { port } = server.address() as AddressInfo;
    const fake = new FakeX(server, `http://127.0.0.1:${port}`, options);
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      fake.handle(request, response).catch((error: unknown) => {
        if (!response.headersSent) fake.json(response, 500, problem(500, 'Internal Server Error', 'Internal error'));
        process.emitWarning(`FakeX: ${(error as Error).stack ?? String(error)}`);
      });
    });
    return fake;
  }

  /** The next `count` sends (DM or tweet) get this answer instead of being accepted. */
  failNext(count: number, failure: XFailure): void {
    for (let i = 0; i < count; i += 1) this.failures.push(failure);
  }

  /** X throttling the app: 429 with the reset time in `x-rate-limit-reset`. */
  rateLimited(): XFailure {
    return {
      status: 429,
      body: problem(429, 'Too Many Requests', 'Too Many Requests'),
      headers: {
        'x-rate-limit-limit': '200',
        'x-rate-limit-remaining': '0',
        'x-rate-limit-reset': String(Math.floor(Date.now() / 1000) + 900),
      },
    };
  }

  unavailable(): XFailure {
    return { status: 503, body: problem(503, 'Service Unavailable', 'Service Unavailable') };
  }

  /** Refusal of a DM to someone who does not accept DMs from the account (settings, a block). */
  dmClosedError(): XFailure {
    return { status: 403, body: problem(403, 'Forbidden', 'You are not permitted to send a message to this user.') };
  }

  duplicateError(): XFailure {
    return {
      status: 403,
      body: problem(403, 'Forbidden', 'You are not allowed to create a Tweet with duplicate content.'),
    };
  }

  /** From now on DMs to this user are refused as X refuses them. */
  closeDms(userId: string): void {
    this.closedDms.add(userId);
  }

  /** Users and tweets the fake should know (for echoes): everything in a payload the test delivers. */
  learn(payload: AccountActivityPayload): void {
    for (const user of Object.values(payload.users ?? {})) this.users.set(user.id, user);
    for (const tweet of payload.tweet_create_events ?? []) {
      const author: XUser = { ...tweet.user, id: tweet.user.id_str };
      this.users.set(author.id, author);
      this.tweetAuthors.set(tweet.id_str, author);
    }
  }

  addMedia(path: string, mimeType: string, bytes: Buffer): string {
    this.media.set(path, { mimeType, bytes });
    return `${this.baseUrl}${path}`;
  }

  /** A DM photo on the fake's stand-in for X's TON store: signed with OAuth 1.0a to be fetched. */
  addDmMedia(dmEventId: string, mimeType: string, bytes: Buffer): string {
    const resource = `${randomBytes(6).toString('base64url')}.${mimeType.split('/')[1] ?? 'bin'}`;
    return this.addMedia(`/1.1/ton/data/dm/${dmEventId}/${newSnowflake()}/${resource}`, mimeType, bytes);
  }

  setWebhook(webhook: EchoTarget): void {
    this.webhook = webhook;
  }

  /** Signs and posts a payload to the webhook as X does, remembering its users and tweets. */
  async deliver(payload: AccountActivityPayload): Promise<Response> {
    const webhook = this.webhook;
    if (!webhook) throw new Error('FakeX.deliver: no webhook configured (start({ webhook }) or setWebhook)');
    this.learn(payload);
    return postXWebhook(webhook.url, payload, webhook.consumerSecret);
  }

  reset(): void {
    this.sent.length = 0;
    this.requests.length = 0;
    this.postedEchoes.length = 0;
    this.failures.length = 0;
  }

  /** Resolves with the first accepted send (already made or still to come) that matches. */
  waitForSent(predicate: (sent: SentToX) => boolean = () => true, timeoutMs = 5000): Promise<SentToX> {
    return this.waitFor(
      'sent',
      this.sent,
      predicate,
      timeoutMs,
      () => `no matching send within ${timeoutMs} ms; sent so far: ${JSON.stringify(this.sent.map((s) => s.body))}`,
    );
  }

  /** Resolves once the echo of a send matching the predicate was answered by the webhook. */
  /** The next accepted send is echoed at once, but answered only when `release` is called. */
  holdNextAnswer(): { release: () => void } {
    let release: () => void = () => undefined;
    this.heldAnswers.push(new Promise<void>((resolve) => (release = resolve)));
    return { release: () => release() };
  }

  waitForEcho(predicate: (echo: PostedEcho) => boolean = () => true, timeoutMs = 5000): Promise<PostedEcho> {
    return this.waitFor(
      'echo',
      this.postedEchoes,
      predicate,
      timeoutMs,
      () => `no matching echo within ${timeoutMs} ms; echoed so far: ${JSON.stringify(this.postedEchoes)}`,
    );
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
    return waitForRecorded(this.events, event, existing, predicate, timeoutMs, () => `FakeX: ${describe()}`);
  }

  private json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    writeJson(response, status, body, {
      'content-type': 'application/json;charset=utf-8',
      'x-transaction-id': randomBytes(8).toString('hex'),
      ...headers,
    });
  }

  /** X's checks of a user-context request: a valid OAuth 1.0a signature (fresh timestamp, unused nonce) or token. */
  private authenticate(request: IncomingMessage, url: URL, method: string): 'oauth1' | 'bearer' | null {
    const auth = this.options.auth ?? 'none';
    const header = request.headers.authorization ?? '';
    if (auth === 'none') return header.startsWith('OAuth ') ? 'oauth1' : 'bearer';
    if ('bearerToken' in auth) return header === `Bearer ${auth.bearerToken}` ? 'bearer' : null;
    if (!header.startsWith('OAuth ')) return null;
    const params = new Map<string, string>();
    for (const match of header.slice(6).matchAll(/([\w]+)="([^"]*)"/g)) {
      params.set(decodeURIComponent(match[1]), decodeURIComponent(match[2]));
    }
    const { consumerKey, consumerSecret, accessToken, accessTokenSecret } = auth.oauth1;
    const timestamp = Number(params.get('oauth_timestamp'));
    const nonce = params.get('oauth_nonce') ?? '';
    if (
      params.get('oauth_consumer_key') !== consumerKey ||
      params.get('oauth_token') !== accessToken ||
      params.get('oauth_signature_method') !== 'HMAC-SHA1' ||
      !Number.isFinite(timestamp) ||
      Math.abs(Date.now() / 1000 - timestamp) > OAUTH_WINDOW_S ||
      !nonce ||
      this.usedNonces.has(nonce)
    ) {
      return null;
    }
    const signed = [...params.entries(), ...url.searchParams.entries()]
      .filter(([key]) => key !== 'oauth_signature')
      .map(([key, value]) => [oauthEncode(key), oauthEncode(value)])
      .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : 1) : a < b ? -1 : 1))
      .map(([key, value]) => `${key}=${value}`)
      .join('&');
    const base = `${method}&${oauthEncode(`${url.origin}${url.pathname}`)}&${oauthEncode(signed)}`;
    const expected = createHmac('sha1', `${oauthEncode(consumerSecret)}&${oauthEncode(accessTokenSecret)}`)
      .update(base)
      .digest('base64');
    if (params.get('oauth_signature') !== expected) return null;
    this.usedNonces.add(nonce);
    return 'oauth1';
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.baseUrl);
    const method = request.method ?? 'GET';
    this.requests.push({
      method,
      path: url.pathname,
      authorization: request.headers.authorization ?? null,
      at: new Date(),
    });
    const raw = await readBody(request);

    const stored = this.media.get(url.pathname);
    if (method === 'GET' && stored && !url.pathname.startsWith('/1.1/ton/')) {
      // Tweet media is public, like pbs.twimg.com.
      this.file(response, stored);
      return;
    }
    const scheme = this.authenticate(request, url, method);
    if (!scheme) {
      this.json(response, 401, problem(401, 'Unauthorized', 'Unauthorized'));
      return;
    }
    if (method === 'GET') {
      const ton = /^\/2\/dm_conversations\/media\/(\d+)\/(\d+)\/([^/]+)$/.exec(url.pathname);
      const file = ton ? this.media.get(`/1.1/ton/data/dm/${ton[1]}/${ton[2]}/${ton[3]}`) : stored;
      // TON wants OAuth 1.0a; its OAuth 2.0 successor wants a user token.
      const fits = ton ? scheme === 'bearer' : scheme === 'oauth1';
      if (file && fits) this.file(response, file);
      else this.json(response, 404, problem(404, 'Not Found Error', 'Could not find the media.'));
      return;
    }
    const dm = /^\/2\/dm_conversations\/with\/([^/]+)\/messages$/.exec(url.pathname);
    if (method === 'POST' && dm) {
      await this.accept(response, 'dm', decodeURIComponent(dm[1]), raw, request.headers.authorization ?? null, scheme);
      return;
    }
    if (method === 'POST' && url.pathname === '/2/tweets') {
      await this.accept(response, 'tweet', null, raw, request.headers.authorization ?? null, scheme);
      return;
    }
    this.json(response, 404, problem(404, 'Not Found Error', `No route for ${method} ${url.pathname}`));
  }

  private file(response: ServerResponse, file: { mimeType: string; bytes: Buffer }): void {
    response.writeHead(200, { 'content-type': file.mimeType, 'content-length': String(file.bytes.length) });
    response.end(file.bytes);
  }

  private async accept(
    response: ServerResponse,
    kind: 'dm' | 'tweet',
    participantId: string | null,
    raw: Buffer,
    authorization: string | null,
    authScheme: 'oauth1' | 'bearer',
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
      this.json(response, failure.status, failure.body ?? problem(failure.status, 'Error', 'Error'), failure.headers);
      return;
    }

    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      const invalid = invalidRequest('The request body is not valid JSON');
      this.json(response, invalid.status, invalid.body);
      return;
    }
    const refusal = kind === 'dm' ? this.checkDm(participantId ?? '', body) : this.checkTweet(body);
    if (refusal) {
      this.json(response, refusal.status, refusal.body);
      return;
    }
    const accepted = body as SentToX['body'];
    const id = newSnowflake();
    const sent: SentToX = { kind, participantId, body: accepted, authorization, authScheme, id, at: new Date() };
    this.sent.push(sent);
    this.events.emit('sent', sent);
    const hold = this.heldAnswers.shift();
    if (hold) {
      // X's echo of this send reaches the webhook before X answers the send call itself.
      void this.echo(sent, this.webhook!);
      await hold;
    }
    if (kind === 'dm') {
      const [low, high] = [this.account.id, participantId ?? ''].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));
      this.json(response, 201, { data: { dm_conversation_id: `${low}-${high}`, dm_event_id: id } });
    } else {
      const text = accepted.text ?? '';
      this.tweetTexts.add(text);
      this.tweetAuthors.set(id, this.account);
      this.json(response, 201, { data: { id, text, edit_history_tweet_ids: [id] } });
    }
    this.scheduleEcho(sent);
  }

  private checkDm(participantId: string, body: unknown): { status: number; body: XProblem } | null {
    if (!/^\d{1,19}$/.test(participantId)) return invalidRequest(`The \`participant_id\` param is not a valid user id`);
    if (!isObject(body)) return invalidRequest('The request body must be a JSON object');
    if (body.text === undefined && body.attachments === undefined) {
      return invalidRequest('One of text or attachments is required');
    }
    if (body.text !== undefined && (typeof body.text !== 'string' || body.text.length === 0)) {
      return invalidRequest('`text` must be a non-empty string');
    }
    if (typeof body.text === 'string' && Array.from(body.text).length > MAX_DM_LENGTH) {
      return invalidRequest(`\`text\` must be at most ${MAX_DM_LENGTH} characters`);
    }
    if (participantId === this.account.id) {
      return { status: 403, body: problem(403, 'Forbidden', 'You cannot send a Direct Message to yourself.') };
    }
    if (this.closedDms.has(participantId)) return this.dmClosedError() as { status: number; body: XProblem };
    return null;
  }

  private checkTweet(body: unknown): { status: number; body: XProblem } | null {
    if (!isObject(body)) return invalidRequest('The request body must be a JSON object');
    if (typeof body.text !== 'string' || body.text.trim() === '') return invalidRequest('`text` is required');
    if (body.reply !== undefined) {
      if (!isObject(body.reply) || typeof body.reply.in_reply_to_tweet_id !== 'string') {
        return invalidRequest('`reply.in_reply_to_tweet_id` must be a string');
      }
      if (!/^\d{1,19}$/.test(body.reply.in_reply_to_tweet_id)) {
        return invalidRequest('`reply.in_reply_to_tweet_id` is not a valid tweet id');
      }
    }
    if (tweetLength(body.text) > MAX_TWEET_LENGTH) {
      return { status: 403, body: problem(403, 'Forbidden', 'Your Tweet text is too long.') };
    }
    if (this.tweetTexts.has(body.text)) return this.duplicateError() as { status: number; body: XProblem };
    return null;
  }

  /** X tells the webhook about everything the account sent, our own sends included. */
  private scheduleEcho(sent: SentToX): void {
    const webhook = this.webhook;
    if (!webhook || this.closed) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (this.closed) return;
      void this.echo(sent, webhook);
    }, this.options.echoDelayMs ?? 100);
    this.timers.add(timer);
  }

  private async echo(sent: SentToX, webhook: EchoTarget): Promise<void> {
    const text = sent.body.text ?? '';
    let payload: AccountActivityPayload;
    if (sent.kind === 'dm') {
      const to = this.users.get(sent.participantId ?? '') ?? {
        id: sent.participantId ?? '',
        name: `user ${sent.participantId ?? ''}`,
        screen_name: `user${sent.participantId ?? ''}`,
      };
      payload = ownDirectMessage(text, { to, account: this.account, id: sent.id, timestamp: sent.at });
    } else {
      const parentId = sent.body.reply?.in_reply_to_tweet_id ?? '';
      const parentAuthor = this.tweetAuthors.get(parentId) ?? {
        id: '',
        name: '',
        screen_name: 'unknown',
      };
      payload = ownReplyTweet(
        text,
        { id: parentId, user: parentAuthor },
        {
          account: this.account,
          id: sent.id,
          timestamp: sent.at,
        },
      );
      // X leaves the parent's author out when it cannot name it.
      const tweet = payload.tweet_create_events?.[0];
      if (tweet && !parentAuthor.id) {
        tweet.in_reply_to_user_id = null;
        tweet.in_reply_to_user_id_str = null;
      }
    }
    const record: PostedEcho = { kind: sent.kind, id: sent.id, httpStatus: null, error: null };
    try {
      const answer = await postXWebhook(webhook.url, payload, webhook.consumerSecret);
      record.httpStatus = answer.status;
    } catch (error) {
      record.error = (error as Error).message;
    } finally {
      this.postedEchoes.push(record);
      this.events.emit('echo', record);
    }
  }
}

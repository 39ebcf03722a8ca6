import { Injectable, Logger } from '@nestjs/common';
import type { ChannelCredentials, MessageTemplateDto, Visibility } from '@ingang/shared';
import { AppConfig } from '../../config/app-config';
import { AccountCredentials } from '../account-credentials';
import {
  ChannelSendError,
  type ChannelAdapter,
  type FetchedMedia,
  type HandshakeResult,
  type InboundItem,
  type OutboundRequest,
  type TextLimit,
} from '../channel.adapter';
import { hmacSha256 } from '../hmac';
import { oauth1Authorization } from './oauth1';
import { MAX_TWEET_LENGTH, tweetLength } from './tweet-length';
import { xSendFailure, type XCall } from './twitter-errors';
import { parseTwitterWebhook } from './twitter-webhook.parser';

const TWEET_LIMIT: TextLimit = { max: MAX_TWEET_LENGTH, count: tweetLength };
// DM media lives on X's TON store: https://ton.twitter.com/1.1/ton/data/dm/<dm id>/<media id>/<resource id>.
const TON_PATH = /^\/1\.1\/ton\/data\/dm\/(\d+)\/(\d+)\/([^/]+)$/;

type XAuth = ChannelCredentials<'twitter'>['secrets'];

/** X (Account Activity API): its webhooks in, API v2 DMs and reply tweets out. */
@Injectable()
export class TwitterAdapter implements ChannelAdapter {
  readonly channel = 'twitter' as const;
  private readonly logger = new Logger(TwitterAdapter.name);

  constructor(
    private readonly config: AppConfig,
    private readonly accounts: AccountCredentials,
  ) {}

  private get settings() {
    const v = this.config.values;
    return {
      api: v.TWITTER_API_BASE.replace(/\/+$/, ''),
      timeoutMs: v.PROVIDER_TIMEOUT_MS,
    };
  }

  /**
   * The TWITTER_* settings, for the X accounts without an account entry of their own; an entry may hold only the
   * account's access token and secret and take the app's consumer key and secret from here.
   */
  private get environment(): ChannelCredentials<'twitter'> {
    const v = this.config.values;
    return {
      settings: {},
      secrets: {
        consumerKey: v.TWITTER_CONSUMER_KEY,
        consumerSecret: v.TWITTER_CONSUMER_SECRET,
        accessToken: v.TWITTER_ACCESS_TOKEN,
        accessTokenSecret: v.TWITTER_ACCESS_TOKEN_SECRET,
      },
    };
  }

  /** The credentials of one of our X accounts (its user id, `for_user_id` in the webhook). */
  private async credentials(accountId: string): Promise<XAuth> {
    const { secrets } = await this.accounts.forAccount(this.channel, accountId, this.environment, (env) =>
      Boolean(env.secrets.accessToken),
    );
    return secrets;
  }

  isConfigured(): Promise<boolean> {
    return this.accounts.configured(this.channel, Boolean(this.config.values.TWITTER_CONSUMER_SECRET));
  }

  /**
   * X's challenge-response check, at registration and about every hour after: a wrong answer stops delivery. The
   * request names no account, so it is answered for one app only: the environment's consumer secret when set, else
   * the oldest enabled account's. Several X apps need one Ingang webhook URL each, or TWITTER_CONSUMER_SECRET.
   */
  async handshake(query: Record<string, unknown>): Promise<HandshakeResult> {
    const token = query.crc_token;
    if (typeof token !== 'string' || token === '') {
      return { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: 'crc_token is missing' } } };
    }
    const [consumerSecret] = await this.accounts.candidates(
      this.channel,
      'consumerSecret',
      this.environment.secrets.consumerSecret,
    );
    if (!consumerSecret) {
      return { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: 'no consumer secret is set' } } };
    }
    return { status: 200, body: { response_token: `sha256=${hmacSha256(consumerSecret, token, 'base64')}` } };
  }

  verifySignature(headers: Record<string, string | string[] | undefined>, rawBody: Buffer): Promise<boolean> {
    // Base64 where Meta uses hex, over the bytes X sent.
    return this.accounts.matchesAny(
      this.channel,
      'consumerSecret',
      this.environment.secrets.consumerSecret,
      headers['x-twitter-webhooks-signature'],
      (secret) => `sha256=${hmacSha256(secret, rawBody, 'base64')}`,
    );
  }

  parseWebhook(body: unknown, receivedAt: Date): InboundItem[] {
    return parseTwitterWebhook(body, receivedAt);
  }

  textLimit(visibility: Visibility): TextLimit | null {
    // A DM may hold 10,000 characters, more than any reply the API accepts.
    return visibility === 'public' ? TWEET_LIMIT : null;
  }

  async send(request: OutboundRequest): Promise<{ providerMessageId: string }> {
    if (request.content.kind !== 'text') {
      throw new ChannelSendError(false, 'UNSUPPORTED_MESSAGE', 'X has no message templates');
    }
    const text = request.content.text;
    const auth = await this.credentials(request.accountId);
    if (request.visibility === 'public') {
      const inReplyTo = request.replyToProviderId ?? request.threadKey;
      if (!inReplyTo) throw new ChannelSendError(false, 'REJECTED', 'there is no tweet to reply to');
      const answer = await this.call<{ data?: { id?: string } }>('tweet', auth, 'POST', '/2/tweets', {
        text,
        reply: { in_reply_to_tweet_id: inReplyTo },
      });
      return { providerMessageId: this.idOf(answer.data?.id) };
    }
    const answer = await this.call<{ data?: { dm_event_id?: string } }>(
      'dm',
      auth,
      'POST',
      `/2/dm_conversations/with/${encodeURIComponent(request.to)}/messages`,
      { text },
    );
    return { providerMessageId: this.idOf(answer.data?.dm_event_id) };
  }

  async fetchMedia(accountId: string, providerRef: string, maxBytes: number): Promise<FetchedMedia> {
    const response = await this.request('media', 'GET', await this.mediaTarget(accountId, providerRef));
    if (!response.ok || !response.body) {
      await response.body?.cancel();
      const failure = xSendFailure(response.status, null, 'media');
      throw new ChannelSendError(failure.retryable, 'MEDIA_UNAVAILABLE', `download answered ${response.status}`);
    }
    const size = Number(response.headers.get('content-length'));
    if (Number.isFinite(size) && size > maxBytes) {
      await response.body.cancel();
      throw new ChannelSendError(false, 'MEDIA_TOO_LARGE', `${size} bytes`);
    }
    return {
      body: response.body,
      mimeType: response.headers.get('content-type'),
      size: Number.isFinite(size) && size > 0 ? size : null,
    };
  }

  async listTemplates(_accountId: string): Promise<MessageTemplateDto[]> {
    return [];
  }

  /**
   * Tweet media (pbs.twimg.com) is public. DM media on TON needs the account's OAuth 1.0a signature; with an OAuth 2.0
   * token X serves the same file at /2/dm_conversations/media/…
   */
  private async mediaTarget(accountId: string, providerRef: string): Promise<{ url: string; auth: XAuth | null }> {
    let url: URL;
    try {
      url = new URL(providerRef);
    } catch {
      throw new ChannelSendError(false, 'MEDIA_UNAVAILABLE', 'the media reference is not a URL');
    }
    const ton = TON_PATH.exec(url.pathname);
    if (!ton || !this.isXHost(url)) return { url: url.toString(), auth: null };
    const auth = await this.credentials(accountId);
    if (oauth1Of(auth)) return { url: url.toString(), auth };
    return { url: `${this.settings.api}/2/dm_conversations/media/${ton[1]}/${ton[2]}/${ton[3]}`, auth };
  }

  /** Credentials go to X's own hosts only (or to the configured API base, which tests point at a fake). */
  private isXHost(url: URL): boolean {
    const host = url.hostname.toLowerCase();
    return (
      host === 'ton.twitter.com' ||
      host === 'api.x.com' ||
      host === 'api.twitter.com' ||
      url.host === new URL(this.settings.api).host
    );
  }

  /** OAuth 1.0a user context when the app's key and the account's token secret are set, else an OAuth 2.0 user token. */
  private authorization(auth: XAuth, method: string, url: string): string {
    const oauth1 = oauth1Of(auth);
    if (oauth1) return oauth1Authorization(oauth1, method, url);
    if (!auth.accessToken) {
      throw new ChannelSendError(false, 'NOT_AUTHORISED', 'no access token is set for this X account');
    }
    return `Bearer ${auth.accessToken}`;
  }

  private idOf(id: string | undefined): string {
    if (!id) throw new ChannelSendError(true, 'PROVIDER_UNAVAILABLE', 'X answered without an id');
    return id;
  }

  private async call<T>(call: XCall, auth: XAuth, method: string, path: string, body: unknown): Promise<T> {
    const response = await this.request(call, method, { url: `${this.settings.api}${path}`, auth }, body);
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    if (response.ok && parsed && typeof parsed === 'object') return parsed as T;
    if (response.ok)
      throw new ChannelSendError(true, 'PROVIDER_UNAVAILABLE', `X answered ${response.status} without JSON`);
    throw xSendFailure(response.status, parsed, call, response.headers.get('x-rate-limit-reset'));
  }

  private async request(
    call: XCall,
    method: string,
    target: { url: string; auth: XAuth | null },
    body?: unknown,
  ): Promise<Response> {
    const headers: Record<string, string> = {};
    if (target.auth) headers.authorization = this.authorization(target.auth, method, target.url);
    if (body !== undefined) headers['content-type'] = 'application/json';
    try {
      return await fetch(target.url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
    } catch (error) {
      this.logger.warn(`X ${call} request failed: ${(error as Error).name}`);
      throw new ChannelSendError(
        true,
        call === 'media' ? 'MEDIA_UNAVAILABLE' : 'PROVIDER_UNAVAILABLE',
        `no answer from X (${(error as Error).name})`,
      );
    }
  }
}

function oauth1Of({ consumerKey, consumerSecret, accessToken, accessTokenSecret }: XAuth) {
  if (!consumerKey || !consumerSecret || !accessToken || !accessTokenSecret) return null;
  return { consumerKey, consumerSecret, token: accessToken, tokenSecret: accessTokenSecret };
}

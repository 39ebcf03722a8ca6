import { createHmac, randomBytes } from 'node:crypto';

// OAuth 1.0a user context (HMAC-SHA1), which X requires for DMs and Account Activity with the app's keys:
// https://docs.x.com/fundamentals/authentication/oauth-1-0a/creating-a-signature

export interface OAuth1Credentials {
  consumerKey: string;
  consumerSecret: string;
  token: string;
  tokenSecret: string;
}

export interface OAuth1Options {
  /** Parameters of an `application/x-www-form-urlencoded` body; a JSON body is not signed. */
  formParameters?: [string, string][];
  nonce?: string;
  /** Unix seconds. */
  timestamp?: number;
}

/** RFC 3986 percent-encoding, as OAuth wants it: everything but `A-Z a-z 0-9 - . _ ~`, hex in capitals. */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Scheme and host in lower case, the port only when it is not the scheme's default, no query or fragment. */
function baseUrl(url: URL): string {
  return `${url.protocol}//${url.host.toLowerCase()}${url.pathname}`;
}

export function signatureBaseString(method: string, url: string, parameters: [string, string][]): string {
  const parsed = new URL(url);
  const all: [string, string][] = [...parsed.searchParams.entries(), ...parameters];
  const encoded = all
    .map(([key, value]) => [percentEncode(key), percentEncode(value)] as const)
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
  return [method.toUpperCase(), percentEncode(baseUrl(parsed)), percentEncode(encoded)].join('&');
}

/** The `Authorization: OAuth …` header for one request. */
export function oauth1Authorization(
  credentials: OAuth1Credentials,
  method: string,
  url: string,
  options: OAuth1Options = {},
): string {
  const oauth: [string, string][] = [
    ['oauth_consumer_key', credentials.consumerKey],
    // X's own example: 32 random bytes in base64 without the non-word characters.
    ['oauth_nonce', options.nonce ?? randomBytes(32).toString('base64').replace(/\W/g, '')],
    ['oauth_signature_method', 'HMAC-SHA1'],
    ['oauth_timestamp', String(options.timestamp ?? Math.floor(Date.now() / 1000))],
    ['oauth_token', credentials.token],
    ['oauth_version', '1.0'],
  ];
  const base = signatureBaseString(method, url, [...oauth, ...(options.formParameters ?? [])]);
  const key = `${percentEncode(credentials.consumerSecret)}&${percentEncode(credentials.tokenSecret)}`;
  const signature = createHmac('sha1', key).update(base).digest('base64');
  const header = [...oauth, ['oauth_signature', signature] as [string, string]]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, value]) => `${percentEncode(name)}="${percentEncode(value)}"`)
    .join(', ');
  return `OAuth ${header}`;
}

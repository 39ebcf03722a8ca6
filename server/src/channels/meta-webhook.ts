import type { AccountCredentials } from './account-credentials';
import type { HandshakeResult } from './channel.adapter';
import { hmacSha256 } from './hmac';

/** The channels Meta delivers: their webhooks are verified alike, each with its own apps' secrets. */
type MetaChannel = 'whatsapp' | 'messenger';

/**
 * Meta's webhook verification (`GET …?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…`): the challenge comes
 * back for the environment's verify token or any enabled account's.
 */
export async function metaHandshake(
  accounts: AccountCredentials,
  channel: MetaChannel,
  verifyToken: string | undefined,
  query: Record<string, unknown>,
): Promise<HandshakeResult> {
  const token = query['hub.verify_token'];
  const challenge = query['hub.challenge'];
  if (query['hub.mode'] !== 'subscribe' || typeof token !== 'string' || typeof challenge !== 'string') {
    return { status: 403, body: 'Forbidden' };
  }
  const known = await accounts.matchesAny(channel, 'verifyToken', verifyToken, token, (candidate) => candidate);
  return known ? { status: 200, body: challenge } : { status: 403, body: 'Forbidden' };
}

/** `X-Hub-Signature-256`: the hex HMAC-SHA256 of the raw body under the environment's app secret or an account's. */
export function metaSignatureValid(
  accounts: AccountCredentials,
  channel: MetaChannel,
  appSecret: string | undefined,
  headers: Record<string, string | string[] | undefined>,
  rawBody: Buffer,
): Promise<boolean> {
  // Meta signs the bytes it sent (with \uXXXX escapes); re-serialised JSON would not match.
  return accounts.matchesAny(
    channel,
    'appSecret',
    appSecret,
    headers['x-hub-signature-256'],
    (secret) => `sha256=${hmacSha256(secret, rawBody, 'hex')}`,
  );
}

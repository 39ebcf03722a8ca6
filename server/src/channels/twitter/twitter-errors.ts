import { ChannelSendError } from '../channel.adapter';

// X API v2 answers errors as a problem object `{ title, detail, type, status }`, some with v1.1-style
// `errors: [{ code, message }]` (https://docs.x.com/x-api/fundamentals/response-codes-and-errors).

export type XCall = 'dm' | 'tweet' | 'media';

interface XProblem {
  title?: unknown;
  detail?: unknown;
  type?: unknown;
  reason?: unknown;
  errors?: unknown;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

function problemOf(body: unknown): { words: string; codes: number[]; type: string } {
  const problem: XProblem = typeof body === 'object' && body !== null ? (body as XProblem) : {};
  const errors = Array.isArray(problem.errors)
    ? problem.errors.filter((each): each is Record<string, unknown> => typeof each === 'object' && each !== null)
    : [];
  const parts = [
    text(problem.title),
    text(problem.detail),
    text(problem.reason),
    ...errors.map((each) => text(each.message) ?? text(each.detail)),
  ].filter((part): part is string => part !== null);
  // "Forbidden: Forbidden" says nothing twice.
  const words = [...new Set(parts)].join(': ');
  return {
    words,
    codes: errors.map((each) => Number(each.code)).filter(Number.isFinite),
    type: text(problem.type) ?? '',
  };
}

const DUPLICATE = /duplicate/i;
// X's words when a citizen does not (or no longer) accept our DMs: closed DMs, a block, verified-only requests.
const RECIPIENT_CLOSED =
  /not (allowed|permitted) to (send|dm|message)|cannot send messages|can't send messages|do(es)? not follow|blocked|not verified to send|message requests/i;
// Error codes of the same meaning in v1.1-style bodies: 150 not following, 349 cannot DM, 476 verified-only.
const RECIPIENT_CODES = [150, 349, 476];

/** Turns an HTTP answer that is not 2xx into the failure the agent sees and the decision to retry. */
export function xSendFailure(
  status: number,
  body: unknown,
  call: XCall,
  rateLimitReset: string | null = null,
): ChannelSendError {
  const { words, codes, type } = problemOf(body);
  const said = words ? `${status} ${words}` : `X answered ${status}`;
  if (status === 429 || /usage-capped/.test(type)) {
    const reset = Number(rateLimitReset);
    const until =
      Number.isFinite(reset) && reset > 0 ? `; the limit resets at ${new Date(reset * 1000).toISOString()}` : '';
    return new ChannelSendError(true, 'RATE_LIMITED', `${said}${until}`);
  }
  if (status >= 500) return new ChannelSendError(true, 'PROVIDER_UNAVAILABLE', said);
  if (status === 401) return new ChannelSendError(false, 'NOT_AUTHORISED', said);
  if (codes.includes(187) || DUPLICATE.test(words)) {
    return new ChannelSendError(
      false,
      'REJECTED',
      `duplicate: X refuses a tweet with the same text as a recent one of this account (${said})`,
    );
  }
  if (call === 'dm' && (RECIPIENT_CODES.some((code) => codes.includes(code)) || RECIPIENT_CLOSED.test(words))) {
    return new ChannelSendError(false, 'RECIPIENT_UNAVAILABLE', said);
  }
  if (call === 'dm' && status === 404) return new ChannelSendError(false, 'RECIPIENT_UNAVAILABLE', said);
  // A bare 403 (or a wrong kind of token) means the app or token may not do this: missing scopes or access level.
  if (
    status === 403 &&
    (/client-forbidden|unsupported-authentication/.test(type) || !words || /^forbidden$/i.test(words))
  ) {
    return new ChannelSendError(false, 'NOT_AUTHORISED', said);
  }
  return new ChannelSendError(false, 'REJECTED', said);
}

import { ChannelSendError } from '../channel.adapter';

interface SmtpFailure {
  code?: unknown;
  responseCode?: unknown;
  response?: unknown;
  message?: unknown;
}

/**
 * What a failed relay submission means for the reply. RFC 5321: a 4xx answer is transient and a 5xx one permanent
 * (except 503, a wrong state of that session); no answer at all (refused, dropped, timed out) is worth another try.
 */
export function smtpSendError(error: unknown): ChannelSendError {
  const failure = (typeof error === 'object' && error !== null ? error : {}) as SmtpFailure;
  const responseCode = typeof failure.responseCode === 'number' ? failure.responseCode : null;
  const answer =
    typeof failure.response === 'string' && failure.response
      ? failure.response
      : typeof failure.message === 'string'
        ? failure.message
        : String(error);
  const code = typeof failure.code === 'string' ? failure.code : null;
  if (responseCode !== null && responseCode >= 500 && responseCode !== 503) {
    const refusedLogin = code === 'EAUTH' || responseCode === 530 || responseCode === 535;
    return new ChannelSendError(false, refusedLogin ? 'NOT_AUTHORISED' : 'REJECTED', answer);
  }
  if (responseCode !== null && responseCode >= 400) return new ChannelSendError(true, 'PROVIDER_UNAVAILABLE', answer);
  if (code === 'EAUTH' || code === 'ENOAUTH') return new ChannelSendError(false, 'NOT_AUTHORISED', answer);
  if (code === 'ECONFIG' || code === 'EENVELOPE') return new ChannelSendError(false, 'REJECTED', answer);
  return new ChannelSendError(true, 'PROVIDER_UNAVAILABLE', answer);
}

export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'TOO_MANY_ATTEMPTS',
  'FORBIDDEN',
  'NOT_FOUND',
  'ALREADY_EXISTS',
  'CONFLICT',
  'CLAIMED',
  'CAPACITY_REACHED',
  'TOPIC_REQUIRED',
  'VALIDATION_FAILED',
  'INVALID_JSON',
  'PAYLOAD_TOO_LARGE',
  'INVALID_SIGNATURE',
  'UNKNOWN_CHANNEL',
  'CHANNEL_NOT_CONFIGURED',
  'WINDOW_CLOSED',
  'PROVIDER_UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An expected failure with a stable code; one filter turns it into an HTTP answer. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export function assertUnreachable(value: never): never {
  throw new Error(`Unreachable: ${String(value)}`);
}

export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case 'UNAUTHENTICATED':
    case 'INVALID_CREDENTIALS':
    case 'INVALID_SIGNATURE':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
    case 'UNKNOWN_CHANNEL':
    case 'CHANNEL_NOT_CONFIGURED':
      return 404;
    case 'VALIDATION_FAILED':
    case 'INVALID_JSON':
      return 400;
    case 'WINDOW_CLOSED':
    case 'ALREADY_EXISTS':
    case 'CONFLICT':
    case 'CLAIMED':
    case 'CAPACITY_REACHED':
    case 'TOPIC_REQUIRED':
      return 409;
    case 'PAYLOAD_TOO_LARGE':
      return 413;
    case 'TOO_MANY_ATTEMPTS':
      return 429;
    case 'PROVIDER_UNAVAILABLE':
      return 502;
    default:
      return assertUnreachable(code);
  }
}

import type { IncomingHttpHeaders } from 'node:http';

export const SESSION_COOKIE = 'ingang_session';

function cookieValue(cookieHeader: string | undefined, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) {
      try {
        return decodeURIComponent(rest.join('='));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** A bearer token (API clients) or the session cookie (the browser), the same for HTTP and sockets. */
export function sessionTokenFrom(headers: IncomingHttpHeaders, explicit?: unknown): string | undefined {
  if (typeof explicit === 'string' && explicit) return explicit;
  const authorization = headers.authorization;
  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim();
  return cookieValue(headers.cookie, SESSION_COOKIE);
}

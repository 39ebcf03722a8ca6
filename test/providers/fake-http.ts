import type { EventEmitter } from 'node:events';
import type { Server, ServerResponse } from 'node:http';

// The plumbing every fake provider shares; what differs between them is only the provider's own wire format.

/** Writes a JSON answer, unless the connection is already gone (e.g. a hang that ended in a dropped socket). */
export function writeJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string>,
): void {
  if (response.writableEnded || response.destroyed) return;
  const raw = JSON.stringify(body);
  response.writeHead(status, { 'content-length': String(Buffer.byteLength(raw)), ...headers });
  response.end(raw);
}

/**
 * The first recorded item that matches, already there or still to come on `event`: tests wait for what a fake
 * received or sent without polling.
 */
export function waitForRecorded<T>(
  events: EventEmitter,
  event: string,
  existing: T[],
  predicate: (item: T) => boolean,
  timeoutMs: number,
  describe: () => string,
): Promise<T> {
  const found = existing.find(predicate);
  if (found) return Promise.resolve(found);
  return new Promise((resolve, reject) => {
    const listener = (item: T) => {
      if (!predicate(item)) return;
      clearTimeout(timer);
      events.off(event, listener);
      resolve(item);
    };
    const timer = setTimeout(() => {
      events.off(event, listener);
      reject(new Error(describe()));
    }, timeoutMs);
    events.on(event, listener);
  });
}

/** Stops the fake: pending timers first, then the server and every open connection. */
export async function closeFake(server: Server, timers: Set<NodeJS.Timeout>): Promise<void> {
  for (const timer of timers) clearTimeout(timer);
  timers.clear();
  const closing = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  await closing;
}

import type { ClientToServerEvents, ServerToClientEvents } from '@ingang/shared';
import { io, type Socket } from 'socket.io-client';

export type IngangSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type ServerEventName = keyof ServerToClientEvents;
export type ServerEventPayload<E extends ServerEventName> = Parameters<ServerToClientEvents[E]>[0];

/** Connects as a browser does (token in the handshake, WebSocket only) and resolves once connected. */
export function connectSocket(baseUrl: string, token: string, timeoutMs = 5000): Promise<IngangSocket> {
  const socket: IngangSocket = io(baseUrl, {
    auth: { token },
    transports: ['websocket'],
    forceNew: true,
    timeout: timeoutMs,
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`socket did not connect within ${timeoutMs} ms`)), timeoutMs);
    const fail = (error: Error) => {
      clearTimeout(timer);
      socket.off('connect', succeed);
      socket.disconnect();
      reject(error);
    };
    const succeed = () => {
      clearTimeout(timer);
      socket.off('connect_error', fail);
      resolve(socket);
    };
    socket.once('connect', succeed);
    // The first refusal (e.g. a bad token) is the answer; no retrying here.
    socket.once('connect_error', fail);
  });
}

/**
 * Resolves with the first `name` event from now on that matches. Create the promise before the action that causes
 * the event; for events that may already have happened use {@link recordEvents}.
 */
export function waitForEvent<E extends ServerEventName>(
  socket: IngangSocket,
  name: E,
  predicate: (payload: ServerEventPayload<E>) => boolean = () => true,
  timeoutMs = 5000,
): Promise<ServerEventPayload<E>> {
  // socket.io's typed `on` cannot follow a generic event name; the payload type comes from the event map above.
  const untyped = socket as unknown as Socket;
  return new Promise((resolve, reject) => {
    const listener = (...args: unknown[]) => {
      const payload = args[0] as ServerEventPayload<E>;
      if (!predicate(payload)) return;
      clearTimeout(timer);
      untyped.off(name as string, listener);
      resolve(payload);
    };
    const timer = setTimeout(() => {
      untyped.off(name as string, listener);
      reject(new Error(`no matching "${name}" event within ${timeoutMs} ms`));
    }, timeoutMs);
    untyped.on(name as string, listener);
  });
}

export interface EventRecorder {
  readonly events: { name: ServerEventName; payload: unknown; at: Date }[];
  /** Every payload of `name` received so far. */
  all<E extends ServerEventName>(name: E): ServerEventPayload<E>[];
  /** The first matching `name` event, already received or still to come. */
  waitFor<E extends ServerEventName>(
    name: E,
    predicate?: (payload: ServerEventPayload<E>) => boolean,
    timeoutMs?: number,
  ): Promise<ServerEventPayload<E>>;
  stop(): void;
}

/** Records every server event from now on, so a test can wait for one that may already have arrived. */
export function recordEvents(socket: IngangSocket): EventRecorder {
  const events: EventRecorder['events'] = [];
  const record = (name: string, payload: unknown) => {
    events.push({ name: name as ServerEventName, payload, at: new Date() });
  };
  socket.onAny(record);
  return {
    events,
    all<E extends ServerEventName>(name: E) {
      return events.filter((event) => event.name === name).map((event) => event.payload as ServerEventPayload<E>);
    },
    waitFor<E extends ServerEventName>(
      name: E,
      predicate: (payload: ServerEventPayload<E>) => boolean = () => true,
      timeoutMs = 5000,
    ) {
      const seen = this.all(name).find(predicate);
      if (seen !== undefined) return Promise.resolve(seen);
      return waitForEvent(socket, name, predicate, timeoutMs);
    },
    stop() {
      socket.offAny(record);
    },
  };
}

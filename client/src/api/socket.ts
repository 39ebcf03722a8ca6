import { useSyncExternalStore } from 'react';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@ingang/shared';

export type IngangSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type ConnectionState = 'connected' | 'connecting' | 'offline';

let socket: IngangSocket | null = null;

/** One socket per tab, authenticated by the session cookie; connected only while someone is signed in. */
export function getSocket(): IngangSocket {
  socket ??= io({ withCredentials: true, transports: ['websocket'], autoConnect: false });
  return socket;
}

/**
 * Tells the server something only worth knowing now (who views or types where): dropped while offline rather than
 * sent late, since the sender repeats it after a reconnect.
 */
export function emitNow<E extends keyof ClientToServerEvents>(
  event: E,
  ...args: Parameters<ClientToServerEvents[E]>
): void {
  const current = getSocket();
  if (current.connected) current.emit(event, ...args);
}

function connectionState(): ConnectionState {
  const current = getSocket();
  if (current.connected) return 'connected';
  return current.active ? 'connecting' : 'offline';
}

function subscribe(onChange: () => void): () => void {
  const current = getSocket();
  const events = ['connect', 'disconnect', 'connect_error'] as const;
  for (const event of events) current.on(event, onChange);
  current.io.on('reconnect_attempt', onChange);
  return () => {
    for (const event of events) current.off(event, onChange);
    current.io.off('reconnect_attempt', onChange);
  };
}

export function useConnectionState(): ConnectionState {
  return useSyncExternalStore(subscribe, connectionState);
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { PresenceDto } from '@ingang/shared';
import { emitNow, getSocket } from '../api/socket';
import { colleaguesPresent, type Viewer } from './presence';

/** Sign of life while a conversation stays open (the server forgets a view it does not hear of). */
const VIEW_REPEAT_MS = 60_000;
/** Typing stops counting after this long without a keystroke. */
const TYPING_IDLE_MS = 3_000;

/**
 * Tells the server this tab shows the conversation (on opening, every minute, after a reconnect; none on leaving) and
 * follows who else views and types in it. The server answers a view with everyone present, so the list is complete
 * from the start.
 */
export function useConversationPresence(conversationId: string, selfId: string | null): Viewer[] {
  const [presence, setPresence] = useState<PresenceDto | null>(null);

  useEffect(() => {
    const socket = getSocket();
    const announce = () => emitNow('presence.view', { conversationId });
    const onPresence = (update: PresenceDto) => {
      if (update.conversationId === conversationId) setPresence(update);
    };
    socket.on('presence.updated', onPresence);
    socket.on('connect', announce);
    announce();
    const timer = setInterval(announce, VIEW_REPEAT_MS);
    return () => {
      clearInterval(timer);
      socket.off('presence.updated', onPresence);
      socket.off('connect', announce);
      emitNow('presence.view', { conversationId: null });
    };
  }, [conversationId]);

  return presence ? colleaguesPresent(presence.viewers, selfId) : [];
}

/**
 * Typing presence for the composer: `typed()` on every keystroke tells the server "typing" once, and "stopped" after
 * three quiet seconds; `stopped()` ends it at once (sent, switched away, left the page).
 */
export function useTypingSignal(conversationId: string): { typed: () => void; stopped: () => void } {
  const typing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const stopped = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    if (!typing.current) return;
    typing.current = false;
    emitNow('presence.typing', { conversationId, typing: false });
  }, [conversationId]);

  const typed = useCallback(() => {
    if (!typing.current) {
      typing.current = true;
      emitNow('presence.typing', { conversationId, typing: true });
    }
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(stopped, TYPING_IDLE_MS);
  }, [conversationId, stopped]);

  useEffect(() => stopped, [stopped]);

  return { typed, stopped };
}

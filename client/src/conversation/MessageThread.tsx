import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel, MessageDto, Visibility } from '@ingang/shared';
import { amsterdamDay, formatDay } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';
import { MessageItem } from './MessageItem';

// Within this many pixels of the end the agent counts as "at the bottom" and follows new messages.
const BOTTOM_SLACK_PX = 48;

interface DayGroup {
  day: string;
  messages: MessageDto[];
}

function groupByDay(messages: MessageDto[]): DayGroup[] {
  const groups: DayGroup[] = [];
  for (const message of messages) {
    const day = amsterdamDay(message.sentAt);
    const last = groups.at(-1);
    if (last && last.day === day) last.messages.push(message);
    else groups.push({ day, messages: [message] });
  }
  return groups;
}

interface MessageThreadProps {
  messages: MessageDto[];
  contactName: string;
  channel: Channel;
  conversationVisibility: Visibility;
  conversationSubject: string | null;
}

export function MessageThread({
  messages,
  contactName,
  channel,
  conversationVisibility,
  conversationSubject,
}: MessageThreadProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const scrollRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const known = useRef<Map<string, MessageDto['delivery']> | null>(null);
  const [unseen, setUnseen] = useState(0);
  const [announcement, setAnnouncement] = useState({ text: '', count: 0 });

  const groups = useMemo(() => groupByDay(messages), [messages]);
  const byId = useMemo(() => new Map(messages.map((message) => [message.id, message])), [messages]);

  const scrollToEnd = useCallback(() => {
    const element = scrollRef.current;
    if (element) element.scrollTop = element.scrollHeight;
    atBottom.current = true;
    setUnseen(0);
  }, []);

  // New messages: follow them when the agent is at the bottom (or sent one), otherwise count them; either way
  // tell screen readers what arrived and which replies failed.
  useLayoutEffect(() => {
    const previous = known.current;
    known.current = new Map(messages.map((message) => [message.id, message.delivery]));
    if (previous === null) {
      scrollToEnd();
      return;
    }
    const added = messages.filter((message) => !previous.has(message.id));
    const addedInbound = added.filter((message) => message.direction === 'inbound').length;
    const newlyFailed = messages.filter(
      (message) => message.delivery?.status === 'failed' && previous.get(message.id)?.status !== 'failed',
    ).length;
    if (atBottom.current || added.some((message) => message.direction !== 'inbound')) scrollToEnd();
    else if (addedInbound > 0) setUnseen((count) => count + addedInbound);
    const parts = [
      addedInbound > 0 ? t('thread.newMessages', { count: addedInbound }) : null,
      newlyFailed > 0 ? t('thread.deliveryFailed', { count: newlyFailed }) : null,
    ].filter((part) => part !== null);
    if (parts.length > 0) setAnnouncement((previous) => ({ text: parts.join(' '), count: previous.count + 1 }));
  }, [messages, scrollToEnd, t]);

  // Images and players change height after they load; stay pinned to the end if the agent was there.
  useEffect(() => {
    const content = contentRef.current;
    if (!content) return;
    const observer = new ResizeObserver(() => {
      if (atBottom.current && scrollRef.current) scrollRef.current.scrollTop = scrollRef.current.scrollHeight;
    });
    observer.observe(content);
    return () => observer.disconnect();
  }, []);

  const onScroll = () => {
    const element = scrollRef.current;
    if (!element) return;
    atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight <= BOTTOM_SLACK_PX;
    if (atBottom.current && unseen > 0) setUnseen(0);
  };

  return (
    <div className="thread-wrapper">
      <div
        className="thread"
        ref={scrollRef}
        onScroll={onScroll}
        role="region"
        aria-label={t('thread.label')}
        tabIndex={0}
      >
        <div ref={contentRef} className="thread__content">
          {messages.length === 0 && <p className="thread__empty">{t('thread.empty')}</p>}
          {groups.map((group) => (
            <div key={group.day} className="thread__day">
              <h3 className="thread__day-heading">
                <span>{formatDay(group.messages[0].sentAt, language)}</span>
              </h3>
              <ol className="thread__messages">
                {group.messages.map((message) => (
                  <MessageItem
                    key={message.id}
                    message={message}
                    contactName={contactName}
                    messagesById={byId}
                    channel={channel}
                    conversationVisibility={conversationVisibility}
                    conversationSubject={conversationSubject}
                  />
                ))}
              </ol>
            </div>
          ))}
        </div>
      </div>
      {unseen > 0 && (
        <button type="button" className="thread__jump" onClick={scrollToEnd}>
          <span aria-hidden="true">↓ </span>
          {t('thread.newMessages', { count: unseen })}
        </button>
      )}
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {/* A changing invisible suffix makes screen readers repeat an identical announcement. */}
        {announcement.text + (announcement.count % 2 === 1 ? '\u200b' : '')}
      </div>
    </div>
  );
}

import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import type { ConversationFilter } from '../api/conversations-api';
import { useLanguage } from '../i18n/use-language';
import { useSlaNow } from '../sla/use-sla-now';
import { useSlaSettings } from '../sla/use-sla-settings';
import { errorMessage } from '../ui/error-message';
import { LoadingState } from '../ui/LoadingState';
import { ConversationRow, ROW_HEIGHT } from './ConversationRow';
import { useConversationList } from './use-conversation-list';

// Start fetching the next page while this many rows are still below the viewport.
const PREFETCH_ROWS = 20;
const PAGE_STEP = 10;

/**
 * The queue, virtualised: only the visible rows exist in the DOM, so 10,000 open conversations scroll as smoothly
 * as ten. One row is in the tab order; the arrow keys, Home/End and Page Up/Down move between rows.
 */
export function ConversationList({ filter, selectedId }: { filter: ConversationFilter; selectedId: string | null }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { search } = useLocation();
  // The clock that also moves rows in and out of SLA-filtered lists: a row's colour and its place change together.
  const now = useSlaNow();
  const { calendar } = useSlaSettings();
  const list = useConversationList(filter);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  const conversations = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [activeId, setActiveId] = useState<string | null>(selectedId);

  const virtualizer = useVirtualizer({
    count: conversations.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    getItemKey: (index) => conversations[index].id,
  });
  const rows = virtualizer.getVirtualItems();
  const lastRenderedIndex = rows.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastRenderedIndex >= conversations.length - PREFETCH_ROWS) {
      void fetchNextPage();
    }
  }, [hasNextPage, isFetchingNextPage, fetchNextPage, lastRenderedIndex, conversations.length]);

  useEffect(() => {
    if (selectedId) setActiveId(selectedId);
  }, [selectedId]);

  // Opened from a link or after a reload: bring the open conversation into view once, not on every re-sort.
  const scrolledToSelection = useRef<string | null>(null);
  const selectedIndex = useMemo(
    () => (selectedId ? conversations.findIndex((conversation) => conversation.id === selectedId) : -1),
    [selectedId, conversations],
  );
  useEffect(() => {
    if (!selectedId || selectedIndex < 0 || scrolledToSelection.current === selectedId) return;
    scrolledToSelection.current = selectedId;
    virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedId, selectedIndex, virtualizer]);

  // Follow the conversation by id: live updates re-sort the list under the agent's focus.
  const activeIndex = useMemo(
    () => (activeId === null ? -1 : conversations.findIndex((conversation) => conversation.id === activeId)),
    [activeId, conversations],
  );
  const activeIsRendered = rows.some((row) => row.index === activeIndex);
  const tabbableIndex = activeIsRendered ? activeIndex : (rows[0]?.index ?? -1);

  const onFocusRow = useCallback((index: number) => setActiveId(conversations[index]?.id ?? null), [conversations]);

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(conversations.length - 1, index));
    setActiveId(conversations[target].id);
    virtualizer.scrollToIndex(target, { align: 'auto' });
    // The row may only be rendered after the virtualiser has scrolled; try for a few frames.
    let attempts = 0;
    const tryFocus = () => {
      const row = scrollRef.current?.querySelector<HTMLElement>(`[data-row-index="${target}"]`);
      if (row) row.focus();
      else if (attempts++ < 10) requestAnimationFrame(tryFocus);
    };
    requestAnimationFrame(tryFocus);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (conversations.length === 0) return;
    const current = activeIndex >= 0 ? activeIndex : 0;
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + PAGE_STEP,
      PageUp: current - PAGE_STEP,
      Home: 0,
      End: conversations.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    focusRow(next);
  };

  if (list.isPending) return <LoadingState label={t('inbox.loading')} />;
  if (list.isError) {
    return (
      <div className="inbox-message">
        <p role="alert">{errorMessage(list.error, t)}</p>
        <button type="button" className="button" onClick={() => void list.refetch()}>
          {t('common.retry')}
        </button>
      </div>
    );
  }

  return (
    <div className="conversation-list" ref={scrollRef}>
      {conversations.length === 0 ? (
        <p className="inbox-message">{t('inbox.empty')}</p>
      ) : (
        <ul
          role="list"
          aria-label={t('inbox.listLabel')}
          className="conversation-list__items"
          style={{ height: virtualizer.getTotalSize() }}
          onKeyDown={onKeyDown}
        >
          {rows.map((row) => {
            const conversation = conversations[row.index];
            return (
              <li
                key={row.key}
                className="conversation-list__item"
                aria-setsize={hasNextPage ? -1 : conversations.length}
                aria-posinset={row.index + 1}
                style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}
              >
                <ConversationRow
                  conversation={conversation}
                  selected={conversation.id === selectedId}
                  tabbable={row.index === tabbableIndex}
                  search={search}
                  now={now}
                  calendar={calendar}
                  language={language}
                  index={row.index}
                  onFocusRow={onFocusRow}
                />
              </li>
            );
          })}
        </ul>
      )}
      {isFetchingNextPage && <LoadingState label={t('inbox.loadingMore')} />}
    </div>
  );
}

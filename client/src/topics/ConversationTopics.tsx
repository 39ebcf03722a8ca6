import { byListOrder, type TopicDto } from '@ingang/shared';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../ui/error-message';
import { nextActiveIndex, pickerOptions } from './topic-picker';
import { useActiveTopics, useConversationTopics, useSetConversationTopics, useWorkflowSettings } from './use-topics';
import { useTopicsRealtime } from './use-topics-realtime';
import './topics.css';

/**
 * What a conversation is about, as chips, with a searchable list to add more: type to narrow it, arrows to choose,
 * Enter to add, Backspace in the empty field removes the last chip (the ARIA combobox pattern).
 */
export function ConversationTopics({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation();
  useTopicsRealtime();
  const chosenQuery = useConversationTopics(conversationId);
  const available = useActiveTopics();
  const required = useWorkflowSettings().data?.topicRequiredToResolve ?? false;
  const save = useSetConversationTopics(conversationId);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const [announcement, setAnnouncement] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();

  const chosen = chosenQuery.data ?? [];
  const options = pickerOptions(available.data ?? [], chosen, query);
  const active = activeIndex >= 0 && activeIndex < options.length ? options[activeIndex] : undefined;
  const optionId = (topic: TopicDto) => `${id}-option-${topic.id}`;

  const listId = `${id}-options`;
  const expanded = open && available.isSuccess;
  const activeOptionId = expanded && active ? optionId(active) : undefined;

  useEffect(() => {
    if (activeOptionId) document.getElementById(activeOptionId)?.scrollIntoView({ block: 'nearest' });
  }, [activeOptionId]);

  const change = (topics: TopicDto[], message: string) => {
    save.set(topics);
    setAnnouncement(message);
  };

  const add = (topic: TopicDto) => {
    // In list order, as the server will answer: the chip does not jump when the answer comes.
    change([...chosen, topic].sort(byListOrder), t('topics.added', { name: topic.name }));
    setQuery('');
    // Browsing the whole list, the next option takes the added one's place (Enter, Enter adds two in a row); after
    // typing, the whole list comes back with none active.
    setActiveIndex(query.trim() === '' ? Math.min(activeIndex, options.length - 2) : -1);
  };

  const remove = (topic: TopicDto) => {
    change(
      chosen.filter((candidate) => candidate.id !== topic.id),
      t('topics.removed', { name: topic.name }),
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        setActiveIndex(nextActiveIndex(open ? activeIndex : -1, options.length, event.key));
        return;
      case 'Home':
      case 'End':
        if (!open) return;
        event.preventDefault();
        setActiveIndex(nextActiveIndex(activeIndex, options.length, event.key));
        return;
      case 'Enter':
        if (!open || !active) return;
        event.preventDefault();
        add(active);
        return;
      case 'Escape':
        if (!open && query === '') return;
        // Closes the list (or clears the text) and nothing else: the page around keeps its own Escape.
        event.preventDefault();
        event.stopPropagation();
        if (open) setOpen(false);
        else setQuery('');
        return;
      case 'Backspace': {
        const last = chosen.at(-1);
        if (query !== '' || !last) return;
        event.preventDefault();
        remove(last);
        return;
      }
    }
  };

  return (
    <div className="conversation-topics" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="conversation-topics__label">
        {t('topics.label')}
      </span>
      {chosen.length > 0 && (
        <ul className="conversation-topics__chips" aria-label={t('topics.chosen')}>
          {chosen.map((topic) => (
            <li key={topic.id} className={`topic-chip${topic.active ? '' : ' topic-chip--inactive'}`}>
              <span className="topic-chip__name" title={topic.active ? undefined : t('topics.inactiveTitle')}>
                {topic.name}
              </span>
              {!topic.active && <span className="visually-hidden">{t('topics.inactive')}</span>}
              <button
                type="button"
                className="topic-chip__remove"
                aria-label={t('topics.remove', { name: topic.name })}
                title={t('topics.remove', { name: topic.name })}
                onClick={() => {
                  remove(topic);
                  inputRef.current?.focus();
                }}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {chosenQuery.isSuccess && chosen.length === 0 && (
        <span className={`conversation-topics__none${required ? ' conversation-topics__none--required' : ''}`}>
          {t(required ? 'topics.noneRequired' : 'topics.none')}
        </span>
      )}
      <div className="topic-picker">
        <input
          ref={inputRef}
          type="text"
          role="combobox"
          className="topic-picker__input"
          aria-label={t('topics.add')}
          aria-describedby={`${id}-hint`}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={activeOptionId}
          placeholder={t('topics.placeholder')}
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
          value={query}
          disabled={!chosenQuery.isSuccess}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActiveIndex(event.target.value.trim() === '' ? -1 : 0);
          }}
          onClick={() => setOpen(!open)}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <span id={`${id}-hint`} hidden>
          {t('topics.hint')}
        </span>
        <ul
          id={listId}
          role="listbox"
          className="topic-picker__options"
          aria-label={t('topics.options')}
          hidden={!expanded}
        >
          {options.map((topic, index) => (
            <li
              key={topic.id}
              id={optionId(topic)}
              role="option"
              aria-selected={index === activeIndex}
              className={`topic-picker__option${index === activeIndex ? ' topic-picker__option--active' : ''}`}
              // Keeps the focus in the field, so the list stays open for the next choice.
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActiveIndex(index)}
              onClick={() => add(topic)}
            >
              {topic.name}
            </li>
          ))}
          {options.length === 0 && (
            <li className="topic-picker__empty" role="presentation">
              {t(query.trim() === '' ? 'topics.allChosen' : 'topics.noMatch')}
            </li>
          )}
        </ul>
      </div>
      <span className="visually-hidden" role="status">
        {expanded && query.trim() !== '' ? t('topics.matches', { count: options.length }) : announcement}
      </span>
      {(save.error || chosenQuery.isError || available.isError) && (
        <span className="conversation-topics__error" role="alert">
          {errorMessage(save.error ?? chosenQuery.error ?? available.error, t)}
        </span>
      )}
    </div>
  );
}

import { fillPlaceholders, type PlaceholderValues, type StandardAnswerDto } from '@ingang/shared';
import { useEffect, useRef, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReplyTextLimit } from '../conversation/reply-limit';
import type { StandardAnswerPickerState } from './use-standard-answer-picker';
import './knowledge.css';

const PREVIEW_LENGTH = 160;

interface StandardAnswerPickerProps {
  picker: StandardAnswerPickerState;
  values: PlaceholderValues;
  limit: ReplyTextLimit;
  onChoose: (answer: StandardAnswerDto) => void;
  /** Escape, or focus leaving the picker (`refocus` false). */
  onClose: (refocus: boolean) => void;
  /**
   * Opened with the button: the picker has its own search field, the combobox. Opened by typing `/` in the reply,
   * the reply box keeps the focus and the keys (see ReplyBox) and there is no field here.
   */
  search?: { value: string; onChange: (value: string) => void };
  /** The typed search, shown in the heading when the reply box is the field. */
  query: string;
}

function previewOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > PREVIEW_LENGTH ? `${flat.slice(0, PREVIEW_LENGTH - 1)}…` : flat;
}

/** The standard answers for this conversation, as a listbox above the reply box. */
export function StandardAnswerPicker({
  picker,
  values,
  limit,
  onChoose,
  onClose,
  search,
  query,
}: StandardAnswerPickerProps) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLUListElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const { listboxId, activeOptionId } = picker;

  useEffect(() => {
    if (search) searchRef.current?.focus();
    // Only when it opens: the search field takes the focus from the button.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!activeOptionId) return;
    const option = listRef.current?.querySelector(`[id="${activeOptionId}"]`);
    option?.scrollIntoView({ block: 'nearest' });
  }, [activeOptionId]);

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (picker.move(event.key)) {
      event.preventDefault();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (picker.activeAnswer) onChoose(picker.activeAnswer);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose(true);
    }
  };

  // Clicking an option or the search field keeps the picker; focus going anywhere else closes it.
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (search && !event.currentTarget.contains(event.relatedTarget)) onClose(false);
  };

  let content: ReactNode;
  if (picker.loading) {
    content = <p className="answer-picker__message">{t('knowledge.picker.loading')}</p>;
  } else if (picker.failed) {
    content = (
      <p className="answer-picker__message answer-picker__message--error">
        {t('knowledge.picker.failed')}{' '}
        <button
          type="button"
          className="button button--quiet button--small"
          onMouseDown={(event) => event.preventDefault()}
          onClick={picker.retry}
        >
          {t('common.retry')}
        </button>
      </p>
    );
  } else if (picker.answers.length === 0) {
    content = (
      <p className="answer-picker__message">
        {query.trim() ? t('knowledge.picker.noneFor', { query: query.trim() }) : t('knowledge.picker.none')}
      </p>
    );
  }

  return (
    <div className="answer-picker" onBlur={onBlur}>
      <div className="answer-picker__header">
        <span className="answer-picker__title" id={`${listboxId}-label`}>
          {t('knowledge.picker.title')}
        </span>
        <span className="answer-picker__keys" aria-hidden="true">
          {t('knowledge.picker.keys')}
        </span>
      </div>
      {search && (
        <input
          ref={searchRef}
          type="text"
          className="answer-picker__search"
          role="combobox"
          aria-label={t('knowledge.picker.searchLabel')}
          aria-expanded="true"
          aria-controls={listboxId}
          aria-activedescendant={activeOptionId}
          aria-autocomplete="list"
          autoComplete="off"
          spellCheck={false}
          placeholder={t('knowledge.picker.searchPlaceholder')}
          value={search.value}
          onChange={(event) => search.onChange(event.target.value)}
          onKeyDown={onSearchKeyDown}
        />
      )}
      <ul
        ref={listRef}
        id={listboxId}
        className="answer-picker__list"
        role="listbox"
        aria-labelledby={`${listboxId}-label`}
        hidden={picker.answers.length === 0}
      >
        {picker.answers.map((answer, index) => {
          const filled = fillPlaceholders(answer.body, values);
          const length = limit.count(filled.text.trim());
          const active = index === picker.activeIndex;
          return (
            <li
              key={answer.id}
              id={picker.optionId(index)}
              role="option"
              aria-selected={active}
              className={`answer-option${active ? ' answer-option--active' : ''}`}
              // The reply box (or the search field) keeps the focus: the agent goes on typing there.
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => {
                if (!active) picker.setActiveIndex(index);
              }}
              onClick={() => onChoose(answer)}
            >
              <span className="answer-option__title">{answer.title}</span>
              <span className="answer-option__preview">{previewOf(filled.text)}</span>
              {length > limit.max && (
                <span className="answer-option__warning">
                  {t(`knowledge.picker.tooLong.${limit.kind}`, { length, max: limit.max })}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {content}
    </div>
  );
}

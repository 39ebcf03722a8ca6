import { useId, useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_NOTE_LENGTH, type ColleagueDto, type PersonDto } from '@ingang/shared';
import { useCurrentUser } from '../auth/use-session';
import { insertMention, mentionCandidates, mentionedIds, mentionQueryAt, type MentionQuery } from './mentions';
import { useAddNote, useColleagues } from './use-workflow';
import { workflowErrorMessage } from './workflow-error';

/**
 * An internal note for colleagues, never sent to the citizen. Typing `@` and a name offers colleagues (online ones
 * first): arrows choose, Enter inserts `@Name`, Escape closes; the colleagues still named when it is sent are told.
 */
export function NoteComposer({
  conversationId,
  onTyping,
  onStopTyping,
}: {
  conversationId: string;
  onTyping: () => void;
  onStopTyping: () => void;
}) {
  const { t } = useTranslation();
  const self = useCurrentUser().data ?? null;
  const send = useAddNote(conversationId);
  const colleagues = useColleagues();
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<PersonDto[]>([]);
  const [mention, setMention] = useState<MentionQuery | null>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const pendingCaret = useRef<number | null>(null);
  const textareaId = useId();
  const hintId = useId();
  const listId = useId();

  const candidates = mention ? mentionCandidates(colleagues.data ?? [], mention.query, self?.id ?? null) : [];
  const open = mention !== null && candidates.length > 0;
  const active = open ? candidates[Math.min(activeIndex, candidates.length - 1)] : undefined;
  const optionId = (colleague: ColleagueDto) => `${listId}-${colleague.id}`;
  const empty = text.trim().length === 0;
  const tooLong = text.trim().length > MAX_NOTE_LENGTH;

  useLayoutEffect(() => {
    const caret = pendingCaret.current;
    const textarea = textareaRef.current;
    if (caret === null || !textarea) return;
    pendingCaret.current = null;
    textarea.focus();
    textarea.setSelectionRange(caret, caret);
  });

  const follow = (value: string, caret: number) => {
    const next = mentionQueryAt(value, caret);
    if (next?.query !== mention?.query || next?.start !== mention?.start) setActiveIndex(0);
    setMention(next);
  };

  const choose = (colleague: ColleagueDto) => {
    if (!mention) return;
    const inserted = insertMention(text, mention, colleague.name);
    pendingCaret.current = inserted.caret;
    setText(inserted.text);
    setChosen((current) => [...current, { id: colleague.id, name: colleague.name }]);
    setMention(null);
    setAnnouncement(t('notes.mentioned', { name: colleague.name }));
  };

  const submit = () => {
    if (empty || tooLong || send.isPending) return;
    const sent = text.trim();
    send.mutate(
      { text: sent, mentionIds: mentionedIds(sent, chosen) },
      {
        onSuccess: () => {
          setText((current) => (current.trim() === sent ? '' : current));
          setChosen([]);
          setAnnouncement(t('notes.sent'));
        },
      },
    );
    onStopTyping();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (open && !event.ctrlKey && !event.metaKey && !event.altKey) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActiveIndex((index) => (index + step + candidates.length) % candidates.length);
        return;
      }
      if (event.key === 'Enter' && !event.shiftKey && active) {
        event.preventDefault();
        choose(active);
        return;
      }
      if (event.key === 'Tab') setMention(null);
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        setMention(null);
        return;
      }
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit();
  };

  return (
    <form className="note-box" onSubmit={onSubmit}>
      <label htmlFor={textareaId} className="note-box__label">
        {t('notes.label')}
      </label>
      <div className="note-box__field">
        {open && (
          <ul id={listId} role="listbox" className="mention-list" aria-label={t('notes.colleagues')}>
            {candidates.map((colleague) => (
              <li
                key={colleague.id}
                id={optionId(colleague)}
                role="option"
                aria-selected={colleague === active}
                className={`mention-list__option${colleague === active ? ' mention-list__option--active' : ''}`}
                // Keep the focus in the note while choosing with the mouse.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(colleague)}
              >
                <span className={`presence-dot${colleague.online ? ' presence-dot--online' : ''}`} aria-hidden="true" />
                <span>{colleague.name}</span>
                <span className="visually-hidden">
                  , {colleague.online ? t('workflow.online') : t('workflow.offline')}
                </span>
              </li>
            ))}
          </ul>
        )}
        <textarea
          ref={textareaRef}
          id={textareaId}
          className="note-box__input"
          rows={3}
          value={text}
          placeholder={t('notes.placeholder')}
          aria-describedby={hintId}
          aria-invalid={tooLong || undefined}
          aria-autocomplete="list"
          aria-controls={open ? listId : undefined}
          aria-activedescendant={active ? optionId(active) : undefined}
          onChange={(event) => {
            setText(event.target.value);
            follow(event.target.value, event.target.selectionStart);
            if (send.isError) send.reset();
            if (event.target.value.trim() === '') onStopTyping();
            else onTyping();
          }}
          onSelect={(event) => follow(event.currentTarget.value, event.currentTarget.selectionStart)}
          onBlur={() => setMention(null)}
          onKeyDown={onKeyDown}
        />
      </div>
      <p className="visually-hidden" role="status">
        {open ? t('notes.suggestions', { count: candidates.length }) : announcement}
      </p>
      {tooLong && (
        <p className="form-error" role="alert">
          {t('notes.tooLong', { max: MAX_NOTE_LENGTH })}
        </p>
      )}
      {send.isError && (
        <p className="form-error" role="alert">
          {workflowErrorMessage(send.error, t)}
        </p>
      )}
      <div className="note-box__footer">
        <span id={hintId} className="note-box__hint">
          {t('notes.hint')}
        </span>
        <button
          type="submit"
          className="button button--note"
          disabled={empty || tooLong || send.isPending}
          aria-busy={send.isPending || undefined}
        >
          {t('notes.send')}
        </button>
      </div>
    </form>
  );
}

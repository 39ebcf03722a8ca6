import {
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type Dispatch,
  type FormEvent,
  type KeyboardEvent,
  type SetStateAction,
} from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  fillPlaceholders,
  findPlaceholders,
  placeholderValuesFor,
  type Channel,
  type StandardAnswerDto,
  type Visibility,
} from '@ingang/shared';
import { isApiError } from '../api/http';
import { useCurrentUser } from '../auth/use-session';
import { insertStandardAnswer, type TextRange } from '../knowledge/insert-standard-answer';
import { slashQueryAt } from '../knowledge/slash-query';
import { StandardAnswerPicker } from '../knowledge/StandardAnswerPicker';
import { useStandardAnswerPicker } from '../knowledge/use-standard-answer-picker';
import { useRecordStandardAnswerUse } from '../knowledge/use-standard-answers';
import { errorMessage } from '../ui/error-message';
import { replyTextLimit } from './reply-limit';
import { useConversation, useSendReply } from './use-conversation';
import { VisibilityChoice } from './VisibilityChoice';

interface ReplyBoxProps {
  conversationId: string;
  channel: Channel;
  // The draft lives in the composer, so it survives a detour through the template picker.
  text: string;
  onTextChange: Dispatch<SetStateAction<string>>;
  /** Public or private; the choice is offered only in a public thread (`choices` is empty otherwise). */
  visibility: Visibility;
  choices: Visibility[];
  onVisibilityChange: (visibility: Visibility) => void;
  unavailable: Partial<Record<Visibility, string>>;
  onWindowClosed: () => void;
  onUseTemplate?: () => void;
}

/**
 * The standard-answer picker, when open. `slash`: the agent typed `/…` at the start of a line, which `range` covers
 * and the answer replaces; the reply box keeps the focus. `button`: opened with the button, with its own search
 * field; the answer goes where the caret was.
 */
type PickerState =
  { source: 'slash'; range: TextRange; query: string } | { source: 'button'; range: TextRange; query: string };

function hasLengthDetails(details: unknown): details is { maxLength: number; length: number } {
  return (
    typeof details === 'object' &&
    details !== null &&
    typeof (details as { maxLength?: unknown }).maxLength === 'number' &&
    typeof (details as { length?: unknown }).length === 'number'
  );
}

// The server counts as the provider does (X weighs links as 23 characters): its verdict on length wins.
function replyErrorMessage(error: unknown, t: TFunction): string {
  if (isApiError(error, 'VALIDATION_FAILED') && hasLengthDetails(error.details)) {
    return t('reply.tooLongForChannel', { length: error.details.length, max: error.details.maxLength });
  }
  return errorMessage(error, t);
}

export function ReplyBox({
  conversationId,
  channel,
  text,
  onTextChange,
  visibility,
  choices,
  onVisibilityChange,
  unavailable,
  onWindowClosed,
  onUseTemplate,
}: ReplyBoxProps) {
  const { t } = useTranslation();
  const send = useSendReply(conversationId);
  const textareaId = useId();
  const counterId = useId();
  const hintId = useId();
  const publicNoticeId = useId();
  const placeholdersId = useId();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const answerButtonRef = useRef<HTMLButtonElement>(null);
  // Where the caret goes once the draft with an inserted answer is rendered.
  const pendingSelection = useRef<TextRange | null>(null);
  const [picker, setPicker] = useState<PickerState | null>(null);
  // The slash whose picker the agent closed with Escape: it stays text until it is gone.
  const [dismissedSlashAt, setDismissedSlashAt] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const answerPicker = useStandardAnswerPicker(picker?.query ?? '', channel, picker !== null);
  const recordUse = useRecordStandardAnswerUse();
  // The same cached conversation the view shows; its contact's name fills {{voornaam}} and {{naam}}.
  const contactName = useConversation(conversationId).data?.conversation.contact.displayName;
  const agentName = useCurrentUser().data?.name;
  const placeholderValues = placeholderValuesFor({ contactName, agentName });

  const limit = replyTextLimit(channel, visibility);
  const length = limit.count(text.trim());
  const tooLong = length > limit.max;
  const empty = text.trim().length === 0;
  const isPublic = visibility === 'public';
  const blocked = unavailable[visibility] !== undefined;
  const leftToFill = findPlaceholders(text);
  const unfilled = leftToFill.length > 0;

  useLayoutEffect(() => {
    const selection = pendingSelection.current;
    const textarea = textareaRef.current;
    if (!selection || !textarea || textarea.value !== text) return;
    pendingSelection.current = null;
    // Tall enough to read the inserted answer (the style sheet's max-height caps it), and scrolled to the selection:
    // the first placeholder to fill in, which may be far above the end of a long answer.
    textarea.style.height = 'auto';
    textarea.style.height = `${textarea.scrollHeight + textarea.offsetHeight - textarea.clientHeight}px`;
    textarea.value = text.slice(0, selection.end);
    const selectionBottom = textarea.scrollHeight;
    textarea.value = text;
    textarea.focus();
    textarea.setSelectionRange(selection.start, selection.end);
    textarea.scrollTop = Math.max(0, selectionBottom - textarea.clientHeight / 2);
  });

  // An empty reply (sent, or cleared) goes back to its own size.
  useLayoutEffect(() => {
    if (text === '' && textareaRef.current) textareaRef.current.style.height = '';
  }, [text]);

  const submit = () => {
    if (unfilled) {
      selectRange(leftToFill[0]);
      return;
    }
    if (empty || tooLong || blocked || send.isPending) return;
    const sent = text.trim();
    send.mutate(
      // In a public thread the choice always travels explicitly; a private conversation has no choice to send.
      choices.length > 0 ? { text: sent, visibility } : { text: sent },
      {
        // Keep anything the agent typed while the reply was on its way.
        onSuccess: () => onTextChange((current) => (current.trim() === sent ? '' : current)),
        onError: (error) => {
          // The window closed while the agent typed (or the server's clock disagrees): offer the templates.
          if (isApiError(error, 'WINDOW_CLOSED')) onWindowClosed();
        },
      },
    );
  };

  const selectRange = (range: TextRange) => {
    const textarea = textareaRef.current;
    if (!textarea) return;
    textarea.focus();
    textarea.setSelectionRange(range.start, range.end);
  };

  // Typing `/` at the start of a line opens the picker; what follows filters it; moving away closes it.
  const followSlash = (value: string, caret: number) => {
    const slash = slashQueryAt(value, caret);
    if (!slash) {
      if (picker?.source === 'slash') setPicker(null);
      if (dismissedSlashAt !== null) setDismissedSlashAt(null);
      return;
    }
    if (slash.start === dismissedSlashAt || picker?.source === 'button') return;
    if (picker?.source === 'slash' && picker.query === slash.query && picker.range.end === slash.end) return;
    if (!picker) setAnnouncement('');
    setPicker({ source: 'slash', range: { start: slash.start, end: slash.end }, query: slash.query });
  };

  const closePicker = (refocus: boolean) => {
    if (picker?.source === 'slash') setDismissedSlashAt(picker.range.start);
    if (picker?.source === 'button' && refocus) answerButtonRef.current?.focus();
    setPicker(null);
  };

  const choose = (answer: StandardAnswerDto) => {
    if (!picker) return;
    const filled = fillPlaceholders(answer.body, placeholderValues);
    const insertion = insertStandardAnswer(text, picker.range, filled);
    pendingSelection.current = insertion.selection;
    onTextChange(insertion.text);
    setPicker(null);
    setDismissedSlashAt(null);
    if (send.isError) send.reset();
    recordUse.mutate(answer.id);
    const names = insertion.unfilled.map((span) => `{{${span.name}}}`).join(', ');
    setAnnouncement(
      insertion.unfilled.length > 0
        ? t('knowledge.insertedFillIn', { title: answer.title, placeholders: names })
        : t('knowledge.inserted', { title: answer.title }),
    );
  };

  const openWithButton = () => {
    if (picker?.source === 'button') return closePicker(true);
    const textarea = textareaRef.current;
    const range = textarea ? { start: textarea.selectionStart, end: textarea.selectionEnd } : null;
    setAnnouncement('');
    setPicker({ source: 'button', range: range ?? { start: text.length, end: text.length }, query: '' });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Keys that finish an input method's composition (Enter choosing a Japanese word) are the IME's, not ours.
    if (event.nativeEvent.isComposing) return;
    if (picker?.source === 'slash' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      if (answerPicker.move(event.key)) {
        event.preventDefault();
        return;
      }
      if (event.key === 'Enter' && !event.shiftKey && answerPicker.activeAnswer) {
        event.preventDefault();
        choose(answerPicker.activeAnswer);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        closePicker(false);
        return;
      }
      if (event.key === 'Tab') closePicker(false);
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (picker) closePicker(false);
      submit();
    }
  };

  const slashOpen = picker?.source === 'slash';
  const describedBy = [isPublic ? publicNoticeId : null, unfilled ? placeholdersId : null, hintId, counterId]
    .filter(Boolean)
    .join(' ');
  const resultsAnnouncement =
    picker && !answerPicker.loading ? t('knowledge.picker.count', { count: answerPicker.answers.length }) : '';

  return (
    <form className={`reply-box${isPublic ? ' reply-box--public' : ''}`} onSubmit={onSubmit}>
      {choices.length > 0 && (
        <VisibilityChoice
          channel={channel}
          choices={choices}
          value={visibility}
          unavailable={unavailable}
          onChange={(next) => {
            onVisibilityChange(next);
            if (send.isError) send.reset();
          }}
        />
      )}
      <label htmlFor={textareaId} className="reply-box__label">
        {t('reply.label')}
      </label>
      {isPublic && (
        <p id={publicNoticeId} className="reply-box__public-notice">
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M8 1.5 15 14H1z" fill="currentColor" />
            <path d="M8 6v4M8 11.6v.2" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
          </svg>
          <span>
            <strong>{t('reply.publicWarning')}</strong> {t(`reply.publicExplanation.${channel}`, { defaultValue: '' })}
          </span>
        </p>
      )}
      <div className="reply-box__field">
        {picker && (
          <StandardAnswerPicker
            picker={answerPicker}
            values={placeholderValues}
            limit={limit}
            query={picker.query}
            onChoose={choose}
            onClose={closePicker}
            search={
              picker.source === 'button'
                ? { value: picker.query, onChange: (query) => setPicker({ ...picker, query }) }
                : undefined
            }
          />
        )}
        {/*
          While `/…` filters the picker, this field drives it: arrows, Enter and Escape, and the active option named
          by aria-activedescendant. A textarea may not take the combobox role; the picker's own search field (opened
          with the button) is the full combobox.
        */}
        <textarea
          ref={textareaRef}
          id={textareaId}
          className="reply-box__input"
          value={text}
          rows={3}
          onChange={(event) => {
            onTextChange(event.target.value);
            followSlash(event.target.value, event.target.selectionStart);
            if (send.isError) send.reset();
          }}
          onSelect={(event) => followSlash(event.currentTarget.value, event.currentTarget.selectionStart)}
          onBlur={() => {
            if (slashOpen) setPicker(null);
          }}
          onKeyDown={onKeyDown}
          aria-describedby={describedBy}
          aria-invalid={tooLong || unfilled || undefined}
          aria-autocomplete="list"
          aria-controls={slashOpen ? answerPicker.listboxId : undefined}
          aria-activedescendant={slashOpen ? answerPicker.activeOptionId : undefined}
          placeholder={isPublic ? t('reply.placeholderPublic') : t('reply.placeholder')}
        />
      </div>
      {/* The keys and the length on one line under the text, the actions on their own: both stay readable. */}
      <div className="reply-box__meta">
        <span id={hintId} className="reply-box__hint">
          {t('reply.shortcut')} · {t('knowledge.slashHint')}
        </span>
        <span
          id={counterId}
          className={`reply-box__counter${limit.kind === 'tweet' ? ' reply-box__counter--tweet' : ''}${tooLong ? ' reply-box__counter--over' : ''}`}
        >
          {t('reply.counter', { length, max: limit.max })}
        </span>
      </div>
      <p className="visually-hidden" role="status">
        {resultsAnnouncement || announcement}
      </p>
      {unfilled && (
        <div id={placeholdersId} className="reply-box__placeholders">
          <span>{t('knowledge.fillIn', { count: leftToFill.length })}</span>
          {leftToFill.map((span) => (
            <button
              key={span.start}
              type="button"
              className="placeholder-chip"
              aria-label={t('knowledge.selectPlaceholder', { placeholder: text.slice(span.start, span.end) })}
              onClick={() => selectRange(span)}
            >
              {text.slice(span.start, span.end)}
            </button>
          ))}
        </div>
      )}
      {tooLong && (
        <p className="form-error" role="alert">
          {t(`reply.tooLong.${limit.kind}`, { max: limit.max })}
        </p>
      )}
      {send.isError && !isApiError(send.error, 'WINDOW_CLOSED') && (
        <p className="form-error" role="alert">
          {replyErrorMessage(send.error, t)}
        </p>
      )}
      <div className="reply-box__footer">
        <button
          ref={answerButtonRef}
          type="button"
          className="button button--quiet"
          aria-expanded={picker?.source === 'button'}
          onMouseDown={(event) => {
            // A click on the button while its picker is open closes it here, not first through the blur.
            if (picker?.source === 'button') event.preventDefault();
          }}
          onClick={openWithButton}
        >
          {t('knowledge.button')}
        </button>
        {onUseTemplate && (
          <button type="button" className="button button--quiet" onClick={onUseTemplate}>
            {t('reply.useTemplate')}
          </button>
        )}
        <button
          type="submit"
          className={`button button--primary${isPublic ? ' button--public' : ''}`}
          disabled={empty || tooLong || unfilled || blocked || send.isPending}
          aria-busy={send.isPending || undefined}
        >
          {t('reply.send')}
        </button>
      </div>
    </form>
  );
}

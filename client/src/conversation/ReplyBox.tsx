import { useId, type Dispatch, type FormEvent, type KeyboardEvent, type SetStateAction } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Channel, Visibility } from '@ingang/shared';
import { isApiError } from '../api/http';
import { errorMessage } from '../ui/error-message';
import { replyTextLimit } from './reply-limit';
import { useSendReply } from './use-conversation';
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
  const limit = replyTextLimit(channel, visibility);
  const length = limit.count(text.trim());
  const tooLong = length > limit.max;
  const empty = text.trim().length === 0;
  const isPublic = visibility === 'public';
  const blocked = unavailable[visibility] !== undefined;

  const submit = () => {
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

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };

  const describedBy = [isPublic ? publicNoticeId : null, hintId, counterId].filter(Boolean).join(' ');

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
      <textarea
        id={textareaId}
        className="reply-box__input"
        value={text}
        rows={3}
        onChange={(event) => {
          onTextChange(event.target.value);
          if (send.isError) send.reset();
        }}
        onKeyDown={onKeyDown}
        aria-describedby={describedBy}
        aria-invalid={tooLong || undefined}
        placeholder={isPublic ? t('reply.placeholderPublic') : t('reply.placeholder')}
      />
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
        <span id={hintId} className="reply-box__hint">
          {t('reply.shortcut')}
        </span>
        <span
          id={counterId}
          className={`reply-box__counter${limit.kind === 'tweet' ? ' reply-box__counter--tweet' : ''}${tooLong ? ' reply-box__counter--over' : ''}`}
        >
          {t('reply.counter', { length, max: limit.max })}
        </span>
        {onUseTemplate && (
          <button type="button" className="button button--quiet" onClick={onUseTemplate}>
            {t('reply.useTemplate')}
          </button>
        )}
        <button
          type="submit"
          className={`button button--primary${isPublic ? ' button--public' : ''}`}
          disabled={empty || tooLong || blocked || send.isPending}
          aria-busy={send.isPending || undefined}
        >
          {t('reply.send')}
        </button>
      </div>
    </form>
  );
}

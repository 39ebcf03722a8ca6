import { useId, type Dispatch, type FormEvent, type KeyboardEvent, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_REPLY_LENGTH } from '@ingang/shared';
import { isApiError } from '../api/http';
import { errorMessage } from '../ui/error-message';
import { useSendReply } from './use-conversation';

interface ReplyBoxProps {
  conversationId: string;
  // The draft lives in the composer, so it survives a detour through the template picker.
  text: string;
  onTextChange: Dispatch<SetStateAction<string>>;
  onWindowClosed: () => void;
  onUseTemplate?: () => void;
}

export function ReplyBox({ conversationId, text, onTextChange, onWindowClosed, onUseTemplate }: ReplyBoxProps) {
  const { t } = useTranslation();
  const send = useSendReply(conversationId);
  const textareaId = useId();
  const counterId = useId();
  const hintId = useId();
  const length = text.length;
  const tooLong = length > MAX_REPLY_LENGTH;
  const empty = text.trim().length === 0;

  const submit = () => {
    if (empty || tooLong || send.isPending) return;
    const sent = text.trim();
    send.mutate(
      { text: sent },
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

  return (
    <form className="reply-box" onSubmit={onSubmit}>
      <label htmlFor={textareaId} className="reply-box__label">
        {t('reply.label')}
      </label>
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
        aria-describedby={`${hintId} ${counterId}`}
        aria-invalid={tooLong || undefined}
        placeholder={t('reply.placeholder')}
      />
      {send.isError && !isApiError(send.error, 'WINDOW_CLOSED') && (
        <p className="form-error" role="alert">
          {errorMessage(send.error, t)}
        </p>
      )}
      <div className="reply-box__footer">
        <span id={hintId} className="reply-box__hint">
          {t('reply.shortcut')}
        </span>
        <span id={counterId} className={`reply-box__counter${tooLong ? ' reply-box__counter--over' : ''}`}>
          {t('reply.counter', { length, max: MAX_REPLY_LENGTH })}
        </span>
        {onUseTemplate && (
          <button type="button" className="button button--quiet" onClick={onUseTemplate}>
            {t('reply.useTemplate')}
          </button>
        )}
        <button
          type="submit"
          className="button button--primary"
          disabled={empty || tooLong || send.isPending}
          aria-busy={send.isPending || undefined}
        >
          {t('reply.send')}
        </button>
      </div>
    </form>
  );
}

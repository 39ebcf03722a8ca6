import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import {
  MAX_REPLY_LENGTH,
  replyWindow,
  type ConversationDetailDto,
  type EscalationDto,
  type ReplyRequest,
  type UserDto,
} from '@ingang/shared';
import { useCurrentUser } from '../auth/use-session';
import { ReplyWindowBanner } from '../conversation/ReplyWindowBanner';
import { useCloseEscalation } from '../escalations/use-escalations';
import { useNow } from '../ui/use-now';
import { isLead } from '../workflow/conversation-actions';
import { isCompleteTemplate, TemplateChoice, type TemplateValue } from '../workflow/TemplateChoice';
import { workflowErrorMessage } from '../workflow/workflow-error';

type Choice = 'answer' | 'return' | 'bounce';
const CHOICES: readonly Choice[] = ['answer', 'return', 'bounce'];

/** Who may handle an escalation: its department's people, or a supervisor (the server decides in the end). */
function mayHandle(escalation: EscalationDto, user: Pick<UserDto, 'role' | 'departmentId'> | null): boolean {
  if (!user) return false;
  if (user.role === 'backoffice') return user.departmentId === escalation.department.id;
  return isLead(user.role);
}

/**
 * What the back office does with the question: answer the citizen in the original channel, give webcare an internal
 * answer, or send it back with a reason. Afterwards the conversation is webcare's again and the list comes back.
 */
export function EscalationActions({
  detail,
  announce,
  listSearch,
}: {
  detail: ConversationDetailDto;
  announce: (text: string) => void;
  listSearch: string;
}) {
  const { t } = useTranslation();
  const user = useCurrentUser().data ?? null;
  const escalation = detail.escalations.find((candidate) => candidate.status === 'open');

  if (!escalation) {
    return (
      <section className="composer escalation-actions" aria-label={t('backoffice.actions.region')}>
        <p className="reply-blocked">{t('backoffice.actions.closed')}</p>
      </section>
    );
  }
  if (!mayHandle(escalation, user)) {
    return (
      <section className="composer escalation-actions" aria-label={t('backoffice.actions.region')}>
        <p className="reply-blocked">{t('backoffice.actions.notYours', { department: escalation.department.name })}</p>
      </section>
    );
  }
  return <EscalationForm detail={detail} escalation={escalation} announce={announce} listSearch={listSearch} />;
}

function EscalationForm({
  detail,
  escalation,
  announce,
  listSearch,
}: {
  detail: ConversationDetailDto;
  escalation: EscalationDto;
  announce: (text: string) => void;
  listSearch: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const close = useCloseEscalation(escalation);
  const now = useNow(1000);
  const [choice, setChoice] = useState<Choice>('answer');
  const [texts, setTexts] = useState<Record<Choice, string>>({ answer: '', return: '', bounce: '' });
  const [template, setTemplate] = useState<TemplateValue | null>(null);
  const textareaId = useId();
  const hintId = useId();
  const { conversation } = detail;
  const channelWindow = replyWindow(
    conversation.channel,
    conversation.lastInboundAt ? new Date(conversation.lastInboundAt) : null,
    now,
    conversation.visibility,
  );
  const answerImpossible = channelWindow.state === 'closed' && !channelWindow.templatesRequired;
  const needsTemplate = choice === 'answer' && channelWindow.templatesRequired;
  const text = texts[choice].trim();

  const request = (): ReplyRequest | string | null => {
    if (choice === 'answer') {
      if (answerImpossible) return null;
      if (needsTemplate) return isCompleteTemplate(template) ? { template } : null;
    }
    return text.length > 0 && text.length <= MAX_REPLY_LENGTH ? (choice === 'answer' ? { text } : text) : null;
  };
  const ready = request() !== null;

  const submit = () => {
    const body = request();
    if (body === null || close.isPending) return;
    const outcome =
      choice === 'answer'
        ? { kind: 'answer' as const, reply: body as ReplyRequest }
        : { kind: choice, text: body as string };
    close.mutate(outcome, {
      onSuccess: () => {
        announce(t(`backoffice.done.${choice}`, { name: conversation.contact.displayName }));
        void navigate({ pathname: '/backoffice', search: listSearch });
        requestAnimationFrame(() => document.getElementById('backoffice-title')?.focus());
      },
    });
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
    <section className="composer escalation-actions" aria-labelledby={`${textareaId}-heading`}>
      <h2 id={`${textareaId}-heading`} className="escalation-actions__heading">
        {t('backoffice.actions.heading', { department: escalation.department.name })}
      </h2>
      <div className="message-mode" role="group" aria-label={t('backoffice.actions.choose')}>
        {CHOICES.map((option) => (
          <button
            key={option}
            type="button"
            className={`message-mode__option message-mode__option--${option === 'answer' ? 'reply' : 'note'}`}
            aria-pressed={choice === option}
            onClick={() => {
              setChoice(option);
              close.reset();
            }}
          >
            {t(`backoffice.actions.${option}`)}
          </button>
        ))}
      </div>
      {choice === 'answer' && (
        <ReplyWindowBanner channel={conversation.channel} windowState={channelWindow} now={now} />
      )}
      <form className="reply-box" onSubmit={onSubmit}>
        {choice === 'answer' && answerImpossible ? (
          <p className="reply-blocked">{t('backoffice.actions.answerImpossible')}</p>
        ) : needsTemplate ? (
          <TemplateChoice
            conversationId={conversation.id}
            value={template}
            onChange={setTemplate}
            legend={t('templates.choose')}
          />
        ) : (
          <>
            <label htmlFor={textareaId} className="reply-box__label">
              {t(`backoffice.actions.label.${choice}`)}
            </label>
            <textarea
              id={textareaId}
              className={`reply-box__input${choice === 'answer' ? '' : ' note-box__input'}`}
              rows={4}
              value={texts[choice]}
              maxLength={MAX_REPLY_LENGTH}
              aria-describedby={hintId}
              placeholder={t(`backoffice.actions.placeholder.${choice}`)}
              onChange={(event) => {
                const value = event.target.value;
                setTexts((current) => ({ ...current, [choice]: value }));
                if (close.isError) close.reset();
              }}
              onKeyDown={onKeyDown}
            />
          </>
        )}
        {close.isError && (
          <p className="form-error" role="alert">
            {workflowErrorMessage(close.error, t)}
          </p>
        )}
        <div className="reply-box__footer">
          <span id={hintId} className="reply-box__hint">
            {t(`backoffice.actions.hint.${choice}`)} · {t('reply.shortcut')}
          </span>
          <button
            type="submit"
            className="button button--primary"
            disabled={!ready || close.isPending}
            aria-busy={close.isPending || undefined}
          >
            {t(`backoffice.actions.submit.${choice}`)}
          </button>
        </div>
      </form>
    </section>
  );
}

import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { useClaimNext } from '../workflow/use-workflow';
import { workflowErrorMessage } from '../workflow/workflow-error';
import { isNextQuestionShortcut } from './next-question-shortcut';

/**
 * "Volgende vraag" (shortcut: n): claims the most urgent question nobody holds and opens it, or says nothing is
 * waiting. The outcome is announced; focus moves to the conversation so the agent can read and answer at once.
 */
export function NextQuestionButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { search } = useLocation();
  const next = useClaimNext();
  const [message, setMessage] = useState({ text: '', count: 0 });
  const latestTake = useRef<() => void>(() => undefined);

  const take = () => {
    if (next.isPending) return;
    next.mutate(undefined, {
      onSuccess: (conversation) => {
        if (!conversation) {
          setMessage((previous) => ({ text: t('workflow.next.none'), count: previous.count + 1 }));
          return;
        }
        setMessage((previous) => ({
          text: t('workflow.next.claimed', { name: conversation.contact.displayName }),
          count: previous.count + 1,
        }));
        void navigate({ pathname: `/conversations/${conversation.id}`, search });
        requestAnimationFrame(() => document.getElementById('conversation-main')?.focus());
      },
      onError: (error) =>
        setMessage((previous) => ({ text: workflowErrorMessage(error, t), count: previous.count + 1 })),
    });
  };
  useLayoutEffect(() => {
    latestTake.current = take;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      const element = target && {
        tagName: target.tagName,
        isContentEditable: target.isContentEditable,
        type: target instanceof HTMLInputElement ? target.type : undefined,
      };
      if (!isNextQuestionShortcut(event, element, document.querySelector('dialog[open]') !== null)) return;
      event.preventDefault();
      latestTake.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div className="next-question">
      <button
        type="button"
        className="button button--primary next-question__button"
        aria-keyshortcuts="n"
        aria-busy={next.isPending || undefined}
        onClick={take}
      >
        {t('workflow.next.button')}
        <kbd className="next-question__key" aria-hidden="true">
          N
        </kbd>
      </button>
      <p className="next-question__result" role="status">
        {message.text + (message.count % 2 === 1 ? '\u200b' : '')}
      </p>
    </div>
  );
}

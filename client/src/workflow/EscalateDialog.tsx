import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_HANDOVER_LENGTH,
  MAX_REPLY_LENGTH,
  replyWindow,
  type ConversationSummaryDto,
  type DepartmentDto,
  type EscalateRequest,
} from '@ingang/shared';
import { useSlaSettings } from '../sla/use-sla-settings';
import { errorMessage } from '../ui/error-message';
import { LoadingState } from '../ui/LoadingState';
import { escalationPolicyOf, holdingReplyTerm } from './holding-reply';
import { isCompleteTemplate, TemplateChoice, type TemplateValue } from './TemplateChoice';
import { useDepartments } from './use-workflow';
import { DialogActions } from './DialogActions';
import { Dialog } from '../ui/Dialog';

/**
 * The warm hand-over to a back office: which department, what it needs to know, and the holding reply the citizen
 * gets now (prefilled with the department's term, editable; a template when the channel's window has closed).
 */
export function EscalateDialog({
  conversation,
  pending,
  error,
  onSubmit,
  onClose,
}: {
  conversation: ConversationSummaryDto;
  pending: boolean;
  error: string | null;
  onSubmit: (request: EscalateRequest, department: DepartmentDto) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const departments = useDepartments();
  const settings = useSlaSettings();
  const [departmentId, setDepartmentId] = useState('');
  const [note, setNote] = useState('');
  const [sendHolding, setSendHolding] = useState(true);
  // null: the agent has not touched the text, so it follows the chosen department.
  const [holdingText, setHoldingText] = useState<string | null>(null);
  const [template, setTemplate] = useState<TemplateValue | null>(null);
  const departmentFieldId = useId();
  const noteId = useId();
  const holdingId = useId();
  const holdingTextId = useId();
  const holdingHintId = useId();

  const department = departments.data?.find((candidate) => candidate.id === departmentId) ?? null;
  const channelWindow = replyWindow(
    conversation.channel,
    conversation.lastInboundAt ? new Date(conversation.lastInboundAt) : null,
    new Date(),
    conversation.visibility,
  );
  const templatesRequired = channelWindow.templatesRequired;
  const noHoldingPossible = channelWindow.state === 'closed' && !templatesRequired;

  const suggestedText = (chosen: DepartmentDto | null): string => {
    if (!chosen) return '';
    const term = holdingReplyTerm(escalationPolicyOf(chosen, settings), settings.calendar.mode);
    return t(`escalation.holdingReply.${term.unit}`, { department: chosen.name, count: term.count });
  };
  const text = holdingText ?? suggestedText(department);

  const holdingReply = (): EscalateRequest['holdingReply'] | undefined => {
    if (!sendHolding || noHoldingPossible) return null;
    if (templatesRequired) return isCompleteTemplate(template) ? { template } : undefined;
    const trimmed = text.trim();
    return trimmed.length > 0 && trimmed.length <= MAX_REPLY_LENGTH ? { text: trimmed } : undefined;
  };
  const reply = holdingReply();
  const ready = department !== null && note.trim().length > 0 && reply !== undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!ready || reply === undefined || pending) return;
    onSubmit({ departmentId: department.id, handoverNote: note.trim(), holdingReply: reply }, department);
  };

  return (
    <Dialog title={t('escalation.dialog.title', { name: conversation.contact.displayName })} onClose={onClose} wide>
      <form className="workflow-form" onSubmit={submit}>
        {departments.isPending && <LoadingState label={t('escalation.dialog.loadingDepartments')} />}
        {departments.isError && (
          <p className="form-error" role="alert">
            {errorMessage(departments.error, t)}
          </p>
        )}
        {departments.isSuccess && departments.data.length === 0 && (
          <p className="form-error" role="alert">
            {t('escalation.dialog.noDepartments')}
          </p>
        )}
        <div className="field">
          <label htmlFor={departmentFieldId}>{t('escalation.dialog.department')}</label>
          <select
            id={departmentFieldId}
            value={departmentId}
            required
            data-autofocus
            onChange={(event) => setDepartmentId(event.target.value)}
          >
            <option value="">{t('escalation.dialog.chooseDepartment')}</option>
            {departments.data?.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={noteId}>{t('escalation.dialog.handoverNote')}</label>
          <textarea
            id={noteId}
            rows={3}
            value={note}
            maxLength={MAX_HANDOVER_LENGTH}
            required
            aria-describedby={`${noteId}-hint`}
            onChange={(event) => setNote(event.target.value)}
          />
          <span id={`${noteId}-hint`} className="field__hint">
            {t('escalation.dialog.handoverHint')}
          </span>
        </div>
        <fieldset className="holding-reply">
          <legend>{t('escalation.dialog.holdingReply')}</legend>
          {noHoldingPossible ? (
            <p className="message__muted">{t('escalation.dialog.noHoldingPossible')}</p>
          ) : (
            <>
              <div className="checkbox-field">
                <input
                  id={holdingId}
                  type="checkbox"
                  checked={sendHolding}
                  onChange={(event) => setSendHolding(event.target.checked)}
                />
                <label htmlFor={holdingId}>{t('escalation.dialog.sendHolding')}</label>
              </div>
              {sendHolding && templatesRequired && (
                <>
                  <p id={holdingHintId} className="holding-reply__notice">
                    {t('escalation.dialog.templateRequired')}
                  </p>
                  <TemplateChoice
                    conversationId={conversation.id}
                    value={template}
                    onChange={setTemplate}
                    legend={t('templates.choose')}
                  />
                </>
              )}
              {sendHolding && !templatesRequired && (
                <div className="field">
                  <label htmlFor={holdingTextId}>{t('escalation.dialog.holdingText')}</label>
                  <textarea
                    id={holdingTextId}
                    rows={3}
                    value={text}
                    maxLength={MAX_REPLY_LENGTH}
                    aria-describedby={holdingHintId}
                    placeholder={department ? undefined : t('escalation.dialog.holdingPlaceholder')}
                    onChange={(event) => setHoldingText(event.target.value)}
                  />
                  <span id={holdingHintId} className="field__hint">
                    {t('escalation.dialog.holdingHint')}
                  </span>
                  {holdingText !== null && department && (
                    <button
                      type="button"
                      className="button button--quiet button--small holding-reply__reset"
                      onClick={() => setHoldingText(null)}
                    >
                      {t('escalation.dialog.resetHolding')}
                    </button>
                  )}
                </div>
              )}
            </>
          )}
        </fieldset>
        <DialogActions
          error={error}
          submitLabel={t('escalation.dialog.submit')}
          ready={ready}
          pending={pending}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}

import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageTemplateDto } from '@ingang/shared';
import { errorMessage } from '../ui/error-message';
import { LoadingState } from '../ui/LoadingState';
import { templateSegments } from './template-body';
import { useSendReply, useTemplates } from './use-conversation';

const templateKey = (template: MessageTemplateDto) => `${template.name}:${template.language}`;

function TemplatePreview({ template, parameters }: { template: MessageTemplateDto; parameters: string[] }) {
  const { t } = useTranslation();
  return (
    <div className="template-preview">
      <p className="template-preview__label" id="template-preview-label">
        {t('templates.preview')}
      </p>
      <p className="template-preview__body" aria-labelledby="template-preview-label">
        {templateSegments(template.body).map((segment, index) => {
          if (segment.kind === 'text') return <span key={index}>{segment.text}</span>;
          const value = parameters[segment.number - 1]?.trim();
          return value ? (
            <mark key={index} className="template-preview__value">
              {value}
            </mark>
          ) : (
            <span key={index} className="template-preview__placeholder">{`{{${segment.number}}}`}</span>
          );
        })}
      </p>
    </div>
  );
}

interface TemplatePickerProps {
  conversationId: string;
  notice: string | null;
  onCancel?: () => void;
}

/** Outside WhatsApp's 24-hour window only an approved template may be sent: choose one and fill in its values. */
export function TemplatePicker({ conversationId, notice, onCancel }: TemplatePickerProps) {
  const { t } = useTranslation();
  const templates = useTemplates(conversationId);
  const send = useSendReply(conversationId);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [parameters, setParameters] = useState<string[]>([]);
  const baseId = useId();
  const selected = templates.data?.find((template) => templateKey(template) === selectedKey) ?? null;
  const complete = selected !== null && parameters.every((value) => value.trim().length > 0);

  const choose = (template: MessageTemplateDto) => {
    setSelectedKey(templateKey(template));
    setParameters(Array.from({ length: template.parameterCount }, () => ''));
    send.reset();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!selected || !complete || send.isPending) return;
    send.mutate(
      {
        template: {
          name: selected.name,
          language: selected.language,
          parameters: parameters.map((value) => value.trim()),
        },
      },
      {
        onSuccess: () => {
          setSelectedKey(null);
          setParameters([]);
        },
      },
    );
  };

  return (
    <form className="template-picker" onSubmit={onSubmit}>
      {notice && (
        <p className="template-picker__notice" role="alert">
          {notice}
        </p>
      )}
      {templates.isPending && <LoadingState label={t('templates.loading')} />}
      {templates.isError && (
        <p className="form-error" role="alert">
          {errorMessage(templates.error, t)}
        </p>
      )}
      {templates.data && templates.data.length === 0 && <p className="message__muted">{t('templates.none')}</p>}
      {templates.data && templates.data.length > 0 && (
        <fieldset className="template-picker__choices">
          <legend>{t('templates.choose')}</legend>
          <div className="template-picker__list">
            {templates.data.map((template) => {
              const key = templateKey(template);
              const id = `${baseId}-${key}`;
              return (
                <div key={key} className={`template-option${key === selectedKey ? ' template-option--selected' : ''}`}>
                  <input
                    type="radio"
                    id={id}
                    name={`${baseId}-template`}
                    checked={key === selectedKey}
                    onChange={() => choose(template)}
                    aria-describedby={`${id}-body`}
                  />
                  <label htmlFor={id}>
                    <span className="template-option__name">{template.name}</span>
                    <span className="template-option__meta">
                      {template.language} · {template.category}
                    </span>
                  </label>
                  <p id={`${id}-body`} className="template-option__body">
                    {template.body}
                  </p>
                </div>
              );
            })}
          </div>
        </fieldset>
      )}
      {selected && (
        <div className="template-picker__compose">
          <TemplatePreview template={selected} parameters={parameters} />
          {parameters.length > 0 && (
            <div className="template-picker__parameters">
              {parameters.map((value, index) => (
                <div className="field" key={index}>
                  <label htmlFor={`${baseId}-parameter-${index}`}>
                    {t('templates.parameter', { number: index + 1 })}
                  </label>
                  <input
                    id={`${baseId}-parameter-${index}`}
                    type="text"
                    value={value}
                    maxLength={1024}
                    required
                    onChange={(event) =>
                      setParameters((current) => current.map((old, at) => (at === index ? event.target.value : old)))
                    }
                  />
                </div>
              ))}
            </div>
          )}
        </div>
      )}
      {send.isError && (
        <p className="form-error" role="alert">
          {errorMessage(send.error, t)}
        </p>
      )}
      <div className="template-picker__actions">
        {onCancel && (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('templates.backToText')}
          </button>
        )}
        <button
          type="submit"
          className="button button--primary"
          disabled={!complete || send.isPending}
          aria-busy={send.isPending || undefined}
        >
          {t('templates.send')}
        </button>
      </div>
    </form>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageTemplateDto } from '@ingang/shared';
import { templateSegments } from '../conversation/template-body';
import { useTemplates } from '../conversation/use-conversation';
import { errorMessage } from '../ui/error-message';
import { LoadingState } from '../ui/LoadingState';

export interface TemplateValue {
  name: string;
  language: string;
  parameters: string[];
}

const keyOf = (template: Pick<MessageTemplateDto, 'name' | 'language'>) => `${template.name}:${template.language}`;

/** Filled in completely: every parameter has a value. */
export function isCompleteTemplate(value: TemplateValue | null): value is TemplateValue {
  return value !== null && value.parameters.every((parameter) => parameter.trim().length > 0);
}

/**
 * Choosing an approved WhatsApp template and filling in its values, for a message someone else sends (a holding
 * reply, the back office's answer): the same choice as the composer's template picker, without its send button.
 */
export function TemplateChoice({
  conversationId,
  value,
  onChange,
  legend,
}: {
  conversationId: string;
  value: TemplateValue | null;
  onChange: (value: TemplateValue | null) => void;
  legend: string;
}) {
  const { t } = useTranslation();
  const templates = useTemplates(conversationId);
  const baseId = useId();
  const selected = value ? templates.data?.find((template) => keyOf(template) === keyOf(value)) : undefined;

  if (templates.isPending) return <LoadingState label={t('templates.loading')} />;
  if (templates.isError) {
    return (
      <p className="form-error" role="alert">
        {errorMessage(templates.error, t)}
      </p>
    );
  }
  if (templates.data.length === 0) return <p className="message__muted">{t('templates.none')}</p>;

  return (
    <fieldset className="template-picker__choices">
      <legend>{legend}</legend>
      <div className="template-picker__list">
        {templates.data.map((template) => {
          const key = keyOf(template);
          const id = `${baseId}-${key}`;
          const checked = value !== null && keyOf(value) === key;
          return (
            <div key={key} className={`template-option${checked ? ' template-option--selected' : ''}`}>
              <input
                type="radio"
                id={id}
                name={`${baseId}-template`}
                checked={checked}
                onChange={() =>
                  onChange({
                    name: template.name,
                    language: template.language,
                    parameters: Array.from({ length: template.parameterCount }, () => ''),
                  })
                }
                aria-describedby={`${id}-body`}
              />
              <label htmlFor={id}>
                <span className="template-option__name">{template.name}</span>
                <span className="template-option__meta">
                  {template.language} · {template.category}
                </span>
              </label>
              <p id={`${id}-body`} className="template-option__body">
                {templateSegments(template.body).map((segment, index) =>
                  segment.kind === 'text' ? (
                    <span key={index}>{segment.text}</span>
                  ) : (
                    <mark key={index} className="template-preview__value">
                      {(checked && value?.parameters[segment.number - 1]?.trim()) || `{{${segment.number}}}`}
                    </mark>
                  ),
                )}
              </p>
            </div>
          );
        })}
      </div>
      {selected && value && value.parameters.length > 0 && (
        <div className="template-picker__parameters">
          {value.parameters.map((parameter, index) => (
            <div className="field" key={index}>
              <label htmlFor={`${baseId}-parameter-${index}`}>{t('templates.parameter', { number: index + 1 })}</label>
              <input
                id={`${baseId}-parameter-${index}`}
                type="text"
                value={parameter}
                maxLength={1024}
                required
                onChange={(event) =>
                  onChange({
                    ...value,
                    parameters: value.parameters.map((old, at) => (at === index ? event.target.value : old)),
                  })
                }
              />
            </div>
          ))}
        </div>
      )}
    </fieldset>
  );
}

import { useId, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel, Visibility } from '@ingang/shared';
import { replyVisibilityLabelKey } from './reply-visibility';

const ICONS: Record<Visibility, JSX.Element> = {
  public: (
    <>
      <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path
        d="M1.8 8h12.4M8 1.5c2 2 2 11 0 13M8 1.5c-2 2-2 11 0 13"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.3"
      />
    </>
  ),
  private: (
    <>
      <rect x="3" y="7" width="10" height="7.5" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" fill="none" stroke="currentColor" strokeWidth="1.5" />
    </>
  ),
};

interface VisibilityChoiceProps {
  channel: Channel;
  choices: Visibility[];
  value: Visibility;
  onChange: (visibility: Visibility) => void;
  /** Why an option cannot be chosen now (e.g. Messenger's window for a private message has closed). */
  unavailable: Partial<Record<Visibility, string>>;
}

/** Public or private, as a segmented choice of native radio buttons (arrow keys move between them). */
export function VisibilityChoice({ channel, choices, value, onChange, unavailable }: VisibilityChoiceProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const name = useId();
  const reasons = choices.filter((choice) => unavailable[choice]);
  return (
    <div className="visibility-choice">
      <span id={labelId} className="visibility-choice__label">
        {t('replyVisibility.label')}
      </span>
      <div className="visibility-choice__options" role="radiogroup" aria-labelledby={labelId}>
        {choices.map((choice) => {
          const disabled = unavailable[choice] !== undefined;
          return (
            <label
              key={choice}
              className={`visibility-option visibility-option--${choice}${value === choice ? ' visibility-option--checked' : ''}${disabled ? ' visibility-option--disabled' : ''}`}
            >
              <input
                type="radio"
                className="visibility-option__input"
                name={name}
                value={choice}
                checked={value === choice}
                disabled={disabled}
                aria-describedby={disabled ? `${name}-${choice}-reason` : undefined}
                onChange={() => onChange(choice)}
              />
              <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                {ICONS[choice]}
              </svg>
              <span>{t(replyVisibilityLabelKey(channel, choice))}</span>
            </label>
          );
        })}
      </div>
      {reasons.map((choice) => (
        <p key={choice} id={`${name}-${choice}-reason`} className="visibility-choice__reason">
          {unavailable[choice]}
        </p>
      ))}
    </div>
  );
}

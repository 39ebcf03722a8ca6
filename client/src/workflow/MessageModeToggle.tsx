import { useTranslation } from 'react-i18next';

export type MessageMode = 'reply' | 'note';

/** "Antwoord aan inwoner" or "Interne notitie": two buttons, the pressed one is what the box below writes. */
export function MessageModeToggle({ mode, onChange }: { mode: MessageMode; onChange: (mode: MessageMode) => void }) {
  const { t } = useTranslation();
  return (
    <div className="message-mode" role="group" aria-label={t('notes.mode')}>
      {(['reply', 'note'] as const).map((option) => (
        <button
          key={option}
          type="button"
          className={`message-mode__option message-mode__option--${option}`}
          aria-pressed={mode === option}
          onClick={() => onChange(option)}
        >
          {t(`notes.modes.${option}`)}
        </button>
      ))}
    </div>
  );
}

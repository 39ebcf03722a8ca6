import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/i18n';
import { useLanguage } from '../i18n/use-language';

const NATIVE_NAMES = { nl: 'Nederlands', en: 'English' } as const;

/** NL | EN switch; each option is named in its own language so a reader of either can find it. */
export function LanguageToggle() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <div className="language-toggle" role="group" aria-label={t('header.language')}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-label={NATIVE_NAMES[option]}
          aria-pressed={language === option}
          onClick={() => setLanguage(option)}
        >
          {option.toUpperCase()}
        </button>
      ))}
    </div>
  );
}

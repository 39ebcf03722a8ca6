import { useTranslation } from 'react-i18next';

export function NoEscalationSelected() {
  const { t } = useTranslation();
  return (
    <div className="no-conversation">
      <svg width="56" height="56" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M4 6h10l6 6-6 6H4z" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
      </svg>
      <p>{t('backoffice.noSelection')}</p>
    </div>
  );
}

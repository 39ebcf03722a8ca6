import { useTranslation } from 'react-i18next';

export function NoConversationSelected() {
  const { t } = useTranslation();
  return (
    <div className="no-conversation">
      <svg width="56" height="56" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M4 5h16v11H9l-5 4z" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
      </svg>
      <p>{t('inbox.noSelection')}</p>
    </div>
  );
}

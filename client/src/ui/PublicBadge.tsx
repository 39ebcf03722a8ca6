import { useTranslation } from 'react-i18next';

/** "Openbaar": everyone can read this thread (a Facebook comment, a tweet), so every answer is public by default. */
export function PublicBadge({ title }: { title?: string }) {
  const { t } = useTranslation();
  return (
    <span className="public-badge" title={title}>
      <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path
          d="M1.8 8h12.4M8 1.5c2 2 2 11 0 13M8 1.5c-2 2-2 11 0 13"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.3"
        />
      </svg>
      {t('visibility.public')}
    </span>
  );
}

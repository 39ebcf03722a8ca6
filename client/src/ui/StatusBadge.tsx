import type { ConversationStatus } from '@ingang/shared';
import { useTranslation } from 'react-i18next';

export function StatusBadge({ status }: { status: ConversationStatus }) {
  const { t } = useTranslation();
  return <span className={`status-badge status-badge--${status}`}>{t(`status.${status}`)}</span>;
}

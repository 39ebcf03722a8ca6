import { useTranslation } from 'react-i18next';
import { useConnectionState } from '../api/socket';

export function ConnectionStatus() {
  const { t } = useTranslation();
  const state = useConnectionState();
  return (
    <span className={`connection-status connection-status--${state}`} role="status">
      <span className="connection-status__dot" aria-hidden="true" />
      {t(`connection.${state}`)}
    </span>
  );
}

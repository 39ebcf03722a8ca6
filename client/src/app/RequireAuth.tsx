import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { useCurrentUser } from '../auth/use-session';
import { errorMessage } from '../ui/error-message';
import { LoadingState } from '../ui/LoadingState';

export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const currentUser = useCurrentUser();

  if (currentUser.isPending) {
    return (
      <div className="full-page-state">
        <LoadingState />
      </div>
    );
  }
  if (currentUser.isError) {
    return (
      <div className="full-page-state">
        <p role="alert">{errorMessage(currentUser.error, t)}</p>
        <button type="button" className="button" onClick={() => void currentUser.refetch()}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  if (!currentUser.data) {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  return children;
}

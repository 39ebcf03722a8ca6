import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router-dom';
import { useCurrentUser } from '../auth/use-session';
import { AdminSectionNav } from './AdminSectionNav';
import './admin.css';

/** The administrator's pages; anyone else is told they have no access (the API refuses them as well). */
export function AdminLayout() {
  const { t } = useTranslation();
  const user = useCurrentUser().data;
  return (
    <main className="admin-page" id="admin-main" tabIndex={-1}>
      {user?.role === 'admin' ? (
        <div className="admin-layout">
          <AdminSectionNav />
          <div className="admin-layout__page">
            <Outlet />
          </div>
        </div>
      ) : (
        <div className="admin-page__content">
          <p className="form-error" role="alert">
            {t('admin.noAccess')}
          </p>
          <p>
            <Link to="/">{t('admin.backToInbox')}</Link>
          </p>
        </div>
      )}
    </main>
  );
}

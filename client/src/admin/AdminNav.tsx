import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useCurrentUser } from '../auth/use-session';
import './admin-nav.css';

const LINKS = [
  // The inbox is every page outside /admin, an open conversation included.
  { to: '/', label: 'admin.nav.inbox', isActive: (path: string) => !path.startsWith('/admin') },
  // One entry for all the administrator's pages; they have their own menu (AdminSectionNav).
  { to: '/admin', label: 'admin.nav.admin', isActive: (path: string) => path.startsWith('/admin') },
] as const;

/** The header's links to the administrator's pages; nothing for other roles. */
export function AdminNav() {
  const { t } = useTranslation();
  const user = useCurrentUser().data;
  const { pathname } = useLocation();
  if (user?.role !== 'admin') return null;
  return (
    <nav className="admin-nav" aria-label={t('admin.nav.label')}>
      {LINKS.map((link) => {
        const active = link.isActive(pathname);
        return (
          <Link
            key={link.to}
            to={link.to}
            className={`admin-nav__link${active ? ' admin-nav__link--active' : ''}`}
            aria-current={active ? 'page' : undefined}
          >
            {t(link.label)}
          </Link>
        );
      })}
    </nav>
  );
}

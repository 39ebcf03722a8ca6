import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useCurrentUser } from '../auth/use-session';
import './admin-nav.css';

const LINKS = [
  // The inbox is every page outside /admin, an open conversation included.
  { to: '/', label: 'admin.nav.inbox', isActive: (path: string) => !path.startsWith('/admin') },
  { to: '/admin/kanalen', label: 'admin.nav.channels', isActive: (path: string) => path.startsWith('/admin/kanalen') },
  {
    to: '/admin/gebruikers',
    label: 'admin.nav.users',
    isActive: (path: string) => path.startsWith('/admin/gebruikers'),
  },
  {
    to: '/admin/afdelingen',
    label: 'admin.nav.departments',
    isActive: (path: string) => path.startsWith('/admin/afdelingen'),
  },
  {
    to: '/admin/werktijden',
    label: 'admin.nav.sla',
    isActive: (path: string) => path.startsWith('/admin/werktijden'),
  },
  {
    to: '/admin/standaardantwoorden',
    label: 'admin.nav.knowledge',
    isActive: (path: string) => path.startsWith('/admin/standaardantwoorden'),
  },
  {
    to: '/admin/onderwerpen',
    label: 'admin.nav.topics',
    isActive: (path: string) => path.startsWith('/admin/onderwerpen'),
  },
  { to: '/admin/audit', label: 'admin.nav.audit', isActive: (path: string) => path.startsWith('/admin/audit') },
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

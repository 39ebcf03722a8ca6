import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';

const PAGES = [
  { to: '/admin/kanalen', label: 'admin.nav.channels' },
  { to: '/admin/gebruikers', label: 'admin.nav.users' },
  { to: '/admin/afdelingen', label: 'admin.nav.departments' },
  { to: '/admin/werktijden', label: 'admin.nav.sla' },
  { to: '/admin/standaardantwoorden', label: 'admin.nav.knowledge' },
  { to: '/admin/onderwerpen', label: 'admin.nav.topics' },
  { to: '/admin/audit', label: 'admin.nav.audit' },
] as const;

/** The administrator's pages, beside them: the header keeps one "Beheer" link, so it never wraps. */
export function AdminSectionNav() {
  const { t } = useTranslation();
  return (
    <nav className="admin-section-nav" aria-label={t('admin.nav.sections')}>
      <ul>
        {PAGES.map((page) => (
          <li key={page.to}>
            <NavLink
              to={page.to}
              className={({ isActive }) =>
                `admin-section-nav__link${isActive ? ' admin-section-nav__link--active' : ''}`
              }
            >
              {t(page.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

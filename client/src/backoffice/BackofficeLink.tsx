import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import './backoffice.css';

/** The header's way to the back office's page: where back-office users work, and webcare may look. */
export function BackofficeLink() {
  const { t } = useTranslation();
  return (
    <NavLink
      to="/backoffice"
      className={({ isActive }) => `backoffice-nav${isActive ? ' backoffice-nav--active' : ''}`}
    >
      {t('backoffice.nav')}
    </NavLink>
  );
}

import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import './callbacks.css';

/** The header's link to the callbacks to make, for every role. */
export function CallbacksNavLink() {
  const { t } = useTranslation();
  return (
    <NavLink to="/terugbellen" className={({ isActive }) => `callbacks-nav${isActive ? ' callbacks-nav--active' : ''}`}>
      {t('callbacks.nav')}
    </NavLink>
  );
}

import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';
import { AdminNav } from '../admin/AdminNav';
import { useRealtimeCache } from '../api/use-realtime-cache';
import { useCurrentUser, useLogout } from '../auth/use-session';
import { BackofficeLink } from '../backoffice/BackofficeLink';
import { CallbacksNavLink } from '../callbacks/CallbacksNavLink';
import { Logo } from '../ui/Logo';
import { MentionToasts } from '../workflow/MentionToasts';
import { ConnectionStatus } from './ConnectionStatus';
import { LanguageToggle } from './LanguageToggle';

/** The signed-in frame: header with user, language and connection state; keeps the socket connected. */
export function AppShell() {
  const { t } = useTranslation();
  const user = useCurrentUser().data;
  const logoutMutation = useLogout();
  useRealtimeCache();

  return (
    <div className="app-shell">
      <a className="skip-link" href="#conversation-main">
        {t('header.skipToConversation')}
      </a>
      <header className="app-header">
        <div className="app-header__brand">
          <Logo size={28} />
          <span className="app-header__name">Ingang</span>
        </div>
        <AdminNav />
        <CallbacksNavLink />
        <BackofficeLink />
        <ConnectionStatus />
        <div className="app-header__actions">
          {user && (
            <span className="app-header__user">
              <span className="visually-hidden">{t('header.signedInAs')} </span>
              {user.name || user.email}
            </span>
          )}
          <LanguageToggle />
          <button
            type="button"
            className="button button--quiet"
            onClick={() => logoutMutation.mutate()}
            disabled={logoutMutation.isPending}
          >
            {t('header.logout')}
          </button>
        </div>
      </header>
      <Outlet />
      <MentionToasts />
    </div>
  );
}

import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { LanguageToggle } from '../app/LanguageToggle';
import { errorMessage } from '../ui/error-message';
import { Logo } from '../ui/Logo';
import { useCurrentUser, useLogin } from './use-session';
import './login.css';

function redirectTarget(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state && typeof state.from === 'string') {
    return state.from.startsWith('/') && !state.from.startsWith('/login') ? state.from : '/';
  }
  return '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const currentUser = useCurrentUser();
  const loginMutation = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const emailId = useId();
  const passwordId = useId();
  const target = redirectTarget(location.state);

  if (currentUser.data) return <Navigate to={target} replace />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    loginMutation.mutate(
      { email: email.trim(), password },
      { onSuccess: () => void navigate(target, { replace: true }) },
    );
  };

  return (
    <div className="login-page">
      <div className="login-page__language">
        <LanguageToggle />
      </div>
      <main className="login-card">
        <div className="login-card__brand">
          <Logo />
          <div>
            <p className="login-card__name">Ingang</p>
            <p className="login-card__tagline">{t('login.tagline')}</p>
          </div>
        </div>
        <form className="login-form" onSubmit={submit} aria-labelledby="login-title">
          <h1 id="login-title">{t('login.title')}</h1>
          <div className="field">
            <label htmlFor={emailId}>{t('login.email')}</label>
            <input
              id={emailId}
              type="email"
              name="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={passwordId}>{t('login.password')}</label>
            <input
              id={passwordId}
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </div>
          {loginMutation.isError && (
            <p className="form-error" role="alert">
              {errorMessage(loginMutation.error, t)}
            </p>
          )}
          <button type="submit" className="button button--primary button--wide" disabled={loginMutation.isPending}>
            {t('login.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}

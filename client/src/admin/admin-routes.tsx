import { Navigate, type RouteObject } from 'react-router-dom';

// Loaded when an administrator opens them: agents, who never do, do not download them.
export const adminRoutes: RouteObject = {
  path: 'admin',
  lazy: async () => ({ Component: (await import('./AdminLayout')).AdminLayout }),
  children: [
    { index: true, element: <Navigate to="kanalen" replace /> },
    {
      path: 'kanalen',
      lazy: async () => ({ Component: (await import('./ChannelAccountsPage')).ChannelAccountsPage }),
    },
    { path: 'gebruikers', lazy: async () => ({ Component: (await import('./UsersPage')).UsersPage }) },
    { path: 'afdelingen', lazy: async () => ({ Component: (await import('./DepartmentsPage')).DepartmentsPage }) },
    { path: 'werktijden', lazy: async () => ({ Component: (await import('./SlaSettingsPage')).SlaSettingsPage }) },
    {
      path: 'standaardantwoorden',
      lazy: async () => ({ Component: (await import('./StandardAnswersPage')).StandardAnswersPage }),
    },
    { path: 'onderwerpen', lazy: async () => ({ Component: (await import('./TopicsPage')).TopicsPage }) },
    { path: 'audit', lazy: async () => ({ Component: (await import('./AuditPage')).AuditPage }) },
  ],
};

import { createBrowserRouter, Navigate, RouterProvider } from 'react-router-dom';
import { adminRoutes } from '../admin/admin-routes';
import { LoginPage } from '../auth/LoginPage';
import { backofficeRoutes } from '../backoffice/backoffice-routes';
import { ConversationRoute } from '../conversation/ConversationRoute';
import { InboxLayout } from '../inbox/InboxLayout';
import { NoConversationSelected } from '../inbox/NoConversationSelected';
import { AppShell } from './AppShell';
import { RequireAuth } from './RequireAuth';

const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppShell />
      </RequireAuth>
    ),
    children: [
      {
        element: <InboxLayout />,
        children: [
          { index: true, element: <NoConversationSelected /> },
          { path: 'conversations/:conversationId', element: <ConversationRoute /> },
        ],
      },
      adminRoutes,
      backofficeRoutes,
      {
        path: 'terugbellen',
        lazy: async () => ({ Component: (await import('../callbacks/CallbacksPage')).CallbacksPage }),
      },
    ],
  },
  { path: '*', element: <Navigate to="/" replace /> },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}

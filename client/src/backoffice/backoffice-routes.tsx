import type { RouteObject } from 'react-router-dom';
import { BackofficeConversation } from './BackofficeConversation';
import { BackofficeLayout } from './BackofficeLayout';
import { NoEscalationSelected } from './NoEscalationSelected';

/** `/backoffice`: the department's escalations; `/backoffice/<conversation>`: one of them, with its actions. */
export const backofficeRoutes: RouteObject = {
  path: 'backoffice',
  element: <BackofficeLayout />,
  children: [
    { index: true, element: <NoEscalationSelected /> },
    { path: ':conversationId', element: <BackofficeConversation /> },
  ],
};

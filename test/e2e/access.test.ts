import type { UserDto } from '@ingang/shared';
import { startServer, type ServerHandle } from '../support/server-process';
import { connectSocket } from '../support/socket-client';

// Every route the API describes, tried without a login and with each role that must be refused: a new route that
// forgets its guard fails here, whatever it does.

jest.setTimeout(60_000);

const PUBLIC = new Set(['POST /api/auth/login', 'GET /api/health']);
const SOME_ID = '00000000-0000-4000-8000-000000000000';

interface Route {
  method: string;
  path: string;
}

describe('every API route needs a login, and admin routes an administrator (real server)', () => {
  let server: ServerHandle;
  let routes: Route[];
  const tokens: Record<string, string> = {};

  const call = (route: Route, token?: string) =>
    fetch(`${server.baseUrl}${route.path.replace(/\{[^}]+\}/g, SOME_ID)}`, {
      method: route.method,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: route.method === 'GET' || route.method === 'DELETE' ? undefined : '{}',
    });

  beforeAll(async () => {
    server = await startServer();
    tokens.admin = await server.login();
    const department = await server.api<{ id: string }>('/api/admin/departments', {
      method: 'POST',
      body: { name: 'Burgerzaken' },
      token: tokens.admin,
    });
    for (const role of ['agent', 'supervisor', 'backoffice'] as const) {
      const email = `${role}@gemeente.test`;
      const password = `${role}-een-lang-wachtwoord`;
      const created = await server.api<UserDto>('/api/admin/users', {
        method: 'POST',
        body: {
          email,
          name: role,
          role,
          password,
          ...(role === 'backoffice' ? { departmentId: department.body.id } : {}),
        },
        token: tokens.admin,
      });
      expect(created.status).toBe(201);
      tokens[role] = await server.login(email, password);
    }
    const docs = await server.api<{ paths: Record<string, Record<string, unknown>> }>('/api/docs-json', {
      token: tokens.admin,
    });
    routes = Object.entries(docs.body.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })),
    );
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('describes the workflow routes (the list below is not empty by accident)', () => {
    const names = routes.map((route) => `${route.method} ${route.path}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'POST /api/conversations/{id}/claim',
        'POST /api/conversations/{id}/escalate',
        'POST /api/escalations/{id}/return',
        'PUT /api/admin/sla-settings',
        'GET /api/admin/audit',
      ]),
    );
    expect(routes.length).toBeGreaterThan(40);
  });

  it('answers 401 without a login on every route but login and health', async () => {
    const open: string[] = [];
    for (const route of routes) {
      if (PUBLIC.has(`${route.method} ${route.path}`) || route.path.startsWith('/webhooks')) continue;
      const response = await call(route);
      if (response.status !== 401) open.push(`${route.method} ${route.path} → ${response.status}`);
    }
    expect(open).toEqual([]);
  });

  it.each(['agent', 'supervisor', 'backoffice'])('answers 403 to a %s on every admin route', async (role) => {
    const allowed: string[] = [];
    for (const route of routes.filter((each) => each.path.startsWith('/api/admin/'))) {
      const response = await call(route, tokens[role]);
      if (response.status !== 403) allowed.push(`${route.method} ${route.path} → ${response.status}`);
    }
    expect(allowed).toEqual([]);
  });

  it('refuses a socket without a valid login', async () => {
    await expect(connectSocket(server.baseUrl, 'not-a-token', 2000)).rejects.toThrow();
  });
});

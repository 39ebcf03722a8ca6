import type {
  AdminUserDto,
  ApiErrorBody,
  AuditEventDto,
  AuditPageDto,
  ColleagueDto,
  DepartmentDto,
  UserDto,
} from '@ingang/shared';
import { randomBytes } from 'node:crypto';
import { startServer, type ApiResponse, type ServerHandle } from '../support/server-process';
import { connectSocket, type IngangSocket } from '../support/socket-client';
import { createTestDatabase, type TestDatabase } from '../support/test-databases';

// Two server processes start in the second part; several logins hash with argon2.
jest.setTimeout(60_000);

const UNKNOWN_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const password = () => randomBytes(10).toString('hex');

/** Asks again until `check` passes: for what a server settles in the background (a socket's goodbye). */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline) throw new Error(`still not as expected after ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('users, colleagues and the audit log (real server)', () => {
  let server: ServerHandle;
  let token: string;
  let adminId: string;
  let belastingen: DepartmentDto;
  let vergunningen: DepartmentDto;
  let agent: AdminUserDto & { password: string; token: string };
  let bertPassword: string;
  const sockets: IngangSocket[] = [];

  const call = <T>(path: string, init: { method?: string; body?: unknown; token?: string } = {}) =>
    server.api<T>(path, { ...init, token: init.token ?? token });
  const patch = <T = AdminUserDto>(id: string, body: unknown, as = token) =>
    call<T>(`/api/admin/users/${id}`, { method: 'PATCH', body, token: as });

  /** A request exactly as written: malformed JSON, a body of any size. */
  async function send(method: string, path: string, body: string) {
    const response = await fetch(`${server.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' },
      body,
    });
    return { status: response.status, body: (await response.json()) as unknown, headers: response.headers };
  }

  function expectError(response: Pick<ApiResponse<unknown>, 'status' | 'body'>, status: number, code?: string): void {
    const body = response.body as ApiErrorBody;
    expect({ status: response.status, code: body.error?.code }).toEqual({ status, code: code ?? expect.any(String) });
    expect(typeof body.error.message).toBe('string');
  }

  async function users(): Promise<AdminUserDto[]> {
    const response = await call<AdminUserDto[]>('/api/admin/users');
    expect(response.status).toBe(200);
    return response.body;
  }

  async function userNamed(name: string): Promise<AdminUserDto> {
    const user = (await users()).find((candidate) => candidate.name === name);
    if (!user) throw new Error(`no user ${name}`);
    return user;
  }

  async function audit(query = ''): Promise<AuditPageDto> {
    const response = await call<AuditPageDto>(`/api/admin/audit${query}`);
    expect(response.status).toBe(200);
    return response.body;
  }

  async function addUser(fields: { name: string; role: string; departmentId?: string; maxConversations?: number }) {
    const secret = password();
    const email = `${fields.name.toLowerCase().replace(/\W+/g, '.')}@gemeente.nl`;
    const created = await call<AdminUserDto>('/api/admin/users', { body: { email, password: secret, ...fields } });
    expect(created.status).toBe(201);
    return { ...created.body, password: secret, token: await server.login(email, secret) };
  }

  async function colleagues(as: string): Promise<ColleagueDto[]> {
    const response = await call<ColleagueDto[]>('/api/users', { token: as });
    expect(response.status).toBe(200);
    return response.body;
  }

  beforeAll(async () => {
    server = await startServer();
    token = await server.login();
    adminId = (await call<UserDto>('/api/auth/me')).body.id;
    belastingen = (await call<DepartmentDto>('/api/admin/departments', { body: { name: 'Belastingen' } })).body;
    vergunningen = (await call<DepartmentDto>('/api/admin/departments', { body: { name: 'Vergunningen' } })).body;
    expect((await call(`/api/admin/departments/${vergunningen.id}`, { method: 'DELETE' })).status).toBe(200);
    agent = await addUser({ name: 'Anna Agent', role: 'agent' });
  });

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await server?.stop();
  });

  describe('adding users', () => {
    it('adds a back-office user with a department and a capacity', async () => {
      const bert = await addUser({
        name: 'Bert Backoffice',
        role: 'backoffice',
        departmentId: belastingen.id,
        maxConversations: 8,
      });
      bertPassword = bert.password;
      expect(bert).toMatchObject({
        email: 'bert.backoffice@gemeente.nl',
        role: 'backoffice',
        departmentId: belastingen.id,
        maxConversations: 8,
        disabledAt: null,
      });
      expect((await call<UserDto>('/api/auth/me', { token: bert.token })).body).toEqual({
        id: bert.id,
        email: bert.email,
        name: 'Bert Backoffice',
        role: 'backoffice',
        departmentId: belastingen.id,
        maxConversations: 8,
      });
    });

    it.each([
      ['a back-office user without a department', () => ({ role: 'backoffice' })],
      ['an agent with a department', () => ({ role: 'agent', departmentId: belastingen.id })],
      ['a deactivated department', () => ({ role: 'backoffice', departmentId: vergunningen.id })],
      ['an unknown department', () => ({ role: 'backoffice', departmentId: UNKNOWN_ID })],
      ['a department id that is not a UUID', () => ({ role: 'backoffice', departmentId: "1' OR '1'='1" })],
    ])('refuses %s: 400 naming departmentId, nobody added', async (_case, fields) => {
      const before = await users();
      const response = await call<ApiErrorBody>('/api/admin/users', {
        body: { email: 'c@gemeente.nl', name: 'C', password: password(), ...fields() },
      });
      expectError(response, 400, 'VALIDATION_FAILED');
      expect(response.body.error.details).toEqual([{ path: 'departmentId', message: expect.any(String) }]);
      expect(await users()).toEqual(before);
    });

    it('lists every user by name with role, department, capacity and whether they are disabled', async () => {
      const list = await users();
      expect(list.map((user) => user.name)).toEqual(['Anna Agent', 'Beheerder', 'Bert Backoffice']);
      expect(list[0]).toEqual({
        id: agent.id,
        email: 'anna.agent@gemeente.nl',
        name: 'Anna Agent',
        role: 'agent',
        departmentId: null,
        maxConversations: null,
        createdAt: expect.any(String),
        disabledAt: null,
      });
      expect(JSON.stringify(list)).not.toMatch(/password/i);
    });
  });

  describe('changing users', () => {
    it('changes name, role, department and capacity; a field left out is kept', async () => {
      const carla = await addUser({ name: 'Carla', role: 'agent' });
      const changed = await patch(carla.id, {
        name: 'Carla de Vries',
        role: 'backoffice',
        departmentId: belastingen.id,
        maxConversations: 12,
      });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({
        id: carla.id,
        name: 'Carla de Vries',
        role: 'backoffice',
        departmentId: belastingen.id,
        maxConversations: 12,
      });
      const capacity = await patch(carla.id, { maxConversations: null });
      expect(capacity.body).toMatchObject({ role: 'backoffice', departmentId: belastingen.id, maxConversations: null });
      // Leaving back office drops the department; the new role counts at once, also for a session already open.
      expect((await call<UserDto>('/api/auth/me', { token: carla.token })).body.role).toBe('backoffice');
      const supervisor = await patch(carla.id, { role: 'supervisor', maxConversations: 100 });
      expect(supervisor.body).toMatchObject({ role: 'supervisor', departmentId: null, maxConversations: 100 });
      expect((await call<UserDto>('/api/auth/me', { token: carla.token })).body.role).toBe('supervisor');
      expect(await userNamed('Carla de Vries')).toEqual(supervisor.body);
    });

    it.each([
      ['back office without a department', () => ({ role: 'backoffice' })],
      ['a department for an agent', () => ({ departmentId: belastingen.id })],
      ['a deactivated department', () => ({ role: 'backoffice', departmentId: vergunningen.id })],
      ['an unknown department', () => ({ role: 'backoffice', departmentId: UNKNOWN_ID })],
    ])('refuses %s: 400 naming departmentId, nothing changed', async (_case, fields) => {
      const before = await users();
      const response = await patch<ApiErrorBody>(agent.id, fields());
      expectError(response, 400, 'VALIDATION_FAILED');
      expect(response.body.error.details).toEqual([{ path: 'departmentId', message: expect.any(String) }]);
      expect(await users()).toEqual(before);
    });

    it('refuses an administrator disabling or demoting themselves (409), and changes their name', async () => {
      const before = await users();
      const demote = await patch<ApiErrorBody>(adminId, { role: 'supervisor' });
      expectError(demote, 409, 'CONFLICT');
      expect(demote.body.error.details).toEqual({ reason: 'SELF_DEMOTION' });
      const disable = await patch<ApiErrorBody>(adminId, { disabled: true });
      expectError(disable, 409, 'CONFLICT');
      expect(disable.body.error.details).toEqual({ reason: 'SELF_DISABLE' });
      expect(await users()).toEqual(before);
      expect((await patch(adminId, { name: 'Beheerder', role: 'admin', disabled: false })).status).toBe(200);
      expect(await users()).toEqual(before);
    });

    it('keeps one active administrator when two demote each other at once', async () => {
      const second = await addUser({ name: 'Dirk Beheer', role: 'admin' });
      const [first, other] = await Promise.all([
        patch<ApiErrorBody>(second.id, { role: 'agent' }),
        patch<ApiErrorBody>(adminId, { disabled: true }, second.token),
      ]);
      const statuses = [first.status, other.status];
      expect(statuses.filter((status) => status === 200)).toHaveLength(1);
      const refused = first.status === 200 ? other : first;
      // Refused by the rule, or, when the first change came through before the guard looked, for lack of the role.
      if (refused.status === 409) expect(refused.body.error.details).toEqual({ reason: 'LAST_ADMIN' });
      else expectError(refused, 403, 'FORBIDDEN');
      const administrators = (await users()).filter((user) => user.role === 'admin' && user.disabledAt === null);
      if (first.status !== 200) {
        // Dirk won: the first administrator is disabled; Dirk restores them.
        expect(administrators.map((user) => user.id)).toEqual([second.id]);
        expect((await patch(adminId, { disabled: false }, second.token)).status).toBe(200);
        token = await server.login();
        expect((await patch(second.id, { role: 'agent' })).status).toBe(200);
      } else {
        expect(administrators.map((user) => user.id)).toEqual([adminId]);
      }
      expect((await userNamed('Dirk Beheer')).role).toBe('agent');
    });

    it('ends a disabled user’s sessions and sockets at once and refuses their login; enabling lets them back', async () => {
      const eva = await addUser({ name: 'Eva', role: 'agent' });
      // Read twice, so the session is in the server's cache when she is disabled.
      expect((await call('/api/auth/me', { token: eva.token })).status).toBe(200);
      expect((await call('/api/auth/me', { token: eva.token })).status).toBe(200);
      const socket = await connectSocket(server.baseUrl, eva.token);
      sockets.push(socket);
      const disconnected = new Promise<string>((resolve) => socket.once('disconnect', resolve));

      const disabled = await patch(eva.id, { disabled: true });
      expect(disabled.status).toBe(200);
      expect(Date.parse(disabled.body.disabledAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
      expectError(await call('/api/auth/me', { token: eva.token }), 401, 'UNAUTHENTICATED');
      expectError(await call('/api/users', { token: eva.token }), 401, 'UNAUTHENTICATED');
      expect(await disconnected).toBe('io server disconnect');
      await expect(connectSocket(server.baseUrl, eva.token, 2000)).rejects.toThrow(/UNAUTHENTICATED/);
      const login = await server.api('/api/auth/login', { body: { email: eva.email, password: eva.password } });
      expectError(login, 401, 'INVALID_CREDENTIALS');
      expect((await colleagues(agent.token)).map((colleague) => colleague.id)).not.toContain(eva.id);

      const enabled = await patch(eva.id, { disabled: false });
      expect(enabled.body.disabledAt).toBeNull();
      // The old session stays ended; a new login works.
      expectError(await call('/api/auth/me', { token: eva.token }), 401, 'UNAUTHENTICATED');
      const again = await server.login(eva.email, eva.password);
      expect((await call('/api/auth/me', { token: again })).status).toBe(200);
    });

    it('sets a new password: the old one and the user’s sessions stop working', async () => {
      const frank = await addUser({ name: 'Frank', role: 'agent' });
      expect((await call('/api/auth/me', { token: frank.token })).status).toBe(200);
      const fresh = password();
      expect((await patch(frank.id, { password: fresh })).status).toBe(200);
      expectError(await call('/api/auth/me', { token: frank.token }), 401, 'UNAUTHENTICATED');
      const old = await server.api('/api/auth/login', { body: { email: frank.email, password: frank.password } });
      expectError(old, 401, 'INVALID_CREDENTIALS');
      const renewed = await server.login(frank.email, fresh);
      expect((await call('/api/auth/me', { token: renewed })).status).toBe(200);
    });
  });

  describe('colleagues', () => {
    it('lists the active users for every logged-in user, and who is online', async () => {
      const list = await colleagues(agent.token);
      expect(list.map((colleague) => colleague.name)).toEqual([
        'Anna Agent',
        'Beheerder',
        'Bert Backoffice',
        'Carla de Vries',
        'Dirk Beheer',
        'Eva',
        'Frank',
      ]);
      const bert = list.find((colleague) => colleague.name === 'Bert Backoffice');
      expect(bert).toEqual({
        id: expect.any(String),
        name: 'Bert Backoffice',
        role: 'backoffice',
        departmentId: belastingen.id,
        online: false,
      });
      expect(JSON.stringify(list)).not.toMatch(/@|password/i);
    });

    it('shows a colleague online while a socket of theirs is connected, two tabs included', async () => {
      const online = async () => (await colleagues(token)).find((colleague) => colleague.id === agent.id)?.online;
      expect(await online()).toBe(false);
      const first = await connectSocket(server.baseUrl, agent.token);
      const second = await connectSocket(server.baseUrl, agent.token);
      sockets.push(first, second);
      expect(await online()).toBe(true);
      // Another user's socket closed at the same moment, and seen offline, shows the server heard the goodbyes.
      const bert = await userNamed('Bert Backoffice');
      const bertSocket = await connectSocket(server.baseUrl, await server.login(bert.email, bertPassword));
      sockets.push(bertSocket);
      await eventually(
        async () => (await colleagues(token)).find((colleague) => colleague.id === bert.id)?.online,
        (value) => value === true,
      );
      first.disconnect();
      bertSocket.disconnect();
      await eventually(
        async () => (await colleagues(token)).find((colleague) => colleague.id === bert.id)?.online,
        (value) => value === false,
      );
      // Still one tab open: still online.
      expect(await online()).toBe(true);
      second.disconnect();
      await eventually(online, (value) => value === false);
      const back = await connectSocket(server.baseUrl, agent.token);
      sockets.push(back);
      expect(await online()).toBe(true);
      back.disconnect();
      await eventually(online, (value) => value === false);
    });

    it('answers 401 without a login', async () => {
      expectError(await server.api('/api/users'), 401, 'UNAUTHENTICATED');
      expectError(await server.api('/api/users', { token: 'not-a-session' }), 401, 'UNAUTHENTICATED');
    });
  });

  describe('the audit log', () => {
    let all: AuditEventDto[];

    it('holds every change to a user, newest first, with the administrator’s name', async () => {
      all = (await audit('?limit=200')).events;
      const times = all.map((event) => Date.parse(event.at));
      expect([...times].sort((a, b) => b - a)).toEqual(times);
      const eva = await userNamed('Eva');
      const forEva = all.filter((event) => event.objectId === eva.id).map((event) => event.action);
      expect(forEva).toEqual(['user.enabled', 'user.disabled', 'user.created']);
      const carla = await userNamed('Carla de Vries');
      const changes = all.filter((event) => event.objectId === carla.id && event.action === 'user.updated');
      expect(changes.map((event) => event.detail)).toEqual([
        'role backoffice → supervisor; department Belastingen → none; capacity no limit → 100',
        'capacity 12 → no limit',
        'name Carla → Carla de Vries; role agent → backoffice; department none → Belastingen; capacity no limit → 12',
      ]);
      expect(changes[0]).toEqual({
        id: expect.any(String),
        at: expect.any(String),
        actorId: adminId,
        actorName: 'Beheerder',
        action: 'user.updated',
        objectType: 'user',
        objectId: carla.id,
        detail: expect.any(String),
      });
      const frank = await userNamed('Frank');
      expect(all.find((event) => event.objectId === frank.id)?.action).toBe('user.password-reset');
      // Older call sites write a sentence; they are in the same log.
      expect(all.map((event) => event.action)).toContain(`department ${belastingen.id} (Belastingen) created`);
      expect(all.at(-1)).toMatchObject({ actorId: null, actorName: 'system', action: 'user.created' });
    });

    it('never holds a password', () => {
      expect(JSON.stringify(all)).not.toMatch(/password"|passwordHash/);
      expect(all.some((event) => (event.detail ?? '').includes(agent.password))).toBe(false);
    });

    it('pages newest first with a cursor, without gaps or repeats', async () => {
      const seen: AuditEventDto[] = [];
      let cursor: string | null = null;
      do {
        const page: AuditPageDto = await audit(`?limit=3${cursor ? `&before=${encodeURIComponent(cursor)}` : ''}`);
        expect(page.events.length).toBeLessThanOrEqual(3);
        seen.push(...page.events);
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all);
      expect((await audit(`?limit=${all.length}`)).nextCursor).toBeNull();
    });

    it('filters by actor, object and the start of the action', async () => {
      const eva = await userNamed('Eva');
      const byObject = await audit(`?objectType=user&objectId=${eva.id}`);
      expect(byObject.events).toEqual(all.filter((event) => event.objectId === eva.id));
      const disabling = await audit('?action=user.dis');
      expect(disabling.events.map((event) => event.objectId)).toEqual([eva.id]);
      const dirk = await userNamed('Dirk Beheer');
      const byDirk = await audit(`?actorId=${dirk.id}`);
      expect(byDirk.events.every((event) => event.actorId === dirk.id)).toBe(true);
      const bySystem = await audit('?actorId=system');
      expect(bySystem.events.map((event) => event.detail)).toEqual([
        `${server.admin.email}, role admin, first administrator`,
      ]);
      expect((await audit('?action=100%25')).events).toEqual([]);
      // The older sentences name no object.
      expect((await audit('?objectType=department')).events).toEqual([]);
    });
  });

  describe('access', () => {
    it('answers 403 to a non-administrator on every admin route, and changes nothing', async () => {
      const before = await users();
      for (const as of [agent.token, (await addUser({ name: 'Gerrit', role: 'supervisor' })).token]) {
        const refused = [
          await call('/api/admin/users', { token: as }),
          await call('/api/admin/users', {
            token: as,
            body: { email: 'x@gemeente.nl', name: 'X', role: 'admin', password: password() },
          }),
          await patch(agent.id, { role: 'admin' }, as),
          await call('/api/admin/audit', { token: as }),
        ];
        for (const response of refused) expectError(response, 403, 'FORBIDDEN');
      }
      expect((await users()).filter((user) => user.name !== 'Gerrit')).toEqual(before);
    });

    it('answers 401 without a login', async () => {
      const anonymous = [
        await server.api('/api/admin/users'),
        await server.api('/api/admin/users', {
          body: { email: 'x@gemeente.nl', name: 'X', role: 'admin', password: password() },
        }),
        await server.api(`/api/admin/users/${agent.id}`, { method: 'PATCH', body: { role: 'admin' } }),
        await server.api('/api/admin/audit'),
      ];
      for (const response of anonymous) expectError(response, 401, 'UNAUTHENTICATED');
    });
  });

  describe('hostile input', () => {
    it.each([
      ['an unknown field', { passwordHash: 'x' }],
      ['a new id', { id: UNKNOWN_ID }],
      ['a disabledAt of its own', { disabledAt: null }],
      ['a role that does not exist', { role: 'root' }],
      ['disabled as text', { disabled: 'true' }],
      ['a capacity of 0', { maxConversations: 0 }],
      ['a capacity over 100', { maxConversations: 101 }],
      ['a capacity that is not whole', { maxConversations: 1.5 }],
      ['a capacity as text', { maxConversations: '5' }],
      ['a short password', { password: 'short' }],
      ['a password that is not text', { password: 123456789012 }],
      ['an empty name', { name: '  ' }],
      ['a name with a line break', { name: 'Anna\naudit forged' }],
      ['an oversized name', { name: 'n'.repeat(201) }],
      ['an operator object', { name: { $ne: '' } }],
      ['a department id that is not a UUID', { role: 'backoffice', departmentId: 'belastingen' }],
      ['an array', [{ name: 'x' }]],
      ['a prototype key', JSON.parse('{"name":"Anna","__proto__":{"role":"admin"}}')],
    ])('refuses a change with %s: 400, a JSON error, nothing changed', async (_case, body) => {
      const before = await users();
      const response = await send('PATCH', `/api/admin/users/${agent.id}`, JSON.stringify(body));
      expectError(response, 400, 'VALIDATION_FAILED');
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await users()).toEqual(before);
    });

    it('refuses malformed JSON (400), an oversized body (413), odd ids (400) and unknown users (404)', async () => {
      const before = await users();
      const path = `/api/admin/users/${agent.id}`;
      expectError(await send('PATCH', path, '{"name":"x",'), 400, 'INVALID_JSON');
      expectError(await send('PATCH', path, 'null'), 400, 'INVALID_JSON');
      expectError(await send('PATCH', path, JSON.stringify({ name: 'n'.repeat(2_000_000) })), 413, 'PAYLOAD_TOO_LARGE');
      expectError(await send('PATCH', `/api/admin/users/1' OR '1'='1`, '{"name":"x"}'), 400);
      expectError(await send('PATCH', '/api/admin/users/not-a-uuid', '{"name":"x"}'), 400);
      expectError(await send('PATCH', `/api/admin/users/${UNKNOWN_ID}`, '{"name":"x"}'), 404, 'NOT_FOUND');
      expect(await users()).toEqual(before);
    });

    it.each([
      ['limit=0'],
      ['limit=201'],
      ['limit=ten'],
      ['limit=1&limit=2'],
      ['before=yesterday'],
      ['before=1_2'],
      ['actorId=admin'],
      ['objectType=USER'],
      ['objectType[$ne]=x'],
      ['sort=at'],
      [`action=${'a'.repeat(101)}`],
      ['action=a%0Aforged'],
    ])('refuses the audit query %s with 400', async (query) => {
      const response = await call(`/api/admin/audit?${query}`);
      expectError(response, 400, 'VALIDATION_FAILED');
    });
  });
});

describe('users on two server processes sharing PostgreSQL and Redis', () => {
  let database: TestDatabase;
  let a: ServerHandle;
  let b: ServerHandle;
  let adminToken: string;
  const sockets: IngangSocket[] = [];

  async function addUser(name: string, role: string) {
    const email = `${name.toLowerCase()}@gemeente.nl`;
    const secret = password();
    const created = await a.api<AdminUserDto>('/api/admin/users', {
      body: { email, name, role, password: secret },
      token: adminToken,
    });
    expect(created.status).toBe(201);
    return { ...created.body, password: secret };
  }

  const colleague = async (server: ServerHandle, id: string) =>
    (await server.api<ColleagueDto[]>('/api/users', { token: adminToken })).body.find((user) => user.id === id);

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    a = await startServer({ DATABASE_URL: database.url });
    // The second process: same database, Redis prefix and secrets, its own port.
    const { PORT: _port, ...shared } = a.env;
    b = await startServer(shared);
    adminToken = await a.login();
  });

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await a?.stop();
    await b?.stop();
    await database?.drop();
  });

  it('shows a colleague online on every process while their socket is connected to one', async () => {
    const hanna = await addUser('Hanna', 'agent');
    const socket = await connectSocket(b.baseUrl, await b.login(hanna.email, hanna.password));
    sockets.push(socket);
    expect((await colleague(b, hanna.id))?.online).toBe(true);
    expect((await colleague(a, hanna.id))?.online).toBe(true);
    socket.disconnect();
    await eventually(
      async () => (await colleague(a, hanna.id))?.online,
      (online) => online === false,
    );
  });

  it('disabling a user on one process ends their session and socket on the other at once', async () => {
    const ivo = await addUser('Ivo', 'agent');
    const token = await b.login(ivo.email, ivo.password);
    // Cached on B.
    expect((await b.api('/api/auth/me', { token })).status).toBe(200);
    expect((await b.api('/api/auth/me', { token })).status).toBe(200);
    const socket = await connectSocket(b.baseUrl, token);
    sockets.push(socket);
    const disconnected = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    const disabled = await a.api(`/api/admin/users/${ivo.id}`, {
      method: 'PATCH',
      body: { disabled: true },
      token: adminToken,
    });
    expect(disabled.status).toBe(200);
    expect(await disconnected).toBe('io server disconnect');
    // The announcement travels through Redis; by the time the socket is gone, the cache is too.
    expect((await b.api('/api/auth/me', { token })).status).toBe(401);
  });

  it('keeps one active administrator when two on different processes demote each other at once', async () => {
    const me = (await a.api<UserDto>('/api/auth/me', { token: adminToken })).body;
    for (let round = 0; round < 4; round += 1) {
      const other = await addUser(`Beheer${round}`, 'admin');
      const otherToken = await b.login(other.email, other.password);
      const [first, second] = await Promise.all([
        a.api<ApiErrorBody>(`/api/admin/users/${other.id}`, {
          method: 'PATCH',
          body: { role: 'agent' },
          token: adminToken,
        }),
        b.api<ApiErrorBody>(`/api/admin/users/${me.id}`, {
          method: 'PATCH',
          body: { role: 'supervisor' },
          token: otherToken,
        }),
      ]);
      expect([first.status, second.status].filter((status) => status === 200)).toHaveLength(1);
      const refused = first.status === 200 ? second : first;
      expect([403, 409]).toContain(refused.status);
      if (first.status !== 200) {
        // The other one won: they hand the role back and step down.
        await b.api(`/api/admin/users/${me.id}`, { method: 'PATCH', body: { role: 'admin' }, token: otherToken });
        adminToken = await a.login();
        await a.api(`/api/admin/users/${other.id}`, { method: 'PATCH', body: { role: 'agent' }, token: adminToken });
      }
      const list = (await a.api<AdminUserDto[]>('/api/admin/users', { token: adminToken })).body;
      expect(list.filter((user) => user.role === 'admin' && user.disabledAt === null).map((user) => user.id)).toEqual([
        me.id,
      ]);
    }
  });

  it('lists on one process what the other recorded in the audit log', async () => {
    const ivo = (await a.api<AdminUserDto[]>('/api/admin/users', { token: adminToken })).body.find(
      (user) => user.name === 'Ivo',
    );
    const page = await eventually(
      async () =>
        (await b.api<AuditPageDto>(`/api/admin/audit?objectId=${ivo?.id}`, { token: adminToken })).body.events,
      (events) => events.length === 2,
    );
    expect(page.map((event) => event.action)).toEqual(['user.disabled', 'user.created']);
  });
});

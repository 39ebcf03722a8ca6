import type { ApiErrorBody, DepartmentDto, UserDto } from '@ingang/shared';
import { randomBytes } from 'node:crypto';
import { startServer, type ApiResponse, type ServerHandle } from '../support/server-process';

const UNKNOWN_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('departments managed by the administrator (real server)', () => {
  let server: ServerHandle;
  let token: string;
  let agentToken: string;
  let belastingen: DepartmentDto;
  let vergunningen: DepartmentDto;

  const call = <T>(path: string, init: { method?: string; body?: unknown; token?: string } = {}) =>
    server.api<T>(path, { ...init, token: init.token ?? token });

  /** A request exactly as written: malformed JSON, another content type, a body of any size. */
  async function send(method: string, path: string, body: string, contentType = 'application/json') {
    const response = await fetch(`${server.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': contentType, accept: 'application/json' },
      body,
    });
    return { status: response.status, body: (await response.json()) as unknown, headers: response.headers };
  }

  async function listed(): Promise<DepartmentDto[]> {
    const response = await call<DepartmentDto[]>('/api/admin/departments');
    expect(response.status).toBe(200);
    return response.body;
  }

  function expectError(response: Pick<ApiResponse<unknown>, 'status' | 'body'>, status: number, code: string): void {
    expect({ status: response.status, code: (response.body as ApiErrorBody).error?.code }).toEqual({ status, code });
    expect(typeof (response.body as ApiErrorBody).error.message).toBe('string');
  }

  beforeAll(async () => {
    server = await startServer();
    token = await server.login();
    const password = randomBytes(10).toString('hex');
    const agent = await call<UserDto>('/api/admin/users', {
      body: { email: 'agent@gemeente.nl', name: 'Anna Agent', role: 'agent', password },
    });
    expect(agent.status).toBe(201);
    agentToken = await server.login('agent@gemeente.nl', password);
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('starts without departments', async () => {
    expect(await listed()).toEqual([]);
    expect((await call('/api/departments')).body).toEqual([]);
  });

  it('creates a department that follows the default escalation policy, and one with its own', async () => {
    const created = await call<DepartmentDto>('/api/admin/departments', { body: { name: '  Belastingen ' } });
    expect(created.status).toBe(201);
    belastingen = created.body;
    expect(belastingen).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      name: 'Belastingen',
      escalationPolicy: null,
      active: true,
      createdAt: expect.any(String),
      updatedAt: belastingen.createdAt,
    });
    expect(Date.parse(belastingen.createdAt)).toBeGreaterThan(Date.now() - 60_000);

    const own = await call<DepartmentDto>('/api/admin/departments', {
      body: { name: 'Vergunningen', escalationPolicy: { answerWithinHours: 16, atRiskHours: 2.5 } },
    });
    expect(own.status).toBe(201);
    vergunningen = own.body;
    expect(vergunningen).toMatchObject({
      name: 'Vergunningen',
      escalationPolicy: { answerWithinHours: 16, atRiskHours: 2.5 },
      active: true,
    });
    const explicitDefault = await call<DepartmentDto>('/api/admin/departments', {
      body: { name: 'Burgerzaken', escalationPolicy: null },
    });
    expect(explicitDefault.body).toMatchObject({ name: 'Burgerzaken', escalationPolicy: null });
  });

  it('lists the departments by name, for the administrator and for every logged-in user', async () => {
    const all = await listed();
    expect(all.map((department) => department.name)).toEqual(['Belastingen', 'Burgerzaken', 'Vergunningen']);
    expect(all).toContainEqual(belastingen);
    expect(all).toContainEqual(vergunningen);
    const forAgent = await call<DepartmentDto[]>('/api/departments', { token: agentToken });
    expect(forAgent.status).toBe(200);
    expect(forAgent.body).toEqual(all);
  });

  it('renames a department, also when only its case changes', async () => {
    const renamed = await call<DepartmentDto>(`/api/admin/departments/${belastingen.id}`, {
      method: 'PATCH',
      body: { name: 'Belastingen en WOZ' },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ id: belastingen.id, name: 'Belastingen en WOZ', escalationPolicy: null });
    expect(Date.parse(renamed.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(belastingen.updatedAt));
    const recased = await call<DepartmentDto>(`/api/admin/departments/${belastingen.id}`, {
      method: 'PATCH',
      body: { name: 'Belastingen en woz' },
    });
    expect(recased.body.name).toBe('Belastingen en woz');
    belastingen = recased.body;
    expect(await listed()).toContainEqual(belastingen);
  });

  it('sets a department its own escalation policy and returns it to the default', async () => {
    const path = `/api/admin/departments/${belastingen.id}`;
    const own = await call<DepartmentDto>(path, {
      method: 'PATCH',
      body: { escalationPolicy: { answerWithinHours: 72, atRiskHours: 0 } },
    });
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({
      name: 'Belastingen en woz',
      escalationPolicy: { answerWithinHours: 72, atRiskHours: 0 },
    });
    const minutes = await call<DepartmentDto>(path, {
      method: 'PATCH',
      body: { escalationPolicy: { answerWithinHours: 61 / 60, atRiskHours: 0.25 } },
    });
    expect(minutes.body.escalationPolicy).toEqual({ answerWithinHours: 61 / 60, atRiskHours: 0.25 });
    const back = await call<DepartmentDto>(path, { method: 'PATCH', body: { escalationPolicy: null } });
    expect(back.body.escalationPolicy).toBeNull();
    const untouched = await call<DepartmentDto>(path, { method: 'PATCH', body: {} });
    expect(untouched.body).toEqual(back.body);
    belastingen = back.body;
    expect(await listed()).toContainEqual(belastingen);
  });

  it.each([
    ['the same name', 'Vergunningen'],
    ['a name differing only in case', 'VERGUNNINGEN'],
    ['a name differing only in spacing', '  vergunningen  '],
  ])('refuses a second department with %s (409)', async (_case, name) => {
    const before = await listed();
    expectError(await call('/api/admin/departments', { body: { name } }), 409, 'ALREADY_EXISTS');
    const renamed = await call(`/api/admin/departments/${belastingen.id}`, { method: 'PATCH', body: { name } });
    expectError(renamed, 409, 'ALREADY_EXISTS');
    expect(await listed()).toEqual(before);
  });

  it('lets only one of two administrators adding the same name at once succeed', async () => {
    const [first, second] = await Promise.all([
      call<DepartmentDto>('/api/admin/departments', { body: { name: 'Stadstoezicht' } }),
      call<DepartmentDto>('/api/admin/departments', { body: { name: 'STADSTOEZICHT' } }),
    ]);
    expect([first.status, second.status].sort()).toEqual([201, 409]);
    expect((await listed()).filter((department) => department.name.toLowerCase() === 'stadstoezicht')).toHaveLength(1);
  });

  it('deactivates a department on DELETE: gone from the agent’s choice, kept for the administrator', async () => {
    const deactivated = await call<DepartmentDto>(`/api/admin/departments/${vergunningen.id}`, { method: 'DELETE' });
    expect(deactivated.status).toBe(200);
    expect(deactivated.body).toMatchObject({
      id: vergunningen.id,
      name: 'Vergunningen',
      active: false,
      escalationPolicy: { answerWithinHours: 16, atRiskHours: 2.5 },
    });
    expect((await listed()).find((department) => department.id === vergunningen.id)?.active).toBe(false);
    const forAgent = await call<DepartmentDto[]>('/api/departments', { token: agentToken });
    expect(forAgent.body.map((department) => department.name.toLowerCase())).toEqual([
      'belastingen en woz',
      'burgerzaken',
      'stadstoezicht',
    ]);

    // Deactivating twice changes nothing; the name stays taken (reactivate instead).
    const again = await call<DepartmentDto>(`/api/admin/departments/${vergunningen.id}`, { method: 'DELETE' });
    expect(again.body).toEqual(deactivated.body);
    expectError(await call('/api/admin/departments', { body: { name: 'vergunningen' } }), 409, 'ALREADY_EXISTS');
  });

  it('reactivates a department', async () => {
    const reactivated = await call<DepartmentDto>(`/api/admin/departments/${vergunningen.id}`, {
      method: 'PATCH',
      body: { active: true },
    });
    expect(reactivated.body).toMatchObject({
      active: true,
      escalationPolicy: { answerWithinHours: 16, atRiskHours: 2.5 },
    });
    vergunningen = reactivated.body;
    const forAgent = await call<DepartmentDto[]>('/api/departments', { token: agentToken });
    expect(forAgent.body.map((department) => department.name)).toContain('Vergunningen');
  });

  it('answers 404 for an unknown department and 400 for an id that is not a UUID', async () => {
    const before = await listed();
    expectError(
      await call(`/api/admin/departments/${UNKNOWN_ID}`, { method: 'PATCH', body: { name: 'x' } }),
      404,
      'NOT_FOUND',
    );
    expectError(await call(`/api/admin/departments/${UNKNOWN_ID}`, { method: 'DELETE' }), 404, 'NOT_FOUND');
    const notUuid = await call<ApiErrorBody>("/api/admin/departments/1' OR '1'='1", { method: 'DELETE' });
    expect(notUuid.status).toBe(400);
    expect(notUuid.body.error.code).toEqual(expect.any(String));
    expect(await listed()).toEqual(before);
  });

  it('lets only administrators manage departments', async () => {
    const before = await listed();
    const refused = [
      await call('/api/admin/departments', { token: agentToken }),
      await call('/api/admin/departments', { token: agentToken, body: { name: 'Stadstoezicht' } }),
      await call(`/api/admin/departments/${belastingen.id}`, {
        token: agentToken,
        method: 'PATCH',
        body: { name: 'Overgenomen' },
      }),
      await call(`/api/admin/departments/${belastingen.id}`, { token: agentToken, method: 'DELETE' }),
    ];
    for (const response of refused) expectError(response, 403, 'FORBIDDEN');
    expect(await listed()).toEqual(before);
  });

  it('answers 401 to every departments call without a login', async () => {
    const anonymous = [
      await server.api('/api/departments'),
      await server.api('/api/admin/departments'),
      await server.api('/api/admin/departments', { body: { name: 'Stadstoezicht' } }),
      await server.api(`/api/admin/departments/${belastingen.id}`, { method: 'PATCH', body: { active: false } }),
      await server.api(`/api/admin/departments/${belastingen.id}`, { method: 'DELETE' }),
      await server.api('/api/departments', { token: 'not-a-session-token' }),
    ];
    for (const response of anonymous) expectError(response, 401, 'UNAUTHENTICATED');
    expect((await listed()).every((department) => department.active)).toBe(true);
  });

  it.each([
    ['no name', {}],
    ['an empty name', { name: '   ' }],
    ['an oversized name', { name: 'n'.repeat(101) }],
    ['a name with a line break', { name: 'Stadstoezicht\naudit forged' }],
    ['a name that is not a string', { name: 42 }],
    ['a name that is an operator object', { name: { $ne: '' } }],
    ['an unknown field', { name: 'Stadstoezicht', id: UNKNOWN_ID }],
    ['an active flag on create', { name: 'Stadstoezicht', active: false }],
    ['zero hours', { name: 'Stadstoezicht', escalationPolicy: { answerWithinHours: 0, atRiskHours: 0 } }],
    ['negative hours', { name: 'Stadstoezicht', escalationPolicy: { answerWithinHours: -8, atRiskHours: 1 } }],
    ['a negative at-risk time', { name: 'Stadstoezicht', escalationPolicy: { answerWithinHours: 8, atRiskHours: -1 } }],
    ['at risk at the deadline', { name: 'Stadstoezicht', escalationPolicy: { answerWithinHours: 8, atRiskHours: 8 } }],
    [
      'at risk after the deadline',
      { name: 'Stadstoezicht', escalationPolicy: { answerWithinHours: 8, atRiskHours: 9 } },
    ],
    ['hours as text', { name: 'Stadstoezicht', escalationPolicy: { answerWithinHours: '48', atRiskHours: 8 } }],
    [
      'hours that are not whole minutes',
      { name: 'Stadstoezicht', escalationPolicy: { answerWithinHours: 1.001, atRiskHours: 0 } },
    ],
    [
      'more hours than a year has',
      { name: 'Stadstoezicht', escalationPolicy: { answerWithinHours: 1e9, atRiskHours: 0 } },
    ],
    ['half a policy', { name: 'Stadstoezicht', escalationPolicy: { answerWithinHours: 8 } }],
    [
      'a policy with an unknown field',
      { name: 'S', escalationPolicy: { answerWithinHours: 8, atRiskHours: 1, days: 2 } },
    ],
    ['a policy that is a number', { name: 'Stadstoezicht', escalationPolicy: 48 }],
    ['an array', [{ name: 'Stadstoezicht' }]],
    ['a prototype key', JSON.parse('{"name":"Stadstoezicht","__proto__":{"active":false}}')],
  ])('refuses to create a department from %s: 400, a JSON error, nothing stored', async (_case, body) => {
    const before = await listed();
    const response = await send('POST', '/api/admin/departments', JSON.stringify(body));
    expectError(response, 400, 'VALIDATION_FAILED');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await listed()).toEqual(before);
  });

  it('names the field that is wrong', async () => {
    const response = await call<ApiErrorBody>('/api/admin/departments', {
      body: { name: 'Stadstoezicht', escalationPolicy: { answerWithinHours: 4, atRiskHours: 4 } },
    });
    expect(response.body.error.details).toEqual([
      { path: 'escalationPolicy.atRiskHours', message: 'the at-risk warning must come before the deadline' },
    ]);
  });

  it.each([
    ['an empty name', { name: '' }],
    ['a null name', { name: null }],
    ['an oversized name', { name: 'n'.repeat(101) }],
    ['an active flag that is text', { active: 'false' }],
    ['zero hours', { escalationPolicy: { answerWithinHours: 0, atRiskHours: 0 } }],
    ['at risk after the deadline', { escalationPolicy: { answerWithinHours: 2, atRiskHours: 3 } }],
    ['a policy that is text', { escalationPolicy: '48 uur' }],
    ['an unknown field', { nameKey: 'vergunningen' }],
    ['a new id', { id: UNKNOWN_ID }],
    ['a new creation time', { createdAt: '2020-01-01T00:00:00.000Z' }],
    ['an array', [{ name: 'x' }]],
  ])('refuses to change a department with %s: 400, a JSON error, nothing changed', async (_case, body) => {
    const before = await listed();
    const response = await send('PATCH', `/api/admin/departments/${belastingen.id}`, JSON.stringify(body));
    expectError(response, 400, 'VALIDATION_FAILED');
    expect(await listed()).toEqual(before);
  });

  it('refuses malformed JSON, infinite hours and a body that is not JSON with a JSON error', async () => {
    const before = await listed();
    expectError(await send('POST', '/api/admin/departments', '{"name":"Stadstoezicht",'), 400, 'INVALID_JSON');
    expectError(await send('PATCH', `/api/admin/departments/${belastingen.id}`, '{name:1}'), 400, 'INVALID_JSON');
    expectError(
      await send(
        'POST',
        '/api/admin/departments',
        '{"name":"Stadstoezicht","escalationPolicy":{"answerWithinHours":1e999,"atRiskHours":0}}',
      ),
      400,
      'VALIDATION_FAILED',
    );
    // Only objects and arrays are JSON bodies here.
    expectError(await send('POST', '/api/admin/departments', '"Stadstoezicht"'), 400, 'INVALID_JSON');
    expectError(await send('POST', '/api/admin/departments', 'null'), 400, 'INVALID_JSON');
    // Not parsed as JSON at all: an empty body, which has no name.
    expectError(
      await send('POST', '/api/admin/departments', 'name=Stadstoezicht', 'text/plain'),
      400,
      'VALIDATION_FAILED',
    );
    expect(await listed()).toEqual(before);
  });

  it('refuses a 1 MB name with 400, and a body over the limit with 413', async () => {
    const before = await listed();
    const megabyte = JSON.stringify({ name: 'n'.repeat(1_000_000) });
    expect(Buffer.byteLength(megabyte)).toBeGreaterThanOrEqual(1_000_000);
    expectError(await send('POST', '/api/admin/departments', megabyte), 400, 'VALIDATION_FAILED');
    const oversized = JSON.stringify({ name: 'n'.repeat(2_000_000) });
    expectError(await send('POST', '/api/admin/departments', oversized), 413, 'PAYLOAD_TOO_LARGE');
    expectError(await send('PATCH', `/api/admin/departments/${belastingen.id}`, oversized), 413, 'PAYLOAD_TOO_LARGE');
    expect(await listed()).toEqual(before);
  });

  it('writes every change to the audit log, naming the administrator', () => {
    const logs = server.logs();
    const by = `by ${server.admin.email}`;
    expect(logs).toContain(`department ${vergunningen.id} (Vergunningen) created ${by}`);
    expect(logs).toContain(`department ${belastingen.id} (Belastingen en WOZ) updated (name (was Belastingen)) ${by}`);
    expect(logs).toContain(`department ${belastingen.id} (Belastingen en woz) updated (escalationPolicy) ${by}`);
    expect(logs).toContain(
      `department ${belastingen.id} (Belastingen en woz) updated (escalationPolicy (default)) ${by}`,
    );
    expect(logs).toContain(`department ${vergunningen.id} (Vergunningen) updated (deactivated) ${by}`);
    expect(logs).toContain(`department ${vergunningen.id} (Vergunningen) updated (reactivated) ${by}`);
    expect(logs.match(/\(Vergunningen\) updated \(deactivated\)/g)).toHaveLength(1);
  });
});

import type {
  ApiErrorBody,
  AuditPageDto,
  CallbackDto,
  ConversationSummaryDto,
  DepartmentDto,
  UserDto,
} from '@ingang/shared';
import { randomBytes } from 'node:crypto';
import { citizenAsksOnWhatsApp } from '../support/citizen-asks';
import { startServer, type ApiResponse, type ServerHandle } from '../support/server-process';
import { connectSocket, recordEvents, type EventRecorder, type IngangSocket } from '../support/socket-client';

// Callback requests against the real server: deadlines on the working calendar with the server's movable clock,
// attempts and outcomes pushed live, the list by deadline, a back office's own department only, hostile input.

jest.setTimeout(60_000);

// Friday 13 November 2026 16:00 CET → Monday 16 November 16:00 CET: one working day, the weekend skipped.
const FRIDAY_16 = '2026-11-13T15:00:00.000Z';
const MONDAY_16 = '2026-11-16T15:00:00.000Z';
// At risk with 4 working hours left (the default callback policy): Monday 12:00.
const MONDAY_12 = '2026-11-16T11:00:00.000Z';
const UNKNOWN_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const HOUR = 3_600_000;
const toSecond = (iso: string) => iso.slice(0, 19);

describe('callback requests (real server, Redis, SQLite)', () => {
  let server: ServerHandle;
  let adminToken: string;
  let agentToken: string;
  let colleagueToken: string;
  let backOfficeToken: string;
  let agent: UserDto;
  let colleague: UserDto;
  let burgerzaken: DepartmentDto;
  let belastingen: DepartmentDto;
  const sockets: IngangSocket[] = [];
  let events: EventRecorder;
  let backOfficeEvents: EventRecorder;
  let question: ConversationSummaryDto;
  let other: ConversationSummaryDto;

  const call = <T>(path: string, init: { method?: string; body?: unknown; token?: string } = {}) =>
    server.api<T>(path, { ...init, token: init.token ?? agentToken });

  /** A request exactly as written: malformed JSON, a body of any size. */
  async function send(path: string, body: string, token = agentToken) {
    const response = await fetch(`${server.baseUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' },
      body,
    });
    return { status: response.status, body: (await response.json()) as unknown };
  }

  async function ok<T>(response: Promise<ApiResponse<T>>, status = 200): Promise<T> {
    const answered = await response;
    expect({ status: answered.status, body: answered.body }).toEqual({ status, body: expect.anything() });
    return answered.body;
  }

  function expectError(response: { status: number; body: unknown }, status: number, code?: string): void {
    const body = response.body as ApiErrorBody;
    expect({ status: response.status, code: body.error?.code }).toEqual({ status, code: code ?? expect.any(String) });
    expect(typeof body.error.message).toBe('string');
  }

  /** Moves the server's clock; it runs on from there. */
  async function setClock(now: string): Promise<void> {
    await ok(server.api('/api/test/clock', { method: 'PUT', body: { now }, token: adminToken }));
  }

  const book = (conversationId: string, body: unknown, token = agentToken) =>
    call<CallbackDto>(`/api/conversations/${conversationId}/callbacks`, { body, token });
  const list = (query = '', token = agentToken) => ok(call<CallbackDto[]>(`/api/callbacks${query}`, { token }));
  const ids = (callbacks: CallbackDto[]) => callbacks.map((callback) => callback.id);
  /** Milliseconds from `iso` to `at`: the clock runs on after it was set. */
  const after = (at: string | null, iso: string) => Date.parse(at ?? '') - Date.parse(iso);

  async function addUser(name: string, role: string, departmentId: string | null = null) {
    const email = `${name.toLowerCase().replace(/\W+/g, '.')}@gemeente.nl`;
    const password = randomBytes(10).toString('hex');
    const user = await ok(
      call<UserDto>('/api/admin/users', {
        body: { email, name, role, password, ...(departmentId ? { departmentId } : {}) },
        token: adminToken,
      }),
      201,
    );
    expect(user.departmentId).toBe(departmentId);
    return { user, token: await server.login(email, password) };
  }

  const addDepartment = (name: string) =>
    ok(call<DepartmentDto>('/api/admin/departments', { body: { name }, token: adminToken }), 201);

  async function listen(token: string): Promise<EventRecorder> {
    const socket = await connectSocket(server.baseUrl, token);
    sockets.push(socket);
    return recordEvents(socket);
  }

  beforeAll(async () => {
    server = await startServer({ TEST_CLOCK: FRIDAY_16, SESSION_TTL_HOURS: '100000' });
    adminToken = await server.login();
    burgerzaken = await addDepartment('Burgerzaken');
    belastingen = await addDepartment('Belastingen');
    ({ user: agent, token: agentToken } = await addUser('Anna Agent', 'agent'));
    ({ user: colleague, token: colleagueToken } = await addUser('Carel Collega', 'agent'));
    ({ token: backOfficeToken } = await addUser('Bram Burgerzaken', 'backoffice', burgerzaken.id));
    events = await listen(agentToken);
    backOfficeEvents = await listen(backOfficeToken);
    question = await citizenAsksOnWhatsApp(server, events, 'Wanneer krijg ik mijn WOZ-beschikking?', {
      from: '31611000001',
      name: 'Fenna de Groot',
      timestamp: new Date(FRIDAY_16),
    });
    other = await citizenAsksOnWhatsApp(server, events, 'Ik wil een afspraak voor een paspoort', {
      from: '31611000002',
      name: 'Ruud Jansen',
      timestamp: new Date(FRIDAY_16),
    });
  });

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await server?.stop();
  });

  it('books on Friday 16:00 due Monday 16:00, logs attempts and is done with an outcome, all pushed live', async () => {
    await setClock(FRIDAY_16);
    const booked = await ok(
      book(question.id, {
        phone: '06-12345678',
        preferredMoment: 'na 14:00',
        note: 'Wil weten wanneer de WOZ-beschikking komt',
      }),
      201,
    );
    expect(booked).toEqual({
      id: expect.any(String),
      conversationId: question.id,
      contact: { id: question.contact.id, displayName: 'Fenna de Groot' },
      phone: '+31612345678',
      preferredMoment: 'na 14:00',
      note: 'Wil weten wanneer de WOZ-beschikking komt',
      department: null,
      status: 'open',
      outcome: null,
      outcomeNote: null,
      deadlineAt: expect.any(String),
      atRiskAt: expect.any(String),
      createdBy: { id: agent.id, name: 'Anna Agent' },
      createdAt: expect.any(String),
      completedAt: null,
      completedBy: null,
      firstReachedAt: null,
      attempts: [],
    });
    // The server's clock runs on from Friday 16:00, so to the second; the weekend is skipped to the millisecond.
    expect(toSecond(booked.deadlineAt)).toBe(toSecond(MONDAY_16));
    expect(Date.parse(booked.deadlineAt) - Date.parse(booked.createdAt)).toBe(72 * HOUR);
    expect(toSecond(booked.atRiskAt)).toBe(toSecond(MONDAY_12));
    expect(Date.parse(booked.deadlineAt) - Date.parse(booked.atRiskAt)).toBe(4 * HOUR);
    expect(await events.waitFor('callback.created', (pushed) => pushed.id === booked.id)).toEqual(booked);
    expect(await ok(call(`/api/callbacks/${booked.id}`))).toEqual(booked);

    // Monday 09:00: voicemail.
    await setClock('2026-11-16T08:00:00.000Z');
    const missed = await ok(
      call<CallbackDto>(`/api/callbacks/${booked.id}/attempts`, {
        body: { reached: false, note: 'Voicemail ingesproken' },
        token: colleagueToken,
      }),
      201,
    );
    expect(missed.attempts).toEqual([
      {
        at: expect.any(String),
        by: { id: colleague.id, name: 'Carel Collega' },
        reached: false,
        note: 'Voicemail ingesproken',
      },
    ]);
    expect(missed).toMatchObject({ status: 'open', firstReachedAt: null });
    expect(
      await events.waitFor('callback.updated', (pushed) => pushed.id === booked.id && pushed.attempts.length === 1),
    ).toEqual(missed);

    // Monday 10:30: reached.
    await setClock('2026-11-16T09:30:00.000Z');
    const reached = await ok(
      call<CallbackDto>(`/api/callbacks/${booked.id}/attempts`, { body: { reached: true, note: 'Gesproken' } }),
      201,
    );
    expect(reached.attempts.map((attempt) => attempt.reached)).toEqual([false, true]);
    expect(after(reached.firstReachedAt, '2026-11-16T09:30:00.000Z')).toBeLessThan(1000);
    expect(reached.firstReachedAt).toBe(reached.attempts[1].at);

    const done = await ok(
      call<CallbackDto>(`/api/callbacks/${booked.id}/complete`, {
        body: { outcome: 'reached', note: 'Beschikking komt eind november' },
      }),
    );
    expect(done).toMatchObject({
      status: 'done',
      outcome: 'reached',
      outcomeNote: 'Beschikking komt eind november',
      completedBy: { id: agent.id, name: 'Anna Agent' },
      // The first call that reached the citizen stays the moment the norms count to.
      firstReachedAt: reached.firstReachedAt,
      deadlineAt: booked.deadlineAt,
    });
    expect(done.attempts).toHaveLength(2);
    expect(Date.parse(done.completedAt!)).toBeGreaterThanOrEqual(Date.parse(reached.firstReachedAt!));
    expect(
      await events.waitFor('callback.updated', (pushed) => pushed.id === booked.id && pushed.status === 'done'),
    ).toEqual(done);

    expectError(await call(`/api/callbacks/${booked.id}/attempts`, { body: { reached: true } }), 409, 'CONFLICT');
    expectError(await call(`/api/callbacks/${booked.id}/complete`, { body: { outcome: 'reached' } }), 409, 'CONFLICT');
    expect(await ok(call(`/api/callbacks/${booked.id}`))).toEqual(done);
    expect(ids(await list())).not.toContain(booked.id);
    expect(ids(await list('?status=done'))).toContain(booked.id);

    // Every change is in the audit log, with who did it (and no phone number or note in it).
    const audit = await ok(
      server.api<AuditPageDto>(`/api/admin/audit?objectType=callback&objectId=${booked.id}`, { token: adminToken }),
    );
    expect(audit.events.map(({ action, actorId }) => ({ action, actorId })).reverse()).toEqual([
      { action: 'callback.created', actorId: agent.id },
      { action: 'callback.attempted', actorId: colleague.id },
      { action: 'callback.attempted', actorId: agent.id },
      { action: 'callback.completed', actorId: agent.id },
    ]);
    expect(JSON.stringify(audit.events)).not.toMatch(/612345678|WOZ|Voicemail/);
  });

  it('records the call when done as reached without one, and wants a reason to cancel', async () => {
    await setClock(FRIDAY_16);
    const quick = await ok(book(other.id, { phone: '+31 20 624 1111', note: 'Afspraak paspoort' }), 201);
    const done = await ok(call<CallbackDto>(`/api/callbacks/${quick.id}/complete`, { body: { outcome: 'reached' } }));
    expect(done.attempts).toEqual([
      { at: done.completedAt, by: { id: agent.id, name: 'Anna Agent' }, reached: true, note: '' },
    ]);
    expect(done.firstReachedAt).toBe(done.completedAt);
    expect(done.phone).toBe('+31206241111');

    const moot = await ok(book(other.id, { phone: '0031612345678', note: 'Afspraak paspoort' }), 201);
    expectError(
      await call(`/api/callbacks/${moot.id}/complete`, { body: { outcome: 'cancelled' } }),
      400,
      'VALIDATION_FAILED',
    );
    const cancelled = await ok(
      call<CallbackDto>(`/api/callbacks/${moot.id}/complete`, {
        body: { outcome: 'cancelled', note: 'Inwoner heeft zelf online een afspraak gemaakt' },
      }),
    );
    expect(cancelled).toMatchObject({ status: 'done', outcome: 'cancelled', firstReachedAt: null, attempts: [] });
  });

  describe('the list and who sees what', () => {
    let kcc: CallbackDto;
    let forBurgerzaken: CallbackDto;
    let forBelastingen: CallbackDto;

    beforeAll(async () => {
      // Booked in this order, due in another: Tuesday 10:00 → Wednesday 10:00, Monday 14:00 → Tuesday 14:00,
      // Tuesday 09:00 → Wednesday 09:00.
      await setClock('2026-11-17T09:00:00.000Z');
      kcc = await ok(book(question.id, { phone: '0612345678', note: 'Terugbellen over de WOZ' }), 201);
      await setClock('2026-11-16T13:00:00.000Z');
      forBurgerzaken = await ok(
        book(other.id, { phone: '0612345679', note: 'Paspoort kwijt', departmentId: burgerzaken.id }, colleagueToken),
        201,
      );
      await setClock('2026-11-17T08:00:00.000Z');
      forBelastingen = await ok(
        book(question.id, { phone: '0612345670', note: 'Bezwaar WOZ', departmentId: belastingen.id }),
        201,
      );
    });

    it('lists open callbacks earliest deadline first', async () => {
      expect([kcc.deadlineAt, forBurgerzaken.deadlineAt, forBelastingen.deadlineAt].map(toSecond)).toEqual([
        '2026-11-18T09:00:00',
        '2026-11-17T13:00:00',
        '2026-11-18T08:00:00',
      ]);
      const open = await list('?status=open');
      expect(ids(open).filter((id) => [kcc.id, forBurgerzaken.id, forBelastingen.id].includes(id))).toEqual([
        forBurgerzaken.id,
        forBelastingen.id,
        kcc.id,
      ]);
      const deadlines = open.map((callback) => Date.parse(callback.deadlineAt));
      expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));
      expect(open.every((callback) => callback.status === 'open')).toBe(true);
      expect(await list()).toEqual(open);
    });

    it('filters on the KCC, a department, a conversation, or the ones I booked', async () => {
      const ofKcc = await list('?departmentId=kcc');
      expect(ids(ofKcc)).toContain(kcc.id);
      expect(ofKcc.every((callback) => callback.department === null)).toBe(true);
      expect(ids(await list(`?departmentId=${burgerzaken.id}`))).toEqual([forBurgerzaken.id]);
      expect((await list(`?departmentId=${belastingen.id}`))[0].department).toEqual({
        id: belastingen.id,
        name: 'Belastingen',
      });
      expect(ids(await list(`?conversationId=${other.id}`))).toEqual([forBurgerzaken.id]);
      expect(ids(await list('?mine=true', colleagueToken))).toEqual([forBurgerzaken.id]);
      expect(ids(await list('?mine=true'))).not.toContain(forBurgerzaken.id);
    });

    it("shows a back office its own department's callbacks only, and lets it work them", async () => {
      expect(ids(await list('', backOfficeToken))).toEqual([forBurgerzaken.id]);
      expect(ids(await list(`?departmentId=${burgerzaken.id}`, backOfficeToken))).toEqual([forBurgerzaken.id]);
      expectError(await call(`/api/callbacks?departmentId=${belastingen.id}`, { token: backOfficeToken }), 403);
      expectError(await call('/api/callbacks?departmentId=kcc', { token: backOfficeToken }), 403, 'FORBIDDEN');
      // Not found rather than forbidden: it does not learn which other callbacks exist.
      expectError(await call(`/api/callbacks/${forBelastingen.id}`, { token: backOfficeToken }), 404, 'NOT_FOUND');
      expectError(
        await call(`/api/callbacks/${kcc.id}/attempts`, { body: { reached: false }, token: backOfficeToken }),
        404,
      );
      expectError(
        await call(`/api/callbacks/${forBelastingen.id}/complete`, {
          body: { outcome: 'not-reached' },
          token: backOfficeToken,
        }),
        404,
      );
      expect(await ok(call<CallbackDto>(`/api/callbacks/${kcc.id}`))).toEqual(kcc);
      expect(await ok(call<CallbackDto>(`/api/callbacks/${forBelastingen.id}`))).toEqual(forBelastingen);

      const worked = await ok(
        call<CallbackDto>(`/api/callbacks/${forBurgerzaken.id}/attempts`, {
          body: { reached: false, note: 'Geen gehoor' },
          token: backOfficeToken,
        }),
        201,
      );
      expect(worked.attempts[0].by.name).toBe('Bram Burgerzaken');
      // Pushed to the department it is for, not to other back offices.
      await backOfficeEvents.waitFor('callback.updated', (pushed) => pushed.id === forBurgerzaken.id);
      const heard = [...backOfficeEvents.all('callback.created'), ...backOfficeEvents.all('callback.updated')];
      expect(heard.length).toBeGreaterThan(0);
      expect(heard.every((pushed) => pushed.department?.id === burgerzaken.id)).toBe(true);
    });

    it('lets a back office book for itself only, on a conversation it has', async () => {
      const forOthers = [
        { phone: '0612345678', note: 'x', departmentId: belastingen.id },
        { phone: '0612345678', note: 'x' },
      ];
      for (const body of forOthers) expectError(await book(question.id, body, backOfficeToken), 403, 'FORBIDDEN');
      // A conversation webcare has is none of its business.
      expectError(
        await book(question.id, { phone: '0612345678', note: 'x', departmentId: burgerzaken.id }, backOfficeToken),
        404,
        'NOT_FOUND',
      );
      await ok(
        call(`/api/conversations/${other.id}/escalate`, {
          body: { departmentId: burgerzaken.id, handoverNote: 'Paspoort kwijt, graag terugbellen', holdingReply: null },
        }),
        201,
      );
      const own = await ok(
        book(other.id, { phone: '0612345678', note: 'Nog een vraag', departmentId: burgerzaken.id }, backOfficeToken),
        201,
      );
      expect(own.department).toEqual({ id: burgerzaken.id, name: 'Burgerzaken' });
    });
  });

  it('answers 401 without a login', async () => {
    const paths = [
      ['GET', '/api/callbacks'],
      ['GET', `/api/callbacks/${UNKNOWN_ID}`],
      ['POST', `/api/conversations/${question.id}/callbacks`],
      ['POST', `/api/callbacks/${UNKNOWN_ID}/attempts`],
      ['POST', `/api/callbacks/${UNKNOWN_ID}/complete`],
    ];
    for (const [method, path] of paths) {
      const response = await fetch(`${server.baseUrl}${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: method === 'POST' ? JSON.stringify({ phone: '0612345678', note: 'x', reached: true }) : undefined,
      });
      expect({ path, status: response.status }).toEqual({ path, status: 401 });
      expect(await response.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('refuses hostile, malformed and wrong input with a JSON error, storing nothing', async () => {
    await setClock(FRIDAY_16);
    const target = await ok(book(question.id, { phone: '0612345678', note: 'Doelwit' }), 201);
    const everything = async () => [...(await list('?limit=500')), ...(await list('?status=done&limit=500'))];
    const before = await everything();
    const path = `/api/conversations/${question.id}/callbacks`;

    const malformed = await send(path, '{"phone": "0612345678", ');
    expectError(malformed, 400, 'INVALID_JSON');
    expectError(await send(path, '"0612345678"'), 400);
    expectError(await send(path, JSON.stringify({ phone: '0612345678', note: 'x'.repeat(2_000_000) })), 413);
    expectError(await send(path, '{"phone": "0612345678", "note": "x", "__proto__": {"admin": true}}'), 400);

    const invalid: unknown[] = [
      {},
      [],
      { phone: '0612345678' },
      { phone: '0612345678', note: 'x', priority: 'urgent' },
      { phone: 'bel mij maar', note: 'x' },
      { phone: '06-1234567', note: 'x' },
      { phone: '06-123456789', note: 'x' },
      { phone: '06-1234567a', note: 'x' },
      { phone: '612345678', note: 'x' },
      { phone: '+31 6 1234 5678 toestel 2', note: 'x' },
      { phone: `06${'1'.repeat(100)}`, note: 'x' },
      { phone: 612345678, note: 'x' },
      { phone: null, note: 'x' },
      { phone: ['0612345678'], note: 'x' },
      { phone: '0612345678', note: 42 },
      { phone: '0612345678', note: '   ' },
      { phone: '0612345678', note: 'x'.repeat(2001) },
      { phone: '0612345678', note: 'x', preferredMoment: 'na 14:00\u0000' },
      { phone: '0612345678', note: 'x', preferredMoment: 'x'.repeat(101) },
      { phone: '0612345678', note: 'x', preferredMoment: 14 },
      { phone: '0612345678', note: 'x', departmentId: 'Burgerzaken' },
      { phone: '0612345678', note: 'x', departmentId: UNKNOWN_ID },
    ];
    for (const body of invalid) {
      const response = await book(question.id, body);
      expect({ body, status: response.status }).toEqual({ body, status: 400 });
      expectError(response, 400, 'VALIDATION_FAILED');
    }
    const badPhone = await book(question.id, { phone: 'bel mij maar', note: 'x' });
    expect((badPhone.body as unknown as ApiErrorBody).error.details).toEqual([
      { path: 'phone', message: expect.stringContaining('not a phone number') },
    ]);
    expectError(await book(UNKNOWN_ID, { phone: '0612345678', note: 'x' }), 404, 'NOT_FOUND');
    expectError(await book('not-a-conversation', { phone: '0612345678', note: 'x' }), 400);

    const attempts = `/api/callbacks/${target.id}/attempts`;
    for (const body of [
      {},
      { reached: 'yes' },
      { reached: 1 },
      { reached: true, note: ['x'] },
      { reached: true, by: agent.id },
    ]) {
      expectError(await call(attempts, { body }), 400, 'VALIDATION_FAILED');
    }
    expectError(await send(attempts, '{"reached": tru'), 400, 'INVALID_JSON');
    const complete = `/api/callbacks/${target.id}/complete`;
    for (const body of [
      {},
      { outcome: 'done' },
      { outcome: 'cancelled' },
      { outcome: 'reached', completedBy: agent.id },
    ]) {
      expectError(await call(complete, { body }), 400, 'VALIDATION_FAILED');
    }
    expectError(await call(`/api/callbacks/${UNKNOWN_ID}/attempts`, { body: { reached: true } }), 404, 'NOT_FOUND');
    expectError(await call(`/api/callbacks/${UNKNOWN_ID}`), 404, 'NOT_FOUND');

    for (const query of [
      '?status=closed',
      '?departmentId=Burgerzaken',
      '?mine=yes',
      '?limit=100000',
      '?status=open&status=done',
    ]) {
      expectError(await call(`/api/callbacks${query}`), 400, 'VALIDATION_FAILED');
    }

    expect(await everything()).toEqual(before);
    expect(await ok(call<CallbackDto>(`/api/callbacks/${target.id}`))).toEqual(target);
  });
});

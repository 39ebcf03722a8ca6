import type { ApiErrorBody, StandardAnswerDto, UserDto } from '@ingang/shared';
import { randomBytes } from 'node:crypto';
import { startServer, type ApiResponse, type ServerHandle } from '../support/server-process';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../support/test-databases';

// Starting a server (and a PostgreSQL database) takes a few seconds on a busy machine.
jest.setTimeout(30_000);

const UNKNOWN_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe.each(DATABASE_KINDS)('the knowledge base of standard answers (real server, %s)', (kind) => {
  let database: TestDatabase;
  let server: ServerHandle;
  let token: string;
  let admin: UserDto;
  let agentToken: string;
  const answers: Record<string, StandardAnswerDto> = {};

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

  async function listed(): Promise<StandardAnswerDto[]> {
    const response = await call<StandardAnswerDto[]>('/api/admin/standard-answers');
    expect(response.status).toBe(200);
    return response.body;
  }

  /** What an agent finds: the titles, best first. */
  async function found(query: Record<string, string> = {}): Promise<string[]> {
    const response = await call<StandardAnswerDto[]>(`/api/standard-answers?${new URLSearchParams(query)}`, {
      token: agentToken,
    });
    expect(response.status).toBe(200);
    return response.body.map((answer) => answer.title);
  }

  async function create(body: unknown): Promise<StandardAnswerDto> {
    const response = await call<StandardAnswerDto>('/api/admin/standard-answers', { body });
    expect(response.status).toBe(201);
    return response.body;
  }

  const use = (id: string, as = agentToken) => call(`/api/standard-answers/${id}/used`, { method: 'POST', token: as });

  function expectError(response: Pick<ApiResponse<unknown>, 'status' | 'body'>, status: number, code: string): void {
    expect({ status: response.status, code: (response.body as ApiErrorBody).error?.code }).toEqual({ status, code });
    expect(typeof (response.body as ApiErrorBody).error.message).toBe('string');
  }

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    server = await startServer({ DATABASE_URL: database.url });
    token = await server.login();
    admin = (await call<UserDto>('/api/auth/me')).body;
    const password = randomBytes(10).toString('hex');
    const agent = await call<UserDto>('/api/admin/users', {
      body: { email: 'agent@gemeente.nl', name: 'Anna Agent', role: 'agent', password },
    });
    expect(agent.status).toBe(201);
    agentToken = await server.login('agent@gemeente.nl', password);
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('starts without standard answers', async () => {
    expect(await listed()).toEqual([]);
    expect(await found()).toEqual([]);
  });

  it('creates a standard answer: trimmed, keywords without doubles, channels in order, saved by the administrator', async () => {
    const created = await call<StandardAnswerDto>('/api/admin/standard-answers', {
      body: {
        title: '  Paspoort   aanvragen ',
        body: 'Beste {{voornaam}},\r\n\r\nU vraagt een paspoort aan op het stadhuis. Maak eerst een afspraak.\r\n',
        keywords: [' reisdocument ', 'Reisdocument', 'ID-kaart'],
        channels: ['email', 'whatsapp'],
      },
    });
    expect(created.status).toBe(201);
    answers.paspoort = created.body;
    expect(created.body).toEqual({
      id: expect.stringMatching(UUID),
      title: 'Paspoort aanvragen',
      body: 'Beste {{voornaam}},\n\nU vraagt een paspoort aan op het stadhuis. Maak eerst een afspraak.',
      keywords: ['reisdocument', 'ID-kaart'],
      channels: ['whatsapp', 'email'],
      active: true,
      usageCount: 0,
      createdAt: expect.any(String),
      updatedAt: created.body.createdAt,
      updatedBy: { id: admin.id, name: admin.name },
    });
    expect(Date.parse(created.body.createdAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(await listed()).toEqual([created.body]);
  });

  it('creates the rest of the knowledge base', async () => {
    answers.afspraak = await create({
      title: 'Afspraak maken',
      body: 'Voor een paspoort, ID-kaart of rijbewijs maakt u online een afspraak.',
    });
    answers.verhuizing = await create({
      title: 'Verhuizing doorgeven',
      body: 'Geef uw verhuizing uiterlijk 5 dagen na de verhuisdatum door.',
      keywords: ['verhuizen', 'adreswijziging'],
      channels: ['email'],
    });
    answers.parkeren = await create({
      title: 'Parkeervergunning aanvragen',
      body: 'Een parkeervergunning vraagt u aan via Mijn Gemeente.',
      channels: ['whatsapp', 'messenger'],
    });
    answers.terras = await create({ title: 'Terrasvergunning voor een café', body: 'Vraag de vergunning aan.' });
    expect((await listed()).map((answer) => answer.title)).toEqual([
      'Afspraak maken',
      'Parkeervergunning aanvragen',
      'Paspoort aanvragen',
      'Terrasvergunning voor een café',
      'Verhuizing doorgeven',
    ]);
  });

  it('counts every use an agent makes of an answer, also when several come at once', async () => {
    expect((await use(answers.afspraak.id)).status).toBe(204);
    const together = await Promise.all(Array.from({ length: 9 }, () => use(answers.afspraak.id)));
    expect(together.map((response) => response.status)).toEqual(Array(9).fill(204));
    expect((await use(answers.parkeren.id, token)).status).toBe(204);
    const counts = Object.fromEntries((await listed()).map((answer) => [answer.title, answer.usageCount]));
    expect(counts).toEqual({
      'Afspraak maken': 10,
      'Parkeervergunning aanvragen': 1,
      'Paspoort aanvragen': 0,
      'Terrasvergunning voor een café': 0,
      'Verhuizing doorgeven': 0,
    });
    // Counting a use is no change by an administrator: the answer itself is as it was.
    const afspraak = (await listed()).find((answer) => answer.id === answers.afspraak.id);
    expect(afspraak?.updatedAt).toBe(answers.afspraak.updatedAt);
  });

  it('finds title and keyword matches before body matches, however often the body match is used', async () => {
    expect(await found({ q: 'paspoort' })).toEqual(['Paspoort aanvragen', 'Afspraak maken']);
    expect(await found({ q: 'pasp' })).toEqual(['Paspoort aanvragen', 'Afspraak maken']);
    expect(await found({ q: 'reisdocument' })).toEqual(['Paspoort aanvragen']);
    expect(await found({ q: 'vergunning' })).toEqual(['Parkeervergunning aanvragen', 'Terrasvergunning voor een café']);
  });

  it('finds regardless of case and accents, and needs every word', async () => {
    expect(await found({ q: 'PASPOORT' })).toEqual(['Paspoort aanvragen', 'Afspraak maken']);
    expect(await found({ q: 'páspóórt' })).toEqual(['Paspoort aanvragen', 'Afspraak maken']);
    expect(await found({ q: 'cafe' })).toEqual(['Terrasvergunning voor een café']);
    expect(await found({ q: 'CAFÉ' })).toEqual(['Terrasvergunning voor een café']);
    // Each has one word in its title and the other in its body: the more used one first.
    expect(await found({ q: '  paspoort   afspraak ' })).toEqual(['Afspraak maken', 'Paspoort aanvragen']);
    expect(await found({ q: 'paspoort stadhuis' })).toEqual(['Paspoort aanvragen']);
    expect(await found({ q: 'paspoort rijbewijs' })).toEqual(['Afspraak maken']);
    expect(await found({ q: 'paspoort hondenbelasting' })).toEqual([]);
  });

  it('finds by keyword and by the words of the title; no stemming is promised', async () => {
    expect(await found({ q: 'verhuizen' })).toEqual(['Verhuizing doorgeven']);
    expect(await found({ q: 'verhuizing' })).toEqual(['Verhuizing doorgeven']);
    expect(await found({ q: 'adreswijziging' })).toEqual(['Verhuizing doorgeven']);
  });

  it('gives the most used answers for an empty search, and no more than the limit', async () => {
    const all = await found();
    expect(all.slice(0, 2)).toEqual(['Afspraak maken', 'Parkeervergunning aanvragen']);
    expect(all).toHaveLength(5);
    expect(await found({ q: '' })).toEqual(all);
    expect(await found({ limit: '1' })).toEqual(['Afspraak maken']);
    expect(await found({ q: 'vergunning', limit: '1' })).toEqual(['Parkeervergunning aanvragen']);
  });

  it('offers only the answers for the conversation’s channel and those for every channel', async () => {
    expect(await found({ channel: 'whatsapp' })).toEqual([
      'Afspraak maken',
      'Parkeervergunning aanvragen',
      'Paspoort aanvragen',
      'Terrasvergunning voor een café',
    ]);
    expect(await found({ channel: 'email' })).toEqual([
      'Afspraak maken',
      'Paspoort aanvragen',
      'Terrasvergunning voor een café',
      'Verhuizing doorgeven',
    ]);
    expect(await found({ channel: 'twitter' })).toEqual(['Afspraak maken', 'Terrasvergunning voor een café']);
    expect(await found({ channel: 'email', q: 'vergunning' })).toEqual(['Terrasvergunning voor een café']);
    expect(await found({ channel: 'messenger', q: 'verhuizen' })).toEqual([]);
  });

  it('treats wildcards and quotes in a search as text', async () => {
    expect(await found({ q: '%' })).toEqual([]);
    expect(await found({ q: '_' })).toEqual([]);
    expect(await found({ q: "' OR '1'='1" })).toEqual([]);
    expect(await found({ q: '\\' })).toEqual([]);
  });

  it.each([
    ['an unknown channel', 'channel=fax'],
    ['a limit of zero', 'limit=0'],
    ['a limit over 50', 'limit=51'],
    ['a limit that is no number', 'limit=tien'],
    ['a search over 200 characters', `q=${'q'.repeat(201)}`],
    ['a search given twice', 'q=a&q=b'],
  ])('refuses a search with %s (400)', async (_case, query) => {
    expectError(await call(`/api/standard-answers?${query}`, { token: agentToken }), 400, 'VALIDATION_FAILED');
  });

  it('changes an answer: found by its new words only, saved by the administrator', async () => {
    const changed = await call<StandardAnswerDto>(`/api/admin/standard-answers/${answers.terras.id}`, {
      method: 'PATCH',
      body: { title: 'Terrasvergunning horeca', keywords: ['terras'], channels: ['twitter'] },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      id: answers.terras.id,
      title: 'Terrasvergunning horeca',
      body: 'Vraag de vergunning aan.',
      keywords: ['terras'],
      channels: ['twitter'],
      active: true,
      createdAt: answers.terras.createdAt,
      updatedBy: { id: admin.id, name: admin.name },
    });
    expect(Date.parse(changed.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(answers.terras.updatedAt));
    answers.terras = changed.body;
    expect(await found({ q: 'cafe' })).toEqual([]);
    expect(await found({ q: 'horeca' })).toEqual(['Terrasvergunning horeca']);
    expect(await found({ q: 'horeca', channel: 'email' })).toEqual([]);
    const untouched = await call<StandardAnswerDto>(`/api/admin/standard-answers/${answers.terras.id}`, {
      method: 'PATCH',
      body: {},
    });
    expect(untouched.body).toEqual(answers.terras);
  });

  it('hides a deactivated answer from agents, keeps it for the administrator, and takes no use of it', async () => {
    const path = `/api/admin/standard-answers/${answers.afspraak.id}`;
    const deactivated = await call<StandardAnswerDto>(path, { method: 'PATCH', body: { active: false } });
    expect(deactivated.status).toBe(200);
    expect(deactivated.body).toMatchObject({ active: false, usageCount: 10 });
    expect(await found({ q: 'paspoort' })).toEqual(['Paspoort aanvragen']);
    expect(await found()).not.toContain('Afspraak maken');
    expect((await listed()).find((answer) => answer.id === answers.afspraak.id)?.active).toBe(false);
    expectError(await use(answers.afspraak.id), 404, 'NOT_FOUND');

    const reactivated = await call<StandardAnswerDto>(path, { method: 'PATCH', body: { active: true } });
    expect(reactivated.body).toMatchObject({ active: true, usageCount: 10 });
    expect(await found({ q: 'paspoort' })).toEqual(['Paspoort aanvragen', 'Afspraak maken']);
  });

  it('stores markup in a body as text and gives it back exactly so', async () => {
    const body = '<script>alert("xss")</script><img src=x onerror=alert(1)> & {{voornaam}}';
    const created = await create({ title: '<b>Vet</b>', body });
    expect(created.body).toBe(body);
    expect(created.title).toBe('<b>Vet</b>');
    const search = await call<StandardAnswerDto[]>('/api/standard-answers?q=script', { token: agentToken });
    expect(search.headers.get('content-type')).toMatch(/^application\/json/);
    expect(search.body.map((answer) => answer.body)).toEqual([body]);
    answers.markup = created;
  });

  it('deletes an answer for good', async () => {
    const path = `/api/admin/standard-answers/${answers.markup.id}`;
    const deleted = await call(path, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect((await listed()).map((answer) => answer.id)).not.toContain(answers.markup.id);
    expect(await found({ q: 'script' })).toEqual([]);
    expectError(await call(path, { method: 'DELETE' }), 404, 'NOT_FOUND');
    expectError(await use(answers.markup.id), 404, 'NOT_FOUND');
  });

  it('answers 404 for an unknown answer and 400 for an id that is not a UUID', async () => {
    const before = await listed();
    const path = `/api/admin/standard-answers/${UNKNOWN_ID}`;
    expectError(await call(path, { method: 'PATCH', body: { title: 'x' } }), 404, 'NOT_FOUND');
    expectError(await call(path, { method: 'DELETE' }), 404, 'NOT_FOUND');
    expectError(await use(UNKNOWN_ID), 404, 'NOT_FOUND');
    const notUuid = await call<ApiErrorBody>("/api/standard-answers/1' OR '1'='1/used", {
      method: 'POST',
      token: agentToken,
    });
    expect(notUuid.status).toBe(400);
    expect(await listed()).toEqual(before);
  });

  it('lets only administrators manage standard answers (403 for an agent)', async () => {
    const before = await listed();
    const path = `/api/admin/standard-answers/${answers.paspoort.id}`;
    const refused = [
      await call('/api/admin/standard-answers', { token: agentToken }),
      await call('/api/admin/standard-answers', { token: agentToken, body: { title: 'Eigen antwoord', body: 'x' } }),
      await call(path, { token: agentToken, method: 'PATCH', body: { title: 'Overgenomen' } }),
      await call(path, { token: agentToken, method: 'PATCH', body: { active: false } }),
      await call(path, { token: agentToken, method: 'DELETE' }),
    ];
    for (const response of refused) expectError(response, 403, 'FORBIDDEN');
    expect(await listed()).toEqual(before);
  });

  it('answers 401 to every standard-answer call without a login', async () => {
    const before = await listed();
    const path = `/api/admin/standard-answers/${answers.paspoort.id}`;
    const anonymous = [
      await server.api('/api/standard-answers'),
      await server.api('/api/standard-answers?q=paspoort'),
      await server.api(`/api/standard-answers/${answers.paspoort.id}/used`, { method: 'POST' }),
      await server.api('/api/admin/standard-answers'),
      await server.api('/api/admin/standard-answers', { body: { title: 'x', body: 'y' } }),
      await server.api(path, { method: 'PATCH', body: { active: false } }),
      await server.api(path, { method: 'DELETE' }),
      await server.api('/api/standard-answers', { token: 'not-a-session-token' }),
    ];
    for (const response of anonymous) expectError(response, 401, 'UNAUTHENTICATED');
    expect(await listed()).toEqual(before);
  });

  it.each([
    ['no title', { body: 'Tekst' }],
    ['no body', { title: 'Titel' }],
    ['an empty title', { title: '   ', body: 'Tekst' }],
    ['an empty body', { title: 'Titel', body: ' \n ' }],
    ['a title over 200 characters', { title: 't'.repeat(201), body: 'Tekst' }],
    ['a body over 4000 characters', { title: 'Titel', body: 'b'.repeat(4001) }],
    ['a title with a line break', { title: 'Titel\naudit forged', body: 'Tekst' }],
    ['a body with a control character', { title: 'Titel', body: 'Tekst\u0000' }],
    ['21 keywords', { title: 'Titel', body: 'Tekst', keywords: Array.from({ length: 21 }, (_, i) => `k${i}`) }],
    ['a keyword over 50 characters', { title: 'Titel', body: 'Tekst', keywords: ['k'.repeat(51)] }],
    ['keywords as one text', { title: 'Titel', body: 'Tekst', keywords: 'paspoort' }],
    ['a keyword that is a number', { title: 'Titel', body: 'Tekst', keywords: [42] }],
    ['an unknown channel', { title: 'Titel', body: 'Tekst', channels: ['instagram'] }],
    ['channels as one text', { title: 'Titel', body: 'Tekst', channels: 'whatsapp' }],
    ['a title that is a number', { title: 42, body: 'Tekst' }],
    ['a body that is an operator object', { title: 'Titel', body: { $ne: '' } }],
    ['an unknown field', { title: 'Titel', body: 'Tekst', id: UNKNOWN_ID }],
    ['an active flag', { title: 'Titel', body: 'Tekst', active: false }],
    ['a use count', { title: 'Titel', body: 'Tekst', usageCount: 1000 }],
    ['an array', [{ title: 'Titel', body: 'Tekst' }]],
    ['a prototype key', JSON.parse('{"title":"Titel","body":"Tekst","__proto__":{"active":false}}')],
  ])('refuses to create an answer from %s: 400, a JSON error, nothing stored', async (_case, body) => {
    const before = await listed();
    const response = await send('POST', '/api/admin/standard-answers', JSON.stringify(body));
    expectError(response, 400, 'VALIDATION_FAILED');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await listed()).toEqual(before);
  });

  it.each([
    ['a null title', { title: null }],
    ['an empty body', { body: '' }],
    ['a body over 4000 characters', { body: 'b'.repeat(4001) }],
    ['active as text', { active: 'false' }],
    ['a use count', { usageCount: 0 }],
    ['another editor', { updatedBy: { id: UNKNOWN_ID, name: 'Iemand' } }],
    ['a new creation time', { createdAt: '2020-01-01T00:00:00.000Z' }],
    ['a search text', { searchText: 'paspoort' }],
  ])('refuses to change an answer with %s: 400, nothing changed', async (_case, body) => {
    const before = await listed();
    const response = await send('PATCH', `/api/admin/standard-answers/${answers.paspoort.id}`, JSON.stringify(body));
    expectError(response, 400, 'VALIDATION_FAILED');
    expect(await listed()).toEqual(before);
  });

  it('refuses malformed JSON and a body that is not JSON with a JSON error', async () => {
    const before = await listed();
    expectError(await send('POST', '/api/admin/standard-answers', '{"title":"Titel",'), 400, 'INVALID_JSON');
    const path = `/api/admin/standard-answers/${answers.paspoort.id}`;
    expectError(await send('PATCH', path, '{title:1}'), 400, 'INVALID_JSON');
    expectError(await send('POST', '/api/admin/standard-answers', '"Titel"'), 400, 'INVALID_JSON');
    expectError(
      await send('POST', '/api/admin/standard-answers', 'title=Titel&body=Tekst', 'application/x-www-form-urlencoded'),
      400,
      'VALIDATION_FAILED',
    );
    expect(await listed()).toEqual(before);
  });

  it('refuses a 1 MB body with 400, and a request over the limit with 413', async () => {
    const before = await listed();
    const megabyte = JSON.stringify({ title: 'Titel', body: 'b'.repeat(1_000_000) });
    expectError(await send('POST', '/api/admin/standard-answers', megabyte), 400, 'VALIDATION_FAILED');
    const oversized = JSON.stringify({ title: 'Titel', body: 'b'.repeat(2_000_000) });
    expectError(await send('POST', '/api/admin/standard-answers', oversized), 413, 'PAYLOAD_TOO_LARGE');
    const path = `/api/admin/standard-answers/${answers.paspoort.id}`;
    expectError(await send('PATCH', path, oversized), 413, 'PAYLOAD_TOO_LARGE');
    expect(await listed()).toEqual(before);
  });

  it('writes every change to the audit log, naming the administrator', () => {
    const logs = server.logs();
    const by = `by ${server.admin.email}`;
    const label = (answer: StandardAnswerDto, title = answer.title) => `standard answer ${answer.id} (${title})`;
    expect(logs).toContain(`${label(answers.paspoort)} created ${by}`);
    expect(logs).toContain(
      `${label(answers.terras)} updated (title (was Terrasvergunning voor een café), keywords, channels) ${by}`,
    );
    expect(logs).toContain(`${label(answers.afspraak)} updated (deactivated) ${by}`);
    expect(logs).toContain(`${label(answers.afspraak)} updated (reactivated) ${by}`);
    expect(logs).toContain(`${label(answers.markup)} deleted ${by}`);
    // A use is counted, not audited; an agent's refused attempt changed nothing.
    expect(logs).not.toMatch(/standard answer .* by agent@gemeente\.nl/);
  });
});

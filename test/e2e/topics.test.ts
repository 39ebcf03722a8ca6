import type {
  ApiErrorBody,
  ConversationSummaryDto,
  OutcomeDto,
  TopicDto,
  UserDto,
  WorkflowSettingsDto,
} from '@ingang/shared';
import { randomBytes } from 'node:crypto';
import { citizenAsksOnWhatsApp } from '../support/citizen-asks';
import { startServer, type ApiResponse, type ServerHandle } from '../support/server-process';
import { connectSocket, recordEvents, type EventRecorder, type IngangSocket } from '../support/socket-client';

const UNKNOWN_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const DEFAULT_TOPICS = [
  'Afval',
  'Paspoort en ID-kaart',
  'Rijbewijs',
  'Verhuizing',
  'Parkeren',
  'Belastingen',
  'Openbare ruimte',
  'Vergunningen',
  'Overig',
];
const DEFAULT_OUTCOMES = [
  { name: 'Zelfstandig afgehandeld', kind: 'self-handled' },
  { name: 'Doorgezet naar backoffice', kind: 'escalated' },
  { name: 'Teruggebeld', kind: 'called-back' },
  { name: 'Geen antwoord nodig', kind: 'no-answer-needed' },
  { name: 'Doorverwezen naar andere organisatie', kind: 'other' },
];

describe('topics and outcomes (real server)', () => {
  let server: ServerHandle;
  let token: string;
  let agentToken: string;
  let socket: IngangSocket;
  let events: EventRecorder;
  let question: ConversationSummaryDto;
  let other: ConversationSummaryDto;

  const call = <T>(path: string, init: { method?: string; body?: unknown; token?: string } = {}) =>
    server.api<T>(path, { ...init, token: init.token ?? token });

  /** A request exactly as written: malformed JSON, another content type, a body of any size. */
  async function send(method: string, path: string, body: string, as = token) {
    const response = await fetch(`${server.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${as}`, 'content-type': 'application/json', accept: 'application/json' },
      body,
    });
    return { status: response.status, body: (await response.json()) as unknown, headers: response.headers };
  }

  async function ok<T>(response: Promise<ApiResponse<T>>, status = 200): Promise<T> {
    const answered = await response;
    expect({ status: answered.status, body: answered.body }).toEqual({ status, body: expect.anything() });
    return answered.body;
  }

  const topics = () => ok(call<TopicDto[]>('/api/admin/topics'));
  const outcomes = () => ok(call<OutcomeDto[]>('/api/admin/outcomes'));
  const agentTopics = () => ok(call<TopicDto[]>('/api/topics', { token: agentToken }));
  const topicsOf = (conversationId: string) =>
    ok(call<TopicDto[]>(`/api/conversations/${conversationId}/topics`, { token: agentToken }));
  const setTopics = (conversationId: string, topicIds: string[]) =>
    call<TopicDto[]>(`/api/conversations/${conversationId}/topics`, {
      method: 'PUT',
      body: { topicIds },
      token: agentToken,
    });
  const named = async (name: string) => {
    const topic = (await topics()).find((candidate) => candidate.name === name);
    if (!topic) throw new Error(`no topic ${name}`);
    return topic;
  };
  const names = (list: { name: string }[]) => list.map((entry) => entry.name);

  function expectError(response: Pick<ApiResponse<unknown>, 'status' | 'body'>, status: number, code?: string): void {
    const body = response.body as ApiErrorBody;
    expect({ status: response.status, code: body.error?.code }).toEqual({ status, code: code ?? expect.any(String) });
    expect(typeof body.error.message).toBe('string');
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
    socket = await connectSocket(server.baseUrl, agentToken);
    events = recordEvents(socket);
    question = await citizenAsksOnWhatsApp(server, events, 'Wanneer wordt het grofvuil opgehaald?', {
      from: '31611000001',
    });
    other = await citizenAsksOnWhatsApp(server, events, 'Mijn paspoort is verlopen, wat nu?', {
      from: '31611000002',
    });
  });

  afterAll(async () => {
    socket?.disconnect();
    await server?.stop();
  });

  describe('the lists the administrator keeps', () => {
    it("starts with a municipality's usual topics and outcomes, in that order, and no topic required", async () => {
      const seeded = await topics();
      expect(names(seeded)).toEqual(DEFAULT_TOPICS);
      expect(seeded.every((topic) => topic.active)).toBe(true);
      expect(seeded.map((topic) => topic.sortOrder)).toEqual(DEFAULT_TOPICS.map((_name, index) => index));
      expect(seeded[0]).toEqual({
        id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
        name: 'Afval',
        active: true,
        sortOrder: 0,
        createdAt: expect.any(String),
        updatedAt: seeded[0].createdAt,
      });
      const seededOutcomes = await outcomes();
      expect(seededOutcomes.map(({ name, kind }) => ({ name, kind }))).toEqual(DEFAULT_OUTCOMES);
      expect(await agentTopics()).toEqual(seeded);
      expect(await ok(call('/api/outcomes', { token: agentToken }))).toEqual(seededOutcomes);
      expect(await ok(call('/api/workflow-settings', { token: agentToken }))).toEqual({
        topicRequiredToResolve: false,
        csatQuestion: false,
        autoAssign: false,
      });
    });

    it('adds a topic at the end of the list, its name tidied', async () => {
      const created = await ok(
        call<TopicDto>('/api/admin/topics', { body: { name: '  Honden \u00a0belasting ' } }),
        201,
      );
      expect(created).toMatchObject({ name: 'Honden belasting', active: true, sortOrder: DEFAULT_TOPICS.length });
      expect(names(await agentTopics()).at(-1)).toBe('Honden belasting');
      const placed = await ok(call<TopicDto>('/api/admin/topics', { body: { name: 'Zwemmen', sortOrder: 0 } }), 201);
      expect(placed.sortOrder).toBe(0);
      // Same place as Afval: the name decides.
      expect(names(await agentTopics()).slice(0, 2)).toEqual(['Afval', 'Zwemmen']);
    });

    it('adds an outcome of a kind, and changes its kind', async () => {
      const created = await ok(
        call<OutcomeDto>('/api/admin/outcomes', { body: { name: 'Afspraak gemaakt', kind: 'other' } }),
        201,
      );
      expect(created).toMatchObject({ name: 'Afspraak gemaakt', kind: 'other', active: true, sortOrder: 5 });
      const changed = await ok(
        call<OutcomeDto>(`/api/admin/outcomes/${created.id}`, { method: 'PATCH', body: { kind: 'self-handled' } }),
      );
      expect(changed).toMatchObject({ id: created.id, name: 'Afspraak gemaakt', kind: 'self-handled' });
      expect(await outcomes()).toContainEqual(changed);
    });

    it('renames a topic, also when only its case changes', async () => {
      const topic = await named('Honden belasting');
      const path = `/api/admin/topics/${topic.id}`;
      const renamed = await ok(call<TopicDto>(path, { method: 'PATCH', body: { name: 'Hondenbelasting' } }));
      expect(renamed).toMatchObject({ id: topic.id, name: 'Hondenbelasting', sortOrder: topic.sortOrder });
      expect(Date.parse(renamed.updatedAt)).toBeGreaterThanOrEqual(Date.parse(topic.updatedAt));
      const recased = await ok(call<TopicDto>(path, { method: 'PATCH', body: { name: 'hondenbelasting' } }));
      expect(recased.name).toBe('hondenbelasting');
      expect(await ok(call<TopicDto>(path, { method: 'PATCH', body: {} }))).toEqual(recased);
      await ok(call<TopicDto>(path, { method: 'PATCH', body: { name: 'Hondenbelasting' } }));
    });

    it.each([
      ['the same name', (name: string) => name],
      ['a name differing only in case', (name: string) => name.toUpperCase()],
      ['a name differing only in spacing', (name: string) => `  ${name.toLowerCase()}  `],
    ])('refuses a second topic or outcome with %s (409), changing nothing', async (_case, variant) => {
      const name = variant('Parkeren');
      const before = await topics();
      expectError(await call('/api/admin/topics', { body: { name } }), 409, 'ALREADY_EXISTS');
      const afval = before.find((topic) => topic.name === 'Afval')!;
      expectError(
        await call(`/api/admin/topics/${afval.id}`, { method: 'PATCH', body: { name } }),
        409,
        'ALREADY_EXISTS',
      );
      expect(await topics()).toEqual(before);
      const outcomesBefore = await outcomes();
      expectError(
        await call('/api/admin/outcomes', { body: { name: variant('Teruggebeld'), kind: 'other' } }),
        409,
        'ALREADY_EXISTS',
      );
      expect(await outcomes()).toEqual(outcomesBefore);
    });

    it('lets only one of two administrators adding the same name at once succeed', async () => {
      const [first, second] = await Promise.all([
        call('/api/admin/topics', { body: { name: 'Bijstand' } }),
        call('/api/admin/topics', { body: { name: 'BIJSTAND' } }),
      ]);
      expect([first.status, second.status].sort()).toEqual([201, 409]);
      expect((await topics()).filter((topic) => topic.name.toLowerCase() === 'bijstand')).toHaveLength(1);
    });

    it('reorders a whole list at once, as moving one up does', async () => {
      const before = await topics();
      const ids = before.map((topic) => topic.id);
      // Move the last one up one place.
      [ids[ids.length - 2], ids[ids.length - 1]] = [ids[ids.length - 1], ids[ids.length - 2]];
      const reordered = await ok(call<TopicDto[]>('/api/admin/topics/order', { method: 'PUT', body: { ids } }));
      expect(reordered.map((topic) => topic.id)).toEqual(ids);
      expect(reordered.map((topic) => topic.sortOrder)).toEqual(ids.map((_id, index) => index));
      expect((await agentTopics()).map((topic) => topic.id)).toEqual(ids);

      const outcomeIds = (await outcomes()).map((outcome) => outcome.id).reverse();
      const reversed = await ok(
        call<OutcomeDto[]>('/api/admin/outcomes/order', { method: 'PUT', body: { ids: outcomeIds } }),
      );
      expect(reversed.map((outcome) => outcome.id)).toEqual(outcomeIds);
      expect((await ok(call<OutcomeDto[]>('/api/outcomes', { token: agentToken }))).map((o) => o.id)).toEqual(
        outcomeIds,
      );
    });

    it('refuses an order that misses a topic or names one that is not in the list (409), changing nothing', async () => {
      const before = await topics();
      const ids = before.map((topic) => topic.id);
      const missing = await call('/api/admin/topics/order', { method: 'PUT', body: { ids: ids.slice(1) } });
      expectError(missing, 409, 'CONFLICT');
      const foreign = await call('/api/admin/topics/order', {
        method: 'PUT',
        body: { ids: [...ids.slice(1), UNKNOWN_ID] },
      });
      expectError(foreign, 409, 'CONFLICT');
      const twice = await call('/api/admin/topics/order', { method: 'PUT', body: { ids: [...ids, ids[0]] } });
      expectError(twice, 400, 'VALIDATION_FAILED');
      expect(await topics()).toEqual(before);
    });
  });

  describe("a conversation's topics", () => {
    it('has none at first', async () => {
      expect(await topicsOf(question.id)).toEqual([]);
    });

    it('sets, replaces and clears them, announcing each change as conversation.topics', async () => {
      const [afval, parkeren, verhuizing] = await Promise.all(
        ['Afval', 'Parkeren', 'Verhuizing'].map((name) => named(name)),
      );
      const isFor = (payload: { conversationId: string }) => payload.conversationId === question.id;

      let announced = events.waitFor('conversation.topics', (p) => isFor(p) && p.topics.length === 2);
      const set = await ok(setTopics(question.id, [parkeren.id, afval.id]));
      expect(set).toEqual([afval, parkeren]);
      expect(await announced).toEqual({ conversationId: question.id, topics: [afval, parkeren] });
      expect(await topicsOf(question.id)).toEqual([afval, parkeren]);

      // The same topics again change nothing, and announce nothing (see the count below).
      expect(await ok(setTopics(question.id, [afval.id, parkeren.id, afval.id]))).toEqual([afval, parkeren]);

      // Verhuizing comes before Parkeren in the list.
      announced = events.waitFor('conversation.topics', (p) => isFor(p) && p.topics[0]?.id === verhuizing.id);
      expect(await ok(setTopics(question.id, [parkeren.id, verhuizing.id]))).toEqual([verhuizing, parkeren]);
      expect((await announced).topics).toEqual([verhuizing, parkeren]);

      announced = events.waitFor('conversation.topics', (p) => isFor(p) && p.topics.length === 0);
      expect(await ok(setTopics(question.id, []))).toEqual([]);
      await announced;
      expect(await topicsOf(question.id)).toEqual([]);
      expect(events.all('conversation.topics').filter(isFor)).toHaveLength(3);
      // Another conversation's topics stay as they were.
      expect(await topicsOf(other.id)).toEqual([]);
    });

    it('takes the ids in any case', async () => {
      const afval = await named('Afval');
      expect(await ok(setTopics(other.id, [afval.id.toUpperCase()]))).toEqual([afval]);
      expect(await ok(setTopics(other.id, []))).toEqual([]);
    });

    it('ends with one of two agents setting them at once, never a mix', async () => {
      const [afval, rijbewijs, overig] = await Promise.all(['Afval', 'Rijbewijs', 'Overig'].map((name) => named(name)));
      const [first, second] = await Promise.all([
        setTopics(other.id, [afval.id, rijbewijs.id]),
        setTopics(other.id, [overig.id]),
      ]);
      expect([first.status, second.status]).toEqual([200, 200]);
      expect([[afval.id, rijbewijs.id], [overig.id]]).toContainEqual(
        (await topicsOf(other.id)).map((topic) => topic.id),
      );
      await ok(setTopics(other.id, []));
    });

    it('keeps a deactivated topic on its conversations, but offers it to agents no more', async () => {
      const [afval, parkeren] = await Promise.all([named('Afval'), named('Parkeren')]);
      await ok(setTopics(question.id, [afval.id, parkeren.id]));
      const deactivated = await ok(call<TopicDto>(`/api/admin/topics/${parkeren.id}`, { method: 'DELETE' }));
      expect(deactivated).toMatchObject({ id: parkeren.id, name: 'Parkeren', active: false });
      expect(names(await agentTopics())).not.toContain('Parkeren');
      expect((await topics()).find((topic) => topic.id === parkeren.id)?.active).toBe(false);
      expect(await topicsOf(question.id)).toEqual([afval, deactivated]);

      // The conversation may keep it while other topics change; no other conversation may get it.
      const verhuizing = await named('Verhuizing');
      expect(await ok(setTopics(question.id, [parkeren.id, verhuizing.id]))).toEqual([verhuizing, deactivated]);
      const refused = await setTopics(other.id, [afval.id, parkeren.id]);
      expectError(refused, 400, 'VALIDATION_FAILED');
      expect((refused.body as unknown as ApiErrorBody).error.details).toEqual([
        { path: 'topicIds.1', message: 'unknown or inactive topic' },
      ]);
      expect(await topicsOf(other.id)).toEqual([]);
      // Deactivating twice changes nothing; the name stays taken.
      expect(await ok(call(`/api/admin/topics/${parkeren.id}`, { method: 'DELETE' }))).toEqual(deactivated);
      expectError(await call('/api/admin/topics', { body: { name: 'parkeren' } }), 409, 'ALREADY_EXISTS');
    });

    it('offers a reactivated topic again', async () => {
      const parkeren = await named('Parkeren');
      const reactivated = await ok(
        call<TopicDto>(`/api/admin/topics/${parkeren.id}`, { method: 'PATCH', body: { active: true } }),
      );
      expect(reactivated.active).toBe(true);
      expect(names(await agentTopics())).toContain('Parkeren');
      expect(await ok(setTopics(other.id, [parkeren.id]))).toEqual([reactivated]);
      await ok(setTopics(other.id, []));
    });

    it('deactivates and reactivates an outcome: gone from the agents’ choice, kept for the administrator', async () => {
      const teruggebeld = (await outcomes()).find((outcome) => outcome.name === 'Teruggebeld')!;
      const deactivated = await ok(call<OutcomeDto>(`/api/admin/outcomes/${teruggebeld.id}`, { method: 'DELETE' }));
      expect(deactivated).toMatchObject({ active: false, kind: 'called-back' });
      const forAgent = await ok(call<OutcomeDto[]>('/api/outcomes', { token: agentToken }));
      expect(names(forAgent)).not.toContain('Teruggebeld');
      expect(await outcomes()).toContainEqual(deactivated);
      const back = await ok(
        call<OutcomeDto>(`/api/admin/outcomes/${teruggebeld.id}`, { method: 'PATCH', body: { active: true } }),
      );
      expect(back.active).toBe(true);
    });

    it('refuses unknown topics (400) and unknown conversations (404), storing nothing', async () => {
      const before = await topicsOf(question.id);
      const afval = await named('Afval');
      const unknown = await setTopics(question.id, [afval.id, UNKNOWN_ID]);
      expectError(unknown, 400, 'VALIDATION_FAILED');
      expect((unknown.body as unknown as ApiErrorBody).error.details).toEqual([
        { path: 'topicIds.1', message: 'unknown or inactive topic' },
      ]);
      expectError(await setTopics(UNKNOWN_ID, [afval.id]), 404, 'NOT_FOUND');
      expectError(await call(`/api/conversations/${UNKNOWN_ID}/topics`, { token: agentToken }), 404, 'NOT_FOUND');
      expect(await topicsOf(question.id)).toEqual(before);
    });
  });

  describe('the workflow setting', () => {
    it('requires a topic to resolve once the administrator says so, for everyone to read', async () => {
      const path = '/api/admin/workflow-settings';
      expect(await ok(call<WorkflowSettingsDto>(path))).toEqual({
        topicRequiredToResolve: false,
        csatQuestion: false,
        autoAssign: false,
      });
      const on = await ok(call<WorkflowSettingsDto>(path, { method: 'PUT', body: { topicRequiredToResolve: true } }));
      expect(on).toEqual({ topicRequiredToResolve: true, csatQuestion: false, autoAssign: false });
      expect(await ok(call('/api/workflow-settings', { token: agentToken }))).toEqual({
        topicRequiredToResolve: true,
        csatQuestion: false,
        autoAssign: false,
      });
      expect(await ok(call(path))).toEqual({ topicRequiredToResolve: true, csatQuestion: false, autoAssign: false });
    });

    it.each([
      ['no setting', {}],
      ['a setting as text', { topicRequiredToResolve: 'false' }],
      ['a setting that is null', { topicRequiredToResolve: null }],
      ['the satisfaction question as text', { csatQuestion: 'yes' }],
      ['an unknown field', { topicRequiredToResolve: false, outcomeRequired: true }],
      ['an array', [{ topicRequiredToResolve: false }]],
    ])('refuses %s (400), changing nothing', async (_case, body) => {
      expectError(await send('PUT', '/api/admin/workflow-settings', JSON.stringify(body)), 400, 'VALIDATION_FAILED');
      expect(await ok(call('/api/workflow-settings'))).toEqual({
        topicRequiredToResolve: true,
        csatQuestion: false,
        autoAssign: false,
      });
    });
  });

  describe('who may do what', () => {
    it('lets only administrators change the lists and the setting (403), changing nothing', async () => {
      const [beforeTopics, beforeOutcomes] = [await topics(), await outcomes()];
      const afval = beforeTopics[0];
      const as = agentToken;
      const refused = [
        await call('/api/admin/topics', { token: as }),
        await call('/api/admin/topics', { token: as, body: { name: 'Sport' } }),
        await call(`/api/admin/topics/${afval.id}`, { token: as, method: 'PATCH', body: { name: 'Overgenomen' } }),
        await call(`/api/admin/topics/${afval.id}`, { token: as, method: 'DELETE' }),
        await call('/api/admin/topics/order', { token: as, method: 'PUT', body: { ids: [afval.id] } }),
        await call('/api/admin/outcomes', { token: as }),
        await call('/api/admin/outcomes', { token: as, body: { name: 'Sport', kind: 'other' } }),
        await call(`/api/admin/outcomes/${beforeOutcomes[0].id}`, { token: as, method: 'DELETE' }),
        await call('/api/admin/outcomes/order', { token: as, method: 'PUT', body: { ids: [afval.id] } }),
        await call('/api/admin/workflow-settings', { token: as }),
        await call('/api/admin/workflow-settings', {
          token: as,
          method: 'PUT',
          body: { topicRequiredToResolve: false },
        }),
      ];
      for (const response of refused) expectError(response, 403, 'FORBIDDEN');
      expect(await topics()).toEqual(beforeTopics);
      expect(await outcomes()).toEqual(beforeOutcomes);
      expect(await ok(call('/api/workflow-settings'))).toEqual({
        topicRequiredToResolve: true,
        csatQuestion: false,
        autoAssign: false,
      });
    });

    it('answers 401 to every call without a login', async () => {
      const afval = (await topics())[0];
      const anonymous = [
        await server.api('/api/topics'),
        await server.api('/api/outcomes'),
        await server.api('/api/workflow-settings'),
        await server.api('/api/admin/topics'),
        await server.api('/api/admin/topics', { body: { name: 'Sport' } }),
        await server.api(`/api/admin/topics/${afval.id}`, { method: 'PATCH', body: { active: false } }),
        await server.api(`/api/admin/topics/${afval.id}`, { method: 'DELETE' }),
        await server.api('/api/admin/outcomes'),
        await server.api('/api/admin/workflow-settings', { method: 'PUT', body: { topicRequiredToResolve: false } }),
        await server.api(`/api/conversations/${question.id}/topics`),
        await server.api(`/api/conversations/${question.id}/topics`, { method: 'PUT', body: { topicIds: [] } }),
        await server.api('/api/topics', { token: 'not-a-session-token' }),
      ];
      for (const response of anonymous) expectError(response, 401, 'UNAUTHENTICATED');
      expect(names(await topics())).not.toContain('Sport');
      expect((await topics())[0].active).toBe(true);
    });
  });

  describe('hostile input', () => {
    let afval: TopicDto;
    let before: { topics: TopicDto[]; outcomes: OutcomeDto[]; onQuestion: TopicDto[] };

    beforeAll(async () => {
      afval = await named('Afval');
      before = { topics: await topics(), outcomes: await outcomes(), onQuestion: await topicsOf(question.id) };
    });

    afterEach(async () => {
      expect(await topics()).toEqual(before.topics);
      expect(await outcomes()).toEqual(before.outcomes);
      expect(await topicsOf(question.id)).toEqual(before.onQuestion);
    });

    it.each([
      ['no name', {}],
      ['an empty name', { name: '   ' }],
      ['an oversized name', { name: 'n'.repeat(101) }],
      ['a name with a line break', { name: 'Sport\naudit forged' }],
      ['a name that is not a string', { name: 42 }],
      ['a name that is an operator object', { name: { $ne: '' } }],
      ['an unknown field', { name: 'Sport', id: UNKNOWN_ID }],
      ['an active flag on create', { name: 'Sport', active: false }],
      ['a negative place', { name: 'Sport', sortOrder: -1 }],
      ['a place as text', { name: 'Sport', sortOrder: '1' }],
      ['an array', [{ name: 'Sport' }]],
      ['a prototype key', JSON.parse('{"name":"Sport","__proto__":{"active":false}}')],
    ])('refuses to create a topic from %s: 400, a JSON error, nothing stored', async (_case, body) => {
      const response = await send('POST', '/api/admin/topics', JSON.stringify(body));
      expectError(response, 400, 'VALIDATION_FAILED');
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    });

    it.each([
      ['no kind', { name: 'Sport' }],
      ['an unknown kind', { name: 'Sport', kind: 'resolved' }],
      ['a kind that is a number', { name: 'Sport', kind: 1 }],
      ['an unknown field', { name: 'Sport', kind: 'other', reportAs: 'self-handled' }],
    ])('refuses to create an outcome from %s: 400, nothing stored', async (_case, body) => {
      expectError(await send('POST', '/api/admin/outcomes', JSON.stringify(body)), 400, 'VALIDATION_FAILED');
    });

    it.each([
      ['an empty name', { name: '' }],
      ['a null name', { name: null }],
      ['an active flag that is text', { active: 'false' }],
      ['a name key', { nameKey: 'afval' }],
      ['a new id', { id: UNKNOWN_ID }],
      ['a fractional place', { sortOrder: 0.5 }],
      ['a huge place', { sortOrder: 1e12 }],
    ])('refuses to change a topic with %s: 400, nothing changed', async (_case, body) => {
      expectError(await send('PATCH', `/api/admin/topics/${afval.id}`, JSON.stringify(body)), 400, 'VALIDATION_FAILED');
    });

    it.each([
      ['no list', {}],
      ['a list that is a string', { topicIds: 'Afval' }],
      ['ids that are names', { topicIds: ['Afval'] }],
      ['ids that are not UUIDs', { topicIds: ["1' OR '1'='1"] }],
      ['ids that are numbers', { topicIds: [1, 2] }],
      ['ids that are objects', { topicIds: [{ id: UNKNOWN_ID }] }],
      ['a null list', { topicIds: null }],
      ['an unknown field', { topicIds: [], conversationId: UNKNOWN_ID }],
      ['26 ids', { topicIds: Array.from({ length: 26 }, () => UNKNOWN_ID) }],
      ['10,000 ids', { topicIds: Array.from({ length: 10_000 }, () => UNKNOWN_ID) }],
      ['an array', [{ topicIds: [] }]],
    ])("refuses to set a conversation's topics from %s: 400, nothing stored", async (_case, body) => {
      const path = `/api/conversations/${question.id}/topics`;
      expectError(await send('PUT', path, JSON.stringify(body), agentToken), 400, 'VALIDATION_FAILED');
    });

    it('refuses ids that are not UUIDs in the path with 400', async () => {
      expectError(await call("/api/conversations/1' OR '1'='1/topics", { token: agentToken }), 400);
      expectError(await call('/api/conversations/not-a-uuid/topics', { method: 'PUT', body: { topicIds: [] } }), 400);
      expectError(await call('/api/admin/topics/afval', { method: 'PATCH', body: { name: 'x' } }), 400);
      expectError(await call('/api/admin/outcomes/1', { method: 'DELETE' }), 400);
      expectError(await call(`/api/admin/topics/${UNKNOWN_ID}`, { method: 'PATCH', body: { name: 'x' } }), 404);
      expectError(await call(`/api/admin/outcomes/${UNKNOWN_ID}`, { method: 'DELETE' }), 404, 'NOT_FOUND');
    });

    it('refuses malformed JSON with a JSON error', async () => {
      expectError(await send('POST', '/api/admin/topics', '{"name":"Sport",'), 400, 'INVALID_JSON');
      expectError(await send('PATCH', `/api/admin/topics/${afval.id}`, '{name:1}'), 400, 'INVALID_JSON');
      expectError(await send('POST', '/api/admin/outcomes', 'null'), 400, 'INVALID_JSON');
      expectError(
        await send('PUT', `/api/conversations/${question.id}/topics`, '{"topicIds":[', agentToken),
        400,
        'INVALID_JSON',
      );
      expectError(await send('PUT', '/api/admin/workflow-settings', 'true'), 400, 'INVALID_JSON');
    });

    it('refuses a 1 MB name with 400, and a body over the limit with 413', async () => {
      expectError(
        await send('POST', '/api/admin/topics', JSON.stringify({ name: 'n'.repeat(1_000_000) })),
        400,
        'VALIDATION_FAILED',
      );
      const oversized = JSON.stringify({ name: 'n'.repeat(2_000_000) });
      expectError(await send('POST', '/api/admin/topics', oversized), 413, 'PAYLOAD_TOO_LARGE');
      expectError(await send('PATCH', `/api/admin/outcomes/${before.outcomes[0].id}`, oversized), 413);
      const manyIds = JSON.stringify({ topicIds: Array.from({ length: 60_000 }, () => UNKNOWN_ID) });
      expectError(
        await send('PUT', `/api/conversations/${question.id}/topics`, manyIds, agentToken),
        413,
        'PAYLOAD_TOO_LARGE',
      );
    });
  });

  it('writes every change to the audit log, naming who made it', async () => {
    const logs = server.logs();
    const by = `by ${server.admin.email}`;
    const parkeren = await named('Parkeren');
    expect(logs).toMatch(new RegExp(`topic [0-9a-f-]{36} \\(Honden belasting\\) created ${by}`));
    expect(logs).toMatch(/topic [0-9a-f-]{36} \(Hondenbelasting\) updated \(name \(was Honden belasting\)\)/);
    expect(logs).toContain(`topic ${parkeren.id} (Parkeren) updated (deactivated) ${by}`);
    expect(logs).toContain(`topic ${parkeren.id} (Parkeren) updated (reactivated) ${by}`);
    expect(logs).toMatch(/outcome [0-9a-f-]{36} \(Afspraak gemaakt\) updated \(kind \(was other\)\)/);
    expect(logs).toMatch(/topics reordered \(\d+ moved\) by/);
    expect(logs).toMatch(/outcomes reordered \(\d+ moved\) by/);
    expect(logs).toContain(`workflow settings updated (topicRequiredToResolve: true) ${by}`);
    expect(logs).toMatch(
      new RegExp(`conversation ${question.id} topics set \\(Afval, Parkeren\\) by agent@gemeente.nl`),
    );
    expect(logs).toContain(`conversation ${question.id} topics set (none) by agent@gemeente.nl`);
  });
});

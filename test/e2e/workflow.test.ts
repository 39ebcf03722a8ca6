import {
  CSAT_QUESTION_NL,
  type ConversationSummaryDto,
  type EscalationDto,
  type MessageDto,
  type UserDto,
} from '@ingang/shared';
import { FakeWhatsApp } from '../providers/fake-whatsapp';
import { citizenAsksOnWhatsApp } from '../support/citizen-asks';
import { startServer, whatsappSecrets, type ServerHandle } from '../support/server-process';
import { connectSocket, recordEvents, type EventRecorder, type IngangSocket } from '../support/socket-client';
import { createTestDatabase, type TestDatabase } from '../support/test-databases';
import { postWhatsAppWebhook, textMessage } from '../support/whatsapp-webhooks';

// Two agents, a supervisor and a back-office employee working the queue together, on two server processes that
// share PostgreSQL and Redis (as behind a load balancer): claims are atomic across both, events reach everyone.

jest.setTimeout(90_000);

interface Person {
  user: UserDto;
  token: string;
  socket: IngangSocket;
  events: EventRecorder;
  server: ServerHandle;
}

describe('the webcare workflow on two server processes (PostgreSQL, Redis, fake Cloud API)', () => {
  let database: TestDatabase;
  let fake: FakeWhatsApp;
  let a: ServerHandle;
  let b: ServerHandle;
  let adminToken: string;
  let admin: { events: EventRecorder; socket: IngangSocket };
  let anna: Person;
  let bram: Person;
  let sanne: Person;
  let bert: Person;
  let departmentId: string;
  let citizen = 31630000000;
  const sockets: IngangSocket[] = [];

  async function person(
    server: ServerHandle,
    name: string,
    role: UserDto['role'],
    extra: object = {},
  ): Promise<Person> {
    const email = `${name.toLowerCase()}@gemeente.test`;
    const password = `${name}-een-lang-wachtwoord`;
    const created = await a.api<UserDto>('/api/admin/users', {
      method: 'POST',
      body: { email, name, role, password, ...extra },
      token: adminToken,
    });
    expect(created.status).toBe(201);
    const token = await server.login(email, password);
    const socket = await connectSocket(server.baseUrl, token);
    sockets.push(socket);
    return { user: created.body, token, socket, events: recordEvents(socket), server };
  }

  const call = <T>(who: Person, path: string, body?: unknown) =>
    who.server.api<T>(path, { method: body === undefined ? 'POST' : 'POST', body: body ?? {}, token: who.token });

  async function asks(text = 'Wanneer komt de vuilniswagen?'): Promise<ConversationSummaryDto> {
    citizen += 1;
    return citizenAsksOnWhatsApp(a, admin.events, text, { from: String(citizen) });
  }

  async function citizenAsksAgain(from: string, text: string): Promise<void> {
    const response = await postWhatsAppWebhook(a.baseUrl, textMessage(text, { from }), whatsappSecrets(a).appSecret);
    expect(response.status).toBe(200);
  }

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    fake = await FakeWhatsApp.start({ accessToken: 'wa-token', autoStatuses: false });
    a = await startServer({
      DATABASE_URL: database.url,
      WHATSAPP_API_BASE: fake.baseUrl,
      WHATSAPP_ACCESS_TOKEN: 'wa-token',
      WHATSAPP_BUSINESS_ACCOUNT_ID: 'WABA-TEST',
      // Claims of someone without a browser open are released after 3 s (15 minutes by default).
      CLAIM_IDLE_SECONDS: '3',
    });
    // The second process: same database, Redis prefix and secrets, its own port.
    const { PORT: _port, ...shared } = a.env;
    b = await startServer(shared);
    fake.setWebhook({ url: `${a.baseUrl}/webhooks/whatsapp`, appSecret: whatsappSecrets(a).appSecret });
    adminToken = await a.login();
    const socket = await connectSocket(a.baseUrl, adminToken);
    sockets.push(socket);
    admin = { socket, events: recordEvents(socket) };
    const department = await a.api<{ id: string }>('/api/admin/departments', {
      method: 'POST',
      body: { name: 'Belastingen' },
      token: adminToken,
    });
    expect(department.status).toBe(201);
    departmentId = department.body.id;
    anna = await person(a, 'Anna', 'agent');
    bram = await person(b, 'Bram', 'agent');
    sanne = await person(b, 'Sanne', 'supervisor');
    bert = await person(a, 'Bert', 'backoffice', { departmentId });
  });

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await a?.stop();
    await b?.stop();
    await fake?.close();
    await database?.drop();
  });

  it('of two agents claiming at once on different processes, exactly one wins; the other is told who', async () => {
    for (let round = 0; round < 8; round += 1) {
      const conversation = await asks();
      const path = `/api/conversations/${conversation.id}/claim`;
      const [first, second] = await Promise.all([
        call<ConversationSummaryDto>(anna, path),
        call<{ error: { code: string; details: { holder: { name: string } } } }>(bram, path),
      ]);
      const statuses = [first.status, second.status].sort();
      expect(statuses).toEqual([200, 409]);
      const winner = first.status === 200 ? anna : bram;
      const loser = winner === anna ? second : first;
      expect(loser.body).toMatchObject({ error: { code: 'CLAIMED', details: { holder: { name: winner.user.name } } } });
      // The loser's process pushes the claim too: the event went through Redis.
      const loserPerson = winner === anna ? bram : anna;
      await loserPerson.events.waitFor(
        'conversation.updated',
        (c) => c.id === conversation.id && c.assignee?.id === winner.user.id && c.status === 'claimed',
      );
      // Tidy up: the winner lets go.
      expect((await call(winner, `/api/conversations/${conversation.id}/release`)).status).toBe(200);
    }
  });

  it('"next" hands every free conversation to exactly one agent, most urgent first, then answers 204', async () => {
    // Whatever earlier tests left unclaimed is in the pool too.
    for (let i = 0; i < 6; i += 1) await asks(`Vraag ${i}`);
    const taken: { who: string; id: string }[] = [];
    const take = async (who: Person) => {
      for (;;) {
        const response = await call<ConversationSummaryDto>(who, '/api/conversations/next');
        if (response.status === 204) return;
        expect(response.status).toBe(200);
        expect(response.body.assignee?.id).toBe(who.user.id);
        taken.push({ who: who.user.name, id: response.body.id });
      }
    };
    await Promise.all([take(anna), take(bram), take(anna), take(bram)]);
    const ids = taken.map((each) => each.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(6);
    const free = await a.api<{ items: ConversationSummaryDto[] }>('/api/conversations?assignee=none&status=open', {
      token: adminToken,
    });
    expect(free.body.items).toEqual([]);
    // Release them all for the next tests.
    for (const { who, id } of taken) {
      expect((await call(who === 'Anna' ? anna : bram, `/api/conversations/${id}/release`)).status).toBe(200);
    }
  });

  it('lets only the holder answer; colleagues add notes, and a mentioned colleague alone is told', async () => {
    const conversation = await asks('Mag ik een dakkapel plaatsen?');
    expect((await call(anna, `/api/conversations/${conversation.id}/claim`)).status).toBe(200);
    const refused = await call<{ error: { code: string } }>(bram, `/api/conversations/${conversation.id}/reply`, {
      text: 'Dat mag.',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('CLAIMED');
    expect(fake.sent.filter((m) => m.body.text?.body === 'Dat mag.')).toEqual([]);

    const note = await call<MessageDto>(bram, `/api/conversations/${conversation.id}/notes`, {
      text: '@Anna let op: vergunningsvrij tot 4 meter?',
      mentionIds: [anna.user.id],
    });
    expect(note.status).toBe(201);
    expect(note.body).toMatchObject({ direction: 'note', author: { id: bram.user.id } });
    const mention = await anna.events.waitFor('mention.created', (m) => m.messageId === note.body.id);
    expect(mention).toMatchObject({ conversationId: conversation.id, by: { id: bram.user.id, name: 'Bram' } });
    await sanne.events.waitFor('message.created', (m) => m.id === note.body.id);
    expect(sanne.events.all('mention.created')).toEqual([]);
    // Notes never reach the citizen.
    expect(fake.sent.filter((m) => m.body.text?.body?.includes('vergunningsvrij'))).toEqual([]);

    const answer = await call<MessageDto>(anna, `/api/conversations/${conversation.id}/reply`, {
      text: 'Tot 4 meter breed is een dakkapel vergunningsvrij.',
    });
    expect(answer.status).toBe(202);
    await fake.waitForSent((m) => m.body.text?.body === 'Tot 4 meter breed is een dakkapel vergunningsvrij.');
    const after = await bram.events.waitFor(
      'conversation.updated',
      (c) => c.id === conversation.id && c.status === 'waiting',
    );
    expect(after.assignee?.id).toBe(anna.user.id);
  });

  it('releases, hands over, lets a supervisor reassign and take over, and keeps to an agent’s capacity', async () => {
    const conversation = await asks('Waar kan ik grofvuil kwijt?');
    const path = (action: string) => `/api/conversations/${conversation.id}/${action}`;
    expect((await call(anna, path('claim'))).status).toBe(200);
    // Someone else's claim is not Bram's to release or hand over.
    expect((await call(bram, path('release'))).status).toBe(403);
    expect((await call(bram, path('assign'), { userId: bram.user.id })).status).toBe(409);
    // The holder hands it to a colleague.
    const handed = await call<ConversationSummaryDto>(anna, path('assign'), { userId: bram.user.id });
    expect(handed.body.assignee).toEqual({ id: bram.user.id, name: 'Bram' });
    // Nobody can hand it to a back-office employee while webcare has it.
    expect((await call(sanne, path('assign'), { userId: bert.user.id })).status).toBe(400);
    // The supervisor reassigns, then takes it over.
    expect(
      (await call<ConversationSummaryDto>(sanne, path('assign'), { userId: anna.user.id })).body.assignee?.id,
    ).toBe(anna.user.id);
    expect(
      (await call<ConversationSummaryDto>(sanne, path('assign'), { userId: sanne.user.id })).body.assignee?.id,
    ).toBe(sanne.user.id);
    const released = await call<ConversationSummaryDto>(sanne, path('release'));
    expect(released.body).toMatchObject({ assignee: null, status: 'open' });

    // Capacity: one conversation at a time for Bram.
    const limited = await a.api<UserDto>(`/api/admin/users/${bram.user.id}`, {
      method: 'PATCH',
      body: { maxConversations: 1 },
      token: adminToken,
    });
    expect(limited.status).toBe(200);
    const other = await asks('Nog een vraag');
    expect((await call(bram, path('claim'))).status).toBe(200);
    const full = await call<{ error: { code: string } }>(bram, `/api/conversations/${other.id}/claim`);
    expect(full.status).toBe(409);
    expect(full.body.error.code).toBe('CAPACITY_REACHED');
    expect((await call(bram, '/api/conversations/next')).status).toBe(409);
    expect((await call(bram, path('release'))).status).toBe(200);
    expect((await call(bram, `/api/conversations/${other.id}/claim`)).status).toBe(200);
    await a.api(`/api/admin/users/${bram.user.id}`, {
      method: 'PATCH',
      body: { maxConversations: null },
      token: adminToken,
    });
    expect((await call(bram, `/api/conversations/${other.id}/release`)).status).toBe(200);
  });

  it('escalates warm: the holding reply stops the webcare clock, the back office answers the citizen itself', async () => {
    const conversation = await asks('Waarom is mijn WOZ-waarde zo hoog?');
    expect(conversation.deadlineAt).not.toBeNull();
    expect((await call(anna, `/api/conversations/${conversation.id}/claim`)).status).toBe(200);
    const holding = 'Uw vraag is doorgezet naar Belastingen; u krijgt binnen 2 werkdagen antwoord.';
    const escalated = await call<EscalationDto>(anna, `/api/conversations/${conversation.id}/escalate`, {
      departmentId,
      handoverNote: 'Bezwaar WOZ 2026, taxatieverslag gevraagd.',
      holdingReply: { text: holding },
    });
    expect(escalated.status).toBe(201);
    expect(escalated.body).toMatchObject({
      status: 'open',
      department: { id: departmentId, name: 'Belastingen' },
      createdBy: { id: anna.user.id, name: 'Anna' },
      handoverNote: 'Bezwaar WOZ 2026, taxatieverslag gevraagd.',
    });
    await fake.waitForSent((m) => m.body.text?.body === holding);
    // The department's own deadline: 48 working hours.
    const hours = (Date.parse(escalated.body.deadlineAt) - Date.parse(escalated.body.createdAt)) / 3_600_000;
    expect(hours).toBeGreaterThanOrEqual(48);
    // The back office hears of it on its own socket; the webcare clock stopped.
    await bert.events.waitFor('escalation.created', (e) => e.id === escalated.body.id);
    const handedOver = await bert.events.waitFor(
      'conversation.updated',
      (c) => c.id === conversation.id && c.status === 'escalated',
    );
    expect(handedOver).toMatchObject({ deadlineAt: null, assignee: null, department: { id: departmentId } });

    // Webcare cannot answer it while the back office has it; the back office sees it in its list.
    expect((await call(anna, `/api/conversations/${conversation.id}/reply`, { text: 'x' })).status).toBe(409);
    const list = await bert.server.api<EscalationDto[]>('/api/escalations?status=open', { token: bert.token });
    expect(list.body.map((e) => e.id)).toContain(escalated.body.id);
    const seen = await bert.server.api<{ items: ConversationSummaryDto[] }>('/api/conversations', {
      token: bert.token,
    });
    expect(seen.body.items.map((c) => c.id)).toEqual([conversation.id]);

    const reply = 'De WOZ-waarde volgt uit verkoopprijzen in uw buurt; het taxatieverslag staat in MijnGemeente.';
    const answered = await call<MessageDto>(bert, `/api/escalations/${escalated.body.id}/answer`, { text: reply });
    expect(answered.status).toBe(202);
    await fake.waitForSent((m) => m.body.text?.body === reply);
    const closed = await anna.events.waitFor('escalation.updated', (e) => e.id === escalated.body.id);
    expect(closed).toMatchObject({ status: 'answered', closedBy: { id: bert.user.id } });
    // Back with the agent who escalated it, the citizen answered.
    const back = await anna.events.waitFor(
      'conversation.updated',
      (c) => c.id === conversation.id && c.status === 'waiting' && c.department === null,
    );
    expect(back.assignee?.id).toBe(anna.user.id);
    const detail = await a.api<{ escalations: EscalationDto[] }>(`/api/conversations/${conversation.id}`, {
      token: adminToken,
    });
    expect(detail.body.escalations.map((e) => e.status)).toEqual(['answered']);
  });

  it('takes an internal answer or a bounce back to webcare, as a note in the thread', async () => {
    const conversation = await asks('Kan ik kwijtschelding krijgen?');
    expect((await call(bram, `/api/conversations/${conversation.id}/claim`)).status).toBe(200);
    const first = await call<EscalationDto>(bram, `/api/conversations/${conversation.id}/escalate`, {
      departmentId,
      handoverNote: 'Inkomen onder bijstandsnorm?',
      holdingReply: null,
    });
    expect(first.status).toBe(201);
    const returned = await call<EscalationDto>(bert, `/api/escalations/${first.body.id}/return`, {
      text: 'Ja, via het formulier kwijtschelding; bijstand geeft automatisch recht.',
    });
    expect(returned.body).toMatchObject({ status: 'returned', result: expect.stringContaining('formulier') });
    const note = await bram.events.waitFor(
      'message.created',
      (m) => m.conversationId === conversation.id && m.direction === 'note',
    );
    expect(note.author?.id).toBe(bert.user.id);
    // Once returned, the back office no longer sees it.
    const gone = await bert.server.api(`/api/conversations/${conversation.id}`, { token: bert.token });
    expect(gone.status).toBe(404);

    const second = await call<EscalationDto>(bram, `/api/conversations/${conversation.id}/escalate`, {
      departmentId,
      handoverNote: 'Toch nog een vraag',
      holdingReply: null,
    });
    const bounced = await call<EscalationDto>(bert, `/api/escalations/${second.body.id}/bounce`, {
      text: 'Dit is een vraag voor Sociaal Domein.',
    });
    expect(bounced.body.status).toBe('bounced');
    // Closed escalations stay closed.
    expect((await call(bert, `/api/escalations/${second.body.id}/return`, { text: 'nog eens' })).status).toBe(409);
  });

  it('resolves with an outcome (a topic first when required); the citizen writing again reopens it', async () => {
    const conversation = await asks('Waar vind ik de afvalkalender?');
    expect((await call(anna, `/api/conversations/${conversation.id}/claim`)).status).toBe(200);
    const outcomes = await a.api<{ id: string; kind: string }[]>('/api/outcomes', { token: anna.token });
    const selfHandled = outcomes.body.find((outcome) => outcome.kind === 'self-handled')!;
    const required = await a.api('/api/admin/workflow-settings', {
      method: 'PUT',
      body: { topicRequiredToResolve: true },
      token: adminToken,
    });
    expect(required.status).toBe(200);
    const resolvePath = `/api/conversations/${conversation.id}/resolve`;
    const noTopic = await call<{ error: { code: string } }>(anna, resolvePath, { outcomeId: selfHandled.id });
    expect(noTopic.status).toBe(409);
    expect(noTopic.body.error.code).toBe('TOPIC_REQUIRED');
    // Someone else's conversation is not Bram's to resolve.
    expect((await call(bram, resolvePath, { outcomeId: selfHandled.id })).status).toBe(409);
    const topics = await a.api<{ id: string; name: string }[]>('/api/topics', { token: anna.token });
    const waste = topics.body.find((topic) => topic.name === 'Afval')!;
    const tagged = await anna.server.api(`/api/conversations/${conversation.id}/topics`, {
      method: 'PUT',
      body: { topicIds: [waste.id] },
      token: anna.token,
    });
    expect(tagged.status).toBe(200);
    const resolved = await call<ConversationSummaryDto>(anna, resolvePath, { outcomeId: selfHandled.id });
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ status: 'resolved', assignee: null, deadlineAt: null });
    expect(resolved.body.resolvedAt).not.toBeNull();
    await bram.events.waitFor('conversation.updated', (c) => c.id === conversation.id && c.status === 'resolved');
    expect((await call(anna, resolvePath, { outcomeId: anna.user.id })).status).toBe(400);

    // The citizen writes again: back in the queue.
    const reopened = bram.events.waitFor(
      'conversation.updated',
      (c) => c.id === conversation.id && c.status === 'open' && c.resolvedAt === null,
      10_000,
    );
    await citizenAsksAgain(conversation.contact.handle, 'En wanneer komt de kerstbomenophaal?');
    await reopened;
    // Resolved again, then reopened by hand.
    expect((await call(anna, resolvePath, { outcomeId: selfHandled.id })).status).toBe(200);
    const byHand = await call<ConversationSummaryDto>(anna, `/api/conversations/${conversation.id}/reopen`);
    expect(byHand.body.status).toBe('waiting');
    await a.api('/api/admin/workflow-settings', {
      method: 'PUT',
      body: { topicRequiredToResolve: false },
      token: adminToken,
    });
  });

  it('asks for a mark after resolving when switched on, and stores the reply as CSAT, not as a question', async () => {
    const on = await a.api('/api/admin/workflow-settings', {
      method: 'PUT',
      body: { csatQuestion: true },
      token: adminToken,
    });
    expect(on.status).toBe(200);
    const conversation = await asks('Wanneer is het zwembad open?');
    const handle = conversation.contact.handle;
    await call(anna, `/api/conversations/${conversation.id}/reply`, { text: 'Dagelijks van 7 tot 22 uur.' });
    const outcomes = await a.api<{ id: string; kind: string }[]>('/api/outcomes', { token: anna.token });
    const selfHandled = outcomes.body.find((outcome) => outcome.kind === 'self-handled')!;
    const resolved = await call<ConversationSummaryDto>(anna, `/api/conversations/${conversation.id}/resolve`, {
      outcomeId: selfHandled.id,
    });
    expect(resolved.status).toBe(200);
    const question = await fake.waitForSent((m) => m.body.to === handle && !!m.body.text?.body?.includes('cijfer'));
    expect(question.body.text?.body).toBe(CSAT_QUESTION_NL);

    const marked = bram.events.waitFor(
      'conversation.updated',
      (c) => c.id === conversation.id && c.csat === 7.5,
      10_000,
    );
    await citizenAsksAgain(handle, 'Een 7,5!');
    expect(await marked).toMatchObject({ status: 'resolved', waitingSince: null, deadlineAt: null });
    // Anything else afterwards is a new question again.
    const reopened = bram.events.waitFor(
      'conversation.updated',
      (c) => c.id === conversation.id && c.status === 'open',
      10_000,
    );
    await citizenAsksAgain(handle, 'Is er ook een recreatiebad?');
    expect((await reopened).csat).toBe(7.5);
    await a.api('/api/admin/workflow-settings', { method: 'PUT', body: { csatQuestion: false }, token: adminToken });
  });

  it('releases the claims of someone who has no browser open, and keeps those of who has', async () => {
    const created = await a.api<UserDto>('/api/admin/users', {
      method: 'POST',
      body: { email: 'dirk@gemeente.test', name: 'Dirk', role: 'agent', password: 'Dirk-een-lang-wachtwoord' },
      token: adminToken,
    });
    expect(created.status).toBe(201);
    // Dirk works through the API only: no socket, so never online.
    const dirkToken = await b.login('dirk@gemeente.test', 'Dirk-een-lang-wachtwoord');
    const left = await asks('Wie haalt mijn fiets weg?');
    const kept = await asks('Mag ik op de stoep parkeren?');
    expect((await b.api(`/api/conversations/${left.id}/claim`, { method: 'POST', token: dirkToken })).status).toBe(200);
    expect((await call(anna, `/api/conversations/${kept.id}/claim`)).status).toBe(200);
    const released = await sanne.events.waitFor(
      'conversation.updated',
      (c) => c.id === left.id && c.assignee === null && c.status === 'open',
      15_000,
    );
    expect(released.claimedAt).toBeNull();
    const stillHeld = await a.api<{ conversation: ConversationSummaryDto }>(`/api/conversations/${kept.id}`, {
      token: adminToken,
    });
    expect(stillHeld.body.conversation.assignee?.id).toBe(anna.user.id);
    expect((await call(anna, `/api/conversations/${kept.id}/release`)).status).toBe(200);
  });

  it('hands waiting questions to the least-loaded online agent within capacity, and more as capacity frees', async () => {
    const holding = async (who: Person) =>
      (
        await a.api<{ items: ConversationSummaryDto[] }>(`/api/conversations?assignee=${who.user.id}&status=claimed`, {
          token: adminToken,
        })
      ).body.items;
    const until = async (check: () => Promise<boolean>) => {
      for (let attempt = 0; attempt < 100 && !(await check()); attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(await check()).toBe(true);
    };
    for (const who of [anna, bram]) {
      const limited = await a.api(`/api/admin/users/${who.user.id}`, {
        method: 'PATCH',
        body: { maxConversations: 1 },
        token: adminToken,
      });
      expect(limited.status).toBe(200);
    }
    // Enough waiting for both.
    await asks('Automatisch 1');
    await asks('Automatisch 2');
    await asks('Automatisch 3');
    const on = await a.api('/api/admin/workflow-settings', {
      method: 'PUT',
      body: { autoAssign: true },
      token: adminToken,
    });
    expect(on.status).toBe(200);
    await until(async () => (await holding(anna)).length === 1 && (await holding(bram)).length === 1);
    // Nobody gets more than their capacity, and nobody offline gets anything.
    await asks('Automatisch 4');
    const [held] = await holding(anna);
    const resolvedOutcome = (
      await a.api<{ id: string; kind: string }[]>('/api/outcomes', { token: anna.token })
    ).body.find((outcome) => outcome.kind === 'no-answer-needed')!;
    // Anna is done with hers: the next waiting question is hers.
    expect((await call(anna, `/api/conversations/${held.id}/resolve`, { outcomeId: resolvedOutcome.id })).status).toBe(
      200,
    );
    await until(async () => {
      const now = await holding(anna);
      return now.length === 1 && now[0].id !== held.id;
    });
    expect((await holding(bram)).length).toBe(1);
    await a.api('/api/admin/workflow-settings', { method: 'PUT', body: { autoAssign: false }, token: adminToken });
    for (const who of [anna, bram]) {
      await a.api(`/api/admin/users/${who.user.id}`, {
        method: 'PATCH',
        body: { maxConversations: null },
        token: adminToken,
      });
      for (const conversation of await holding(who)) {
        await call(who, `/api/conversations/${conversation.id}/release`);
      }
    }
  });

  it('shows who is viewing and typing, across processes, and forgets a closed tab', async () => {
    const conversation = await asks('Hoe vraag ik een gehandicaptenparkeerkaart aan?');
    anna.socket.emit('presence.view', { conversationId: conversation.id });
    const viewing = await bram.events.waitFor(
      'presence.updated',
      (p) => p.conversationId === conversation.id && p.viewers.some((v) => v.userId === anna.user.id),
    );
    expect(viewing.viewers).toEqual([{ userId: anna.user.id, name: 'Anna', typing: false }]);
    anna.socket.emit('presence.typing', { conversationId: conversation.id, typing: true });
    await bram.events.waitFor(
      'presence.updated',
      (p) => p.conversationId === conversation.id && p.viewers.some((v) => v.userId === anna.user.id && v.typing),
    );
    // The back office does not learn about conversations it does not have.
    expect(bert.events.all('presence.updated').filter((p) => p.conversationId === conversation.id)).toEqual([]);
    anna.socket.disconnect();
    await bram.events.waitFor(
      'presence.updated',
      (p) => p.conversationId === conversation.id && p.viewers.length === 0,
    );
    anna.socket = await connectSocket(a.baseUrl, anna.token);
    sockets.push(anna.socket);
    anna.events = recordEvents(anna.socket);
  });

  it('keeps the back office to its own department, and every role to its own actions', async () => {
    const conversation = await asks('Een vraag die bij webcare blijft');
    const others = await bert.server.api<{ items: ConversationSummaryDto[] }>('/api/conversations', {
      token: bert.token,
    });
    expect(others.body.items.map((c) => c.id)).not.toContain(conversation.id);
    expect((await bert.server.api(`/api/conversations/${conversation.id}`, { token: bert.token })).status).toBe(404);
    expect((await call(bert, `/api/conversations/${conversation.id}/claim`)).status).toBe(404);
    expect((await call(bert, `/api/conversations/${conversation.id}/reply`, { text: 'x' })).status).toBe(404);
    expect((await call(bert, `/api/conversations/${conversation.id}/notes`, { text: 'x' })).status).toBe(404);
    expect(
      (
        await call(bert, `/api/conversations/${conversation.id}/escalate`, {
          departmentId,
          handoverNote: 'x',
          holdingReply: null,
        })
      ).status,
    ).toBe(403);
    expect((await call(bert, `/api/conversations/${conversation.id}/reopen`)).status).toBe(404);
    const topics = await bert.server.api(`/api/conversations/${conversation.id}/topics`, {
      method: 'PUT',
      body: { topicIds: [] },
      token: bert.token,
    });
    expect(topics.status).toBe(404);
    expect((await bert.server.api(`/api/conversations/${conversation.id}/topics`, { token: bert.token })).status).toBe(
      404,
    );
    // The back office's socket heard nothing of it.
    expect(bert.events.all('conversation.created').map((c) => c.id)).not.toContain(conversation.id);
    expect(bert.events.all('message.created').map((m) => m.conversationId)).not.toContain(conversation.id);
    // No login, no workflow.
    const anonymous = await fetch(`${a.baseUrl}/api/conversations/${conversation.id}/claim`, { method: 'POST' });
    expect(anonymous.status).toBe(401);
  });

  it('refuses malformed and hostile workflow input with a JSON error, changing nothing', async () => {
    const conversation = await asks('Nog iets');
    const bad: [string, unknown][] = [
      [`/api/conversations/${conversation.id}/assign`, { userId: 'not-a-uuid' }],
      [`/api/conversations/${conversation.id}/assign`, { userId: anna.user.id, extra: 1 }],
      [`/api/conversations/${conversation.id}/notes`, { text: '' }],
      [`/api/conversations/${conversation.id}/notes`, { text: 'x'.repeat(4001) }],
      [
        `/api/conversations/${conversation.id}/notes`,
        { text: 'hoi', mentionIds: ['00000000-0000-4000-8000-000000000000'] },
      ],
      [`/api/conversations/${conversation.id}/notes`, { text: 'hoi', mentionIds: Array(21).fill(anna.user.id) }],
      [`/api/conversations/${conversation.id}/escalate`, { departmentId, handoverNote: '', holdingReply: null }],
      [
        `/api/conversations/${conversation.id}/escalate`,
        { departmentId: anna.user.id, handoverNote: 'x', holdingReply: null },
      ],
      [
        `/api/conversations/${conversation.id}/escalate`,
        { departmentId, handoverNote: 'x', holdingReply: { html: '<b>' } },
      ],
    ];
    for (const [path, body] of bad) {
      const response = await call<{ error: { code: string } }>(anna, path, body);
      expect({ path, body, status: response.status }).toEqual({ path, body, status: 400 });
      expect(response.body.error.code).toBe('VALIDATION_FAILED');
    }
    const malformed = await fetch(`${a.baseUrl}/api/conversations/${conversation.id}/notes`, {
      method: 'POST',
      headers: { authorization: `Bearer ${anna.token}`, 'content-type': 'application/json' },
      body: '{"text": "',
    });
    expect(malformed.status).toBe(400);
    expect((await call(anna, '/api/conversations/not-a-uuid/claim')).status).toBe(400);
    const detail = await a.api<{
      conversation: ConversationSummaryDto;
      messages: MessageDto[];
      escalations: unknown[];
    }>(`/api/conversations/${conversation.id}`, { token: adminToken });
    expect(detail.body.messages.filter((m) => m.direction === 'note')).toEqual([]);
    expect(detail.body.escalations).toEqual([]);
    expect(detail.body.conversation.status).toBe('open');
  });
});

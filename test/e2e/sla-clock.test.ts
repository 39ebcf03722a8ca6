import type { ConversationPageDto, ConversationSummaryDto, MessageDto, SlaSettingsDto } from '@ingang/shared';
import { FakeWhatsApp } from '../providers/fake-whatsapp';
import { citizenAsksOnWhatsApp } from '../support/citizen-asks';
import { startServer, whatsappSecrets, type ServerHandle } from '../support/server-process';
import { connectSocket, recordEvents, type EventRecorder, type IngangSocket } from '../support/socket-client';

// The SLA clock against the server's injectable clock (TEST_CLOCK): moments days away are watched in seconds, the
// state changes are real delayed jobs in Redis, and every expectation is the PRODUCT.md example itself.

jest.setTimeout(60_000);

const FRIDAY_15_CEST = '2026-10-23T13:00:00.000Z';
const MONDAY_15_CET = '2026-10-26T14:00:00.000Z';
// At risk with 4 working hours left: Monday 11:00 CET.
const MONDAY_11_CET = '2026-10-26T10:00:00.000Z';

/** The instant `ms` milliseconds before `iso`. */
const before = (iso: string, ms: number) => new Date(Date.parse(iso) - ms).toISOString();

describe('SLA clock with a movable server clock (real server, Redis, SQLite; fake Cloud API)', () => {
  let fake: FakeWhatsApp;
  let server: ServerHandle;
  let token: string;
  let socket: IngangSocket;
  let events: EventRecorder;

  async function connect(): Promise<void> {
    token = await server.login();
    socket = await connectSocket(server.baseUrl, token);
    events = recordEvents(socket);
  }

  /** Moves the server's clock; resolves with the real time at which it read `now`. */
  async function setClock(now: string): Promise<number> {
    const response = await server.api<{ now: string }>('/api/test/clock', { method: 'PUT', body: { now }, token });
    expect(response.status).toBe(200);
    return Date.now();
  }

  const list = (query: string) =>
    server.api<ConversationPageDto>(`/api/conversations?${query}`, { token }).then((response) => {
      expect(response.status).toBe(200);
      return response.body.items.map((item) => item.id);
    });

  const detail = (id: string) =>
    server
      .api<{ conversation: ConversationSummaryDto; messages: MessageDto[] }>(`/api/conversations/${id}`, { token })
      .then((response) => response.body);

  const settings = () => server.api<SlaSettingsDto>('/api/sla-settings', { token }).then((response) => response.body);

  const saveSettings = (body: unknown, as = token) =>
    server.api<SlaSettingsDto>('/api/admin/sla-settings', { method: 'PUT', body, token: as });

  beforeAll(async () => {
    fake = await FakeWhatsApp.start({ accessToken: 'wa-token', autoStatuses: false });
    server = await startServer({
      TEST_CLOCK: FRIDAY_15_CEST,
      // The clock jumps days ahead: the session must outlive that.
      SESSION_TTL_HOURS: '100000',
      WHATSAPP_API_BASE: fake.baseUrl,
      WHATSAPP_ACCESS_TOKEN: 'wa-token',
      WHATSAPP_BUSINESS_ACCOUNT_ID: 'WABA-TEST',
    });
    fake.setWebhook({ url: `${server.baseUrl}/webhooks/whatsapp`, appSecret: whatsappSecrets(server).appSecret });
    await connect();
  });

  afterAll(async () => {
    socket?.disconnect();
    await server?.stop();
    await fake?.close();
  });

  it('a question on Friday 15:00 turns at risk and breached at its instants, pushed live, filtered by state', async () => {
    await setClock(FRIDAY_15_CEST);
    const asked = await citizenAsksOnWhatsApp(server, events, 'Is mijn paspoort al klaar?', {
      from: '31611000001',
      timestamp: new Date(FRIDAY_15_CEST),
    });
    // Friday 15:00 CEST → Monday 15:00 CET: the weekend and the clock change are not a UTC shortcut.
    expect(asked.deadlineAt).toBe(MONDAY_15_CET);
    expect(asked.atRiskAt).toBe(MONDAY_11_CET);
    expect(await list('sla=on-track')).toContain(asked.id);
    expect(await list('sla=at-risk,breached')).not.toContain(asked.id);

    // Two seconds before the at-risk moment: the change fires at that moment, not before, and not long after.
    const jumpedAt = await setClock(before(MONDAY_11_CET, 2000));
    const atRisk = await events.waitFor('sla.changed', (c) => c.conversationId === asked.id, 10_000);
    const receivedAt = events.events.find((e) => e.payload === atRisk)!.at.getTime();
    expect(atRisk).toEqual({
      conversationId: asked.id,
      state: 'at-risk',
      deadlineAt: MONDAY_15_CET,
      at: MONDAY_11_CET,
    });
    // The server's clock when the event arrived, from the real time elapsed since it read 10:59:58.
    const serverTimeAtReceipt = Date.parse(before(MONDAY_11_CET, 2000)) + (receivedAt - jumpedAt);
    expect(serverTimeAtReceipt).toBeGreaterThanOrEqual(Date.parse(MONDAY_11_CET));
    expect(serverTimeAtReceipt - Date.parse(MONDAY_11_CET)).toBeLessThan(1500);
    expect(await list('sla=at-risk')).toContain(asked.id);
    expect(await list('sla=on-track')).not.toContain(asked.id);

    await setClock(before(MONDAY_15_CET, 1500));
    const breached = await events.waitFor(
      'sla.changed',
      (c) => c.conversationId === asked.id && c.state === 'breached',
      10_000,
    );
    expect(breached.at).toBe(MONDAY_15_CET);
    expect(await list('sla=breached')).toContain(asked.id);
    expect(await list('sla=at-risk')).not.toContain(asked.id);
    expect((await detail(asked.id)).conversation.breachedAt).toBe(MONDAY_15_CET);
  });

  it('records with each answer whether it met the deadline and the working hours it took', async () => {
    await setClock(FRIDAY_15_CEST);
    const early = await citizenAsksOnWhatsApp(server, events, 'Tot hoe laat is het stadhuis open?', {
      from: '31611000002',
      timestamp: new Date(FRIDAY_15_CEST),
    });
    const late = await citizenAsksOnWhatsApp(server, events, 'Wanneer wordt het grofvuil opgehaald?', {
      from: '31611000003',
      timestamp: new Date(FRIDAY_15_CEST),
    });
    // Friday 17:00 CEST: two working hours later.
    await setClock('2026-10-23T15:00:00.000Z');
    const onTime = await server.api<MessageDto>(`/api/conversations/${early.id}/reply`, {
      method: 'POST',
      body: { text: 'Tot 20:00 uur.' },
      token,
    });
    expect(onTime.status).toBe(202);
    expect(onTime.body.answer).toMatchObject({
      waitingSince: FRIDAY_15_CEST,
      deadlineAt: MONDAY_15_CET,
      withinSla: true,
    });
    expect(onTime.body.answer!.workingMs).toBeGreaterThanOrEqual(2 * 3_600_000);
    expect(onTime.body.answer!.workingMs).toBeLessThan(2 * 3_600_000 + 5000);

    // Tuesday 09:00 CET, after the deadline; the WhatsApp window has closed, so the answer is a template.
    await setClock('2026-10-27T08:00:00.000Z');
    const tooLate = await server.api<MessageDto>(`/api/conversations/${late.id}/reply`, {
      method: 'POST',
      body: { template: { name: 'antwoord_op_uw_vraag', language: 'nl', parameters: ['morgen'] } },
      token,
    });
    expect(tooLate.status).toBe(202);
    // 9 h on Friday, 24 h on Monday, 9 h on Tuesday: 42 working hours.
    expect(tooLate.body.answer).toMatchObject({ withinSla: false, deadlineAt: MONDAY_15_CET });
    expect(Math.floor(tooLate.body.answer!.workingMs / 60_000)).toBe(42 * 60);
    // Stored, not only answered: the thread shows it too.
    const thread = await detail(late.id);
    expect(thread.messages.find((m) => m.id === tooLate.body.id)?.answer?.withinSla).toBe(false);
    expect(thread.conversation.deadlineAt).toBeNull();
  });

  it('a calendar change moves every open deadline, reports its progress, and pushes sla.recomputed', async () => {
    // Thursday 24 December 2026 10:00 CET → Monday 28 December 10:00 CET (PRODUCT.md).
    await setClock('2026-12-24T09:00:00.000Z');
    const asked = await citizenAsksOnWhatsApp(server, events, 'Is de milieustraat open tussen kerst en oud en nieuw?', {
      from: '31611000004',
      timestamp: new Date('2026-12-24T09:00:00.000Z'),
    });
    expect(asked.deadlineAt).toBe('2026-12-28T09:00:00.000Z');

    const current = await settings();
    const recomputed = events.waitFor('sla.recomputed', (r) => r.version === current.version + 1, 15_000);
    const saved = await saveSettings({
      calendar: { ...current.calendar, closedDays: ['2026-12-28'] },
      channels: current.channels,
      escalation: current.escalation,
      callback: current.callback,
      expectedVersion: current.version,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: current.version + 1, updatedBy: expect.any(String) });
    expect(saved.body.calendar.closedDays).toEqual(['2026-12-28']);
    const done = await recomputed;
    expect(done.done).toBe(done.total);
    expect(done.total).toBeGreaterThanOrEqual(1);
    // The extra closing day pushes the deadline to Tuesday 10:00.
    expect((await detail(asked.id)).conversation.deadlineAt).toBe('2026-12-29T09:00:00.000Z');
    const progress = await server.api<{ version: number; total: number; done: number; finishedAt: string | null }>(
      '/api/admin/sla-settings/recompute',
      { token },
    );
    expect(progress.body).toMatchObject({ version: current.version + 1, total: done.total, done: done.total });
    expect(progress.body.finishedAt).not.toBeNull();

    // Opening hours Monday to Friday 08:00–17:00 and a WhatsApp policy of 9 working hours: one office day.
    const hours = [{ from: '08:00', to: '17:00' }];
    const next = await saveSettings({
      calendar: {
        ...saved.body.calendar,
        mode: 'opening-hours',
        openingHours: { 1: hours, 2: hours, 3: hours, 4: hours, 5: hours, 6: [], 7: [] },
      },
      channels: { ...saved.body.channels, whatsapp: { answerWithinHours: 9, atRiskHours: 2 } },
      escalation: saved.body.escalation,
      callback: saved.body.callback,
      expectedVersion: saved.body.version,
    });
    expect(next.status).toBe(200);
    await events.waitFor('sla.recomputed', (r) => r.version === next.body.version, 15_000);
    // 24 Dec 10:00–17:00 is 7 h; 28 Dec closed; 29 Dec 08:00 + 2 h = 10:00 CET, at risk 2 office hours before.
    const moved = (await detail(asked.id)).conversation;
    expect(moved.deadlineAt).toBe('2026-12-29T09:00:00.000Z');
    expect(moved.atRiskAt).toBe('2026-12-29T07:00:00.000Z');
    // Every server process and browser reads the same settings.
    expect((await settings()).channels.whatsapp).toEqual({ answerWithinHours: 9, atRiskHours: 2 });
  });

  it('refuses a save over someone else’s, and hostile or invalid settings, storing nothing', async () => {
    const current = await settings();
    const body = {
      calendar: current.calendar,
      channels: current.channels,
      escalation: current.escalation,
      callback: current.callback,
    };
    const stale = await saveSettings({ ...body, expectedVersion: current.version - 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: 'CONFLICT' } });

    const invalid: unknown[] = [
      {},
      { ...body },
      { ...body, expectedVersion: 'one' },
      { ...body, expectedVersion: current.version, extra: true },
      {
        ...body,
        expectedVersion: current.version,
        channels: { ...body.channels, whatsapp: { answerWithinHours: 0, atRiskHours: 0 } },
      },
      {
        ...body,
        expectedVersion: current.version,
        channels: { ...body.channels, whatsapp: { answerWithinHours: 4, atRiskHours: 4 } },
      },
      {
        ...body,
        expectedVersion: current.version,
        channels: { ...body.channels, whatsapp: { answerWithinHours: -1, atRiskHours: 0 } },
      },
      {
        ...body,
        expectedVersion: current.version,
        channels: { ...body.channels, whatsapp: { answerWithinHours: 1e9, atRiskHours: 0 } },
      },
      {
        ...body,
        expectedVersion: current.version,
        channels: { ...body.channels, instagram: { answerWithinHours: 24, atRiskHours: 4 } },
      },
      { ...body, expectedVersion: current.version, calendar: { ...body.calendar, timeZone: 'Mars/Olympus' } },
      { ...body, expectedVersion: current.version, calendar: { ...body.calendar, closedDays: ['2026-02-30'] } },
      {
        ...body,
        expectedVersion: current.version,
        calendar: { ...body.calendar, closedDays: ['<script>alert(1)</script>'] },
      },
      {
        ...body,
        expectedVersion: current.version,
        calendar: {
          ...body.calendar,
          openingHours: {
            ...body.calendar.openingHours,
            1: [
              { from: '08:00', to: '12:00' },
              { from: '11:00', to: '17:00' },
            ],
          },
        },
      },
      { ...body, expectedVersion: current.version, calendar: { ...body.calendar, mode: 'always' } },
      {
        ...body,
        expectedVersion: current.version,
        calendar: { ...body.calendar, holidays: { ...body.calendar.holidays, carnival: true } },
      },
    ];
    for (const attempt of invalid) {
      const response = await saveSettings(attempt);
      expect({ attempt, status: response.status }).toEqual({ attempt, status: 400 });
      expect(response.body).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    }

    const malformed = await fetch(`${server.baseUrl}/api/admin/sla-settings`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{"calendar": ',
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ error: { code: 'INVALID_JSON' } });

    const huge = await fetch(`${server.baseUrl}/api/admin/sla-settings`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        ...body,
        expectedVersion: current.version,
        calendar: { ...body.calendar, closedDays: Array(200_000).fill('2026-01-02') },
      }),
    });
    expect(huge.status).toBe(413);

    const anonymous = await fetch(`${server.baseUrl}/api/admin/sla-settings`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...body, expectedVersion: current.version }),
    });
    expect(anonymous.status).toBe(401);
    expect((await fetch(`${server.baseUrl}/api/sla-settings`)).status).toBe(401);

    const created = await server.api('/api/admin/users', {
      method: 'POST',
      body: { email: 'agent.sla@ingang.test', name: 'Agent SLA', role: 'agent', password: 'een-lang-wachtwoord' },
      token,
    });
    expect(created.status).toBe(201);
    const agent = await server.login('agent.sla@ingang.test', 'een-lang-wachtwoord');
    expect((await saveSettings({ ...body, expectedVersion: current.version }, agent)).status).toBe(403);
    // Agents read the settings (their countdowns use them) but cannot see the progress or move the clock.
    expect((await server.api('/api/sla-settings', { token: agent })).status).toBe(200);
    expect((await server.api('/api/admin/sla-settings/recompute', { token: agent })).status).toBe(403);
    expect(
      (await server.api('/api/test/clock', { method: 'PUT', body: { now: FRIDAY_15_CEST }, token: agent })).status,
    ).toBe(403);

    expect(await settings()).toEqual(current);
  });

  it('a breach that fell while the server was down is recorded at its true time after a restart', async () => {
    await setClock(FRIDAY_15_CEST);
    // Back to whole working days and the default policies.
    const current = await settings();
    const reset = await saveSettings({ expectedVersion: current.version });
    expect(reset.status).toBe(200);
    expect(reset.body.calendar.mode).toBe('working-days');
    await events.waitFor('sla.recomputed', (r) => r.version === reset.body.version, 15_000);
    const asked = await citizenAsksOnWhatsApp(server, events, 'Mijn parkeervergunning is verlopen', {
      from: '31611000005',
      timestamp: new Date(FRIDAY_15_CEST),
    });
    expect(asked.deadlineAt).toBe(MONDAY_15_CET);
    socket.disconnect();
    await server.kill9();
    // Down from Friday to Tuesday morning.
    server.env.TEST_CLOCK = '2026-10-27T08:00:00.000Z';
    await server.restart();
    await connect();
    let breachedAt: string | null = null;
    for (let attempt = 0; attempt < 50 && breachedAt === null; attempt += 1) {
      breachedAt = (await detail(asked.id)).conversation.breachedAt;
      if (breachedAt === null) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(breachedAt).toBe(MONDAY_15_CET);
    expect(await list('sla=breached')).toContain(asked.id);
  });
});

describe('the test clock does not exist in real use', () => {
  it('answers 404 when TEST_CLOCK is not set', async () => {
    const server = await startServer();
    try {
      const token = await server.login();
      expect((await server.api('/api/test/clock', { token })).status).toBe(404);
      expect(
        (await server.api('/api/test/clock', { method: 'PUT', body: { now: FRIDAY_15_CEST }, token })).status,
      ).toBe(404);
    } finally {
      await server.stop();
    }
  });
});

import { addWorkingHours, DEFAULT_CALENDAR, QUEUES } from '@ingang/shared';
import { Queue } from 'bullmq';
import { citizenAsksOnWhatsApp } from '../support/citizen-asks';
import { startServer, type ServerHandle } from '../support/server-process';
import { connectSocket, recordEvents, type EventRecorder, type IngangSocket } from '../support/socket-client';

/** A question sent so that its 24-working-hour deadline falls `msFromNow` from now (WhatsApp has whole seconds). */
function sentForDeadlineIn(msFromNow: number): Date {
  return addWorkingHours(DEFAULT_CALENDAR, new Date(Date.now() + msFromNow), -24);
}

jest.setTimeout(30_000);

describe('SLA state changes fire at their moment and survive restarts (real server, Redis)', () => {
  let server: ServerHandle;
  let socket: IngangSocket;
  let events: EventRecorder;

  async function connect(): Promise<void> {
    socket = await connectSocket(server.baseUrl, await server.login());
    events = recordEvents(socket);
  }

  async function asks(from: string, sentAt: Date): Promise<string> {
    const conversation = await citizenAsksOnWhatsApp(server, events, 'Wanneer hoor ik iets?', {
      from,
      timestamp: sentAt,
    });
    expect(conversation.deadlineAt).not.toBeNull();
    return conversation.deadlineAt!;
  }

  beforeAll(async () => {
    server = await startServer();
    await connect();
  });

  afterAll(async () => {
    socket?.disconnect();
    await server?.stop();
  });

  it('pushes at risk and then breached, each reporting its true moment, the breach not before the deadline', async () => {
    const deadlineAt = await asks('31650000001', sentForDeadlineIn(2500));
    const atRisk = await events.waitFor('sla.changed', (c) => c.deadlineAt === deadlineAt && c.state === 'at-risk');
    expect(Date.parse(atRisk.at)).toBeLessThan(Date.parse(deadlineAt));
    const breached = await events.waitFor(
      'sla.changed',
      (c) => c.deadlineAt === deadlineAt && c.state === 'breached',
      15_000,
    );
    expect(breached.at).toBe(deadlineAt);
    const received = events.events.find((e) => e.name === 'sla.changed' && e.payload === breached)!.at;
    expect(received.getTime()).toBeGreaterThanOrEqual(Date.parse(deadlineAt));
  });

  it('records a breach that happened while the server was down at its true time, even if Redis lost the job', async () => {
    const deadlineAt = await asks('31650000002', sentForDeadlineIn(1500));
    socket.disconnect();
    await server.kill9();
    const queue = new Queue(QUEUES.sla, {
      connection: { host: '127.0.0.1', port: Number(new URL(server.env.REDIS_URL).port || 6379) },
      prefix: server.env.REDIS_PREFIX,
    });
    await queue.obliterate({ force: true });
    await queue.close();
    await server.restart();
    await connect();
    // Recorded on the conversation at the deadline itself, however late the server noticed.
    const token = await server.login();
    let recorded: string | null = null;
    for (let attempt = 0; attempt < 100 && recorded === null; attempt += 1) {
      const page = await server.api<{ items: { deadlineAt: string | null; breachedAt: string | null }[] }>(
        '/api/conversations',
        { token },
      );
      recorded = page.body.items.find((item) => item.deadlineAt === deadlineAt)?.breachedAt ?? null;
      if (recorded === null)
        await events.waitFor('sla.changed', (c) => c.deadlineAt === deadlineAt, 200).catch(() => undefined);
    }
    expect(recorded).toBe(deadlineAt);
  });
});

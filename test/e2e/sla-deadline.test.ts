import type { ConversationPageDto, ConversationSummaryDto } from '@ingang/shared';
import { citizenAsksOnWhatsApp } from '../support/citizen-asks';
import { startServer, type ServerHandle } from '../support/server-process';
import { connectSocket, recordEvents, type EventRecorder, type IngangSocket } from '../support/socket-client';

describe('SLA deadlines on conversations (real server)', () => {
  let server: ServerHandle;
  let token: string;
  let socket: IngangSocket;
  let events: EventRecorder;

  const asks = (from: string, text: string, sentAt: Date): Promise<ConversationSummaryDto> =>
    citizenAsksOnWhatsApp(server, events, text, { from, timestamp: sentAt });

  beforeAll(async () => {
    server = await startServer();
    token = await server.login();
    socket = await connectSocket(server.baseUrl, token);
    events = recordEvents(socket);
  });

  afterAll(async () => {
    socket?.disconnect();
    await server?.stop();
  });

  it('gives a question from Friday 15:00 CEST its deadline on Monday 15:00 CET, across the clock change', async () => {
    const friday = await asks('31640000001', 'Vraag op vrijdagmiddag', new Date('2026-10-23T13:00:00Z'));
    expect(friday.deadlineAt).toBe('2026-10-26T14:00:00.000Z');
  });

  it('lists the nearest deadline first', async () => {
    // Thursday 09:00 CET → Friday 09:00; Friday 16:00 → Monday 16:00; both earlier than the Friday question above.
    const thursday = await asks('31640000002', 'Vraag op donderdag', new Date('2026-10-22T07:00:00Z'));
    const fridayLate = await asks('31640000003', 'Vraag vrijdag laat', new Date('2026-10-23T14:00:00Z'));
    const page = await server.api<ConversationPageDto>('/api/conversations', { token });
    const order = page.body.items.map((item) => item.contact.handle);
    expect(order.slice(0, 3)).toEqual(['31640000002', '31640000001', '31640000003']);
    expect(thursday.deadlineAt).toBe('2026-10-23T07:00:00.000Z');
    expect(fridayLate.deadlineAt).toBe('2026-10-26T15:00:00.000Z');
  });

  it('clears the deadline when the citizen is answered', async () => {
    const question = await asks('31640000004', 'Nog een vraag', new Date('2026-10-22T07:00:00Z'));
    const answered = events.waitFor('conversation.updated', (c) => c.id === question.id && c.deadlineAt === null);
    const reply = await server.api(`/api/conversations/${question.id}/reply`, {
      method: 'POST',
      body: { template: { name: 'x', language: 'nl', parameters: [] } },
      token,
    });
    expect(reply.status).toBe(202);
    expect((await answered).waitingSince).toBeNull();
  });
});

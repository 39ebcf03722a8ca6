import type {
  ContactDetailDto,
  ContactSummaryDto,
  ConversationDetailDto,
  ConversationSummaryDto,
} from '@ingang/shared';
import { citizenAsksOnWhatsApp } from '../support/citizen-asks';
import { startServer, type ServerHandle } from '../support/server-process';
import { connectSocket, recordEvents, type EventRecorder, type IngangSocket } from '../support/socket-client';

describe('one citizen across addresses (real server)', () => {
  let server: ServerHandle;
  let token: string;
  let socket: IngangSocket;
  let events: EventRecorder;

  const asks = (from: string, name: string, text: string): Promise<ConversationSummaryDto> =>
    citizenAsksOnWhatsApp(server, events, text, { from, name });

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

  it('merges two contacts into one citizen whose history spans both, and flags the repeat contact', async () => {
    const first = await asks('31630000001', 'Fenna Bakker', 'Mijn afvalpas is kwijt');
    const second = await asks('31630000002', 'F. Bakker (werk)', 'Nog een vraag over de afvalpas');

    const found = await server.api<ContactSummaryDto[]>('/api/contacts?query=bakker', { token });
    expect(found.body.map((contact) => contact.id).sort()).toEqual([first.contact.id, second.contact.id].sort());

    const moved = events.waitFor(
      'conversation.updated',
      (c) => c.id === second.id && c.contact.id === first.contact.id,
    );
    const merged = await server.api<ContactDetailDto>(`/api/contacts/${first.contact.id}/merge`, {
      method: 'POST',
      body: { otherContactId: second.contact.id },
      token,
    });
    expect(merged.status).toBe(201);
    expect(merged.body.identities.map((identity) => identity.externalId)).toEqual(['31630000001', '31630000002']);
    expect(merged.body.conversations.map((c) => c.id)).toEqual([second.id, first.id]);
    await moved;

    const detail = await server.api<ConversationDetailDto>(`/api/conversations/${second.id}`, { token });
    expect(detail.body.history.map((c) => c.id)).toEqual([first.id]);
    expect(detail.body.repeatContact).toBe(true);
    expect(detail.body.identities).toHaveLength(2);
    const older = await server.api<ConversationDetailDto>(`/api/conversations/${first.id}`, { token });
    expect(older.body.repeatContact).toBe(false);

    expect((await server.api(`/api/contacts/${second.contact.id}`, { token })).status).toBe(404);
  });

  it('links a known address, merging the contact that already had it', async () => {
    const mine = await asks('31630000003', 'Joost Visser', 'Vraag over parkeren');
    const other = await asks('31630000004', 'Joost', 'Andere telefoon, zelfde vraag');
    const linked = await server.api<ContactDetailDto>(`/api/contacts/${mine.contact.id}/identities`, {
      method: 'POST',
      body: { channel: 'whatsapp', externalId: '31630000004' },
      token,
    });
    expect(linked.status).toBe(201);
    expect(linked.body.conversations.map((c) => c.id).sort()).toEqual([mine.id, other.id].sort());

    const email = await server.api<ContactDetailDto>(`/api/contacts/${mine.contact.id}/identities`, {
      method: 'POST',
      body: { channel: 'email', externalId: 'Joost.Visser@Example.nl' },
      token,
    });
    expect(email.body.identities).toContainEqual({
      channel: 'email',
      externalId: 'joost.visser@example.nl',
      displayName: null,
    });

    const renamed = await server.api<ContactDetailDto>(`/api/contacts/${mine.contact.id}`, {
      method: 'PATCH',
      body: { displayName: 'Joost Visser' },
      token,
    });
    expect(renamed.body.displayName).toBe('Joost Visser');
    await events.waitFor('conversation.updated', (c) => c.id === other.id && c.contact.displayName === 'Joost Visser');
  });

  it('refuses bad requests with a clear error', async () => {
    const someone = await asks('31630000005', 'Iemand', 'Hallo');
    const id = someone.contact.id;
    const cases: [string, { method?: string; body?: unknown }, number, string][] = [
      [`/api/contacts/${id}/merge`, { method: 'POST', body: { otherContactId: id } }, 400, 'VALIDATION_FAILED'],
      [
        `/api/contacts/${id}/merge`,
        { method: 'POST', body: { otherContactId: '00000000-0000-4000-8000-000000000000' } },
        404,
        'NOT_FOUND',
      ],
      [
        `/api/contacts/${id}/merge`,
        { method: 'POST', body: { otherContactId: "1' OR '1'='1" } },
        400,
        'VALIDATION_FAILED',
      ],
      [
        `/api/contacts/${id}/identities`,
        { method: 'POST', body: { channel: 'fax', externalId: '123' } },
        400,
        'VALIDATION_FAILED',
      ],
      [`/api/contacts/${id}`, { method: 'PATCH', body: { displayName: '' } }, 400, 'VALIDATION_FAILED'],
      ['/api/contacts?query=a', {}, 400, 'VALIDATION_FAILED'],
      ['/api/contacts/not-a-uuid', {}, 400, 'HTTP_400'],
    ];
    for (const [path, init, status, code] of cases) {
      const response = await server.api<{ error: { code: string } }>(path, { ...init, token });
      expect([path, response.status, response.body.error.code]).toEqual([path, status, code]);
    }
    const percent = await server.api<ContactSummaryDto[]>('/api/contacts?query=%25%25', { token });
    expect(percent.body).toEqual([]);
    expect((await server.api('/api/contacts?query=iemand')).status).toBe(401);
  });
});

import type { ApiErrorBody, ChannelAccountDto, UserDto } from '@ingang/shared';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { startServer, type ApiResponse, type ServerHandle } from '../support/server-process';

const hex = (bytes = 16) => randomBytes(bytes).toString('hex');

// Every secret value this suite ever sends, replaced and removed ones included: none may come back, be logged or be
// readable in the database file.
const sentSecrets: string[] = [];
function secret(prefix: string): string {
  const value = `${prefix}${hex()}`;
  sentSecrets.push(value);
  return value;
}

const whatsappSecrets = {
  appSecret: secret(''),
  verifyToken: secret('verify-'),
  accessToken: secret('EAAG'),
};

function expectNoSecretIn(text: string, where: string): void {
  const leaked = sentSecrets.filter((value) => text.includes(value));
  if (leaked.length > 0) throw new Error(`${leaked.length} secret value(s) found in ${where}`);
}

describe('channel accounts managed by the administrator (real server)', () => {
  let server: ServerHandle;
  let token: string;
  const answers: string[] = [];
  let whatsapp: ChannelAccountDto;

  async function call<T>(path: string, init: { method?: string; body?: unknown; token?: string } = {}) {
    const response = await server.api<T>(path, { ...init, token: init.token ?? token });
    answers.push(typeof response.body === 'string' ? response.body : JSON.stringify(response.body));
    return response;
  }

  async function listed(): Promise<ChannelAccountDto[]> {
    const response = await call<ChannelAccountDto[]>('/api/admin/channel-accounts');
    expect(response.status).toBe(200);
    return response.body;
  }

  function expectError(response: ApiResponse<unknown>, status: number, code: string): void {
    expect({ status: response.status, code: (response.body as ApiErrorBody).error?.code }).toEqual({ status, code });
    expect(typeof (response.body as ApiErrorBody).error.message).toBe('string');
  }

  beforeAll(async () => {
    server = await startServer();
    token = await server.login();
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('generates a key once into the data folder, readable by its owner only, and says so in one line', () => {
    const keyFile = join(server.dataDir, 'secrets.key');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'base64')).toHaveLength(32);
    const lines = server.logs().split('\n');
    expect(lines.filter((line) => line.includes('SECRETS_KEY is not set'))).toEqual([
      `SECRETS_KEY is not set: generated a key for the channel secrets in ${keyFile}; in production set SECRETS_KEY`,
    ]);
  });

  it('creates an account and answers which secrets are set, never their values', async () => {
    const created = await call<ChannelAccountDto>('/api/admin/channel-accounts', {
      body: {
        channel: 'whatsapp',
        externalId: '106540352242922',
        name: 'WhatsApp Gemeente',
        secrets: whatsappSecrets,
        settings: { businessAccountId: '102290129340398' },
      },
    });
    expect(created.status).toBe(201);
    whatsapp = created.body;
    expect(whatsapp).toEqual({
      id: expect.any(String),
      channel: 'whatsapp',
      externalId: '106540352242922',
      name: 'WhatsApp Gemeente',
      enabled: true,
      settings: { businessAccountId: '102290129340398' },
      secretsSet: ['appSecret', 'verifyToken', 'accessToken'],
      secretsUnreadable: false,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(await listed()).toEqual([whatsapp]);
  });

  it('replaces a secret given, removes one given as an empty string and keeps one left out', async () => {
    const updated = await call<ChannelAccountDto>(`/api/admin/channel-accounts/${whatsapp.id}`, {
      method: 'PATCH',
      body: { name: 'WhatsApp KCC', secrets: { accessToken: secret('EAAG'), verifyToken: '' }, enabled: false },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      name: 'WhatsApp KCC',
      enabled: false,
      secretsSet: ['appSecret', 'accessToken'],
      settings: { businessAccountId: '102290129340398' },
    });
    const cleared = await call<ChannelAccountDto>(`/api/admin/channel-accounts/${whatsapp.id}`, {
      method: 'PATCH',
      body: { settings: { businessAccountId: '' }, enabled: true },
    });
    expect(cleared.body).toMatchObject({ enabled: true, settings: {}, secretsSet: ['appSecret', 'accessToken'] });
    whatsapp = cleared.body;
    expect(server.logs()).toContain(
      `channel account ${whatsapp.id} (whatsapp 106540352242922) updated (name, enabled, ` +
        `secrets.verifyToken (removed), secrets.accessToken) by ${server.admin.email}`,
    );
  });

  it('keeps accounts of every channel, more than one per channel', async () => {
    const accounts = [
      {
        channel: 'whatsapp',
        externalId: '106540352242923',
        name: 'WhatsApp Burgerzaken',
        secrets: { appSecret: secret('') },
      },
      {
        channel: 'messenger',
        externalId: '112233445566',
        name: 'Facebook Gemeente',
        secrets: { appSecret: secret(''), verifyToken: secret('v-'), pageToken: secret('EAAB') },
      },
      {
        channel: 'twitter',
        externalId: '2244994945',
        name: 'X @gemeente',
        secrets: { consumerKey: secret(''), consumerSecret: secret(''), accessToken: secret('1-') },
      },
      {
        channel: 'email',
        externalId: 'Vragen@Gemeente.NL',
        name: 'Vragen-mailbox',
        secrets: { smtpRelayUrl: `smtps://kcc:${secret('pw')}@smtp.gemeente.nl:465` },
        settings: { fromName: 'Gemeente Voorbeeld' },
      },
    ];
    for (const body of accounts) {
      expect((await call('/api/admin/channel-accounts', { body })).status).toBe(201);
    }
    const summary = (await listed()).map((account) => [account.channel, account.externalId, account.secretsSet]);
    expect(summary).toEqual([
      ['email', 'vragen@gemeente.nl', ['smtpRelayUrl']],
      ['messenger', '112233445566', ['appSecret', 'verifyToken', 'pageToken']],
      ['twitter', '2244994945', ['consumerKey', 'consumerSecret', 'accessToken']],
      ['whatsapp', '106540352242923', ['appSecret']],
      ['whatsapp', '106540352242922', ['appSecret', 'accessToken']],
    ]);
  });

  it('refuses a second account with the same channel and id', async () => {
    const duplicate = await call('/api/admin/channel-accounts', {
      body: { channel: 'whatsapp', externalId: '106540352242922', name: 'Dubbel' },
    });
    expectError(duplicate, 409, 'ALREADY_EXISTS');
    const other = (await listed()).find((account) => account.externalId === '106540352242923');
    const moved = await call(`/api/admin/channel-accounts/${other?.id}`, {
      method: 'PATCH',
      body: { externalId: '106540352242922' },
    });
    expectError(moved, 409, 'ALREADY_EXISTS');
  });

  it.each([
    ['an unknown field', { channel: 'whatsapp', externalId: '1', name: 'x', webhookUrl: 'http://evil' }],
    ['a secret of another channel', { channel: 'whatsapp', externalId: '1', name: 'x', secrets: { pageToken: 'a' } }],
    ['a secret that is not a string', { channel: 'whatsapp', externalId: '1', name: 'x', secrets: { appSecret: 1 } }],
    ['an operator object', { channel: 'whatsapp', externalId: { $ne: '' }, name: 'x' }],
    ['an id that is not a number', { channel: 'whatsapp', externalId: "1'; DROP TABLE users; --", name: 'x' }],
    ['an oversized name', { channel: 'twitter', externalId: '1', name: 'n'.repeat(10_000) }],
    [
      'an oversized secret',
      { channel: 'twitter', externalId: '1', name: 'x', secrets: { consumerKey: 'k'.repeat(5000) } },
    ],
    ['a name with a line break', { channel: 'twitter', externalId: '1', name: 'x\naudit forged' }],
    ['an unknown channel', { channel: 'instagram', externalId: '1', name: 'x' }],
    ['an array', [{ channel: 'twitter', externalId: '1', name: 'x' }]],
    ['a prototype key', JSON.parse('{"channel":"twitter","externalId":"1","name":"x","__proto__":{"admin":true}}')],
  ])('refuses %s with 400 and a JSON error', async (_case, body) => {
    expectError(await call('/api/admin/channel-accounts', { body }), 400, 'VALIDATION_FAILED');
  });

  it('refuses a hostile change, malformed JSON and a body that is too large', async () => {
    const path = `/api/admin/channel-accounts/${whatsapp.id}`;
    expectError(await call(path, { method: 'PATCH', body: { secrets: { pageToken: 'x' } } }), 400, 'VALIDATION_FAILED');
    expectError(await call(path, { method: 'PATCH', body: { channel: 'email' } }), 400, 'VALIDATION_FAILED');
    expectError(await call(path, { method: 'PATCH', body: { secrets: ['appSecret'] } }), 400, 'VALIDATION_FAILED');
    expectError(
      await call(path, { method: 'PATCH', body: { secrets: { accessToken: 'has spaces in it' } } }),
      400,
      'VALIDATION_FAILED',
    );
    expect((await call('/api/admin/channel-accounts/not-a-uuid', { method: 'PATCH', body: {} })).status).toBe(400);
    expectError(
      await call(`/api/admin/channel-accounts/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`, {
        method: 'PATCH',
        body: { name: 'x' },
      }),
      404,
      'NOT_FOUND',
    );
    const malformed = await fetch(`${server.baseUrl}/api/admin/channel-accounts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{"channel":"whatsapp",',
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as ApiErrorBody).error.code).toBe('INVALID_JSON');
    const huge = await call('/api/admin/channel-accounts', {
      body: { channel: 'whatsapp', externalId: '1', name: 'x', secrets: { appSecret: 'a'.repeat(2_000_000) } },
    });
    expectError(huge, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('lets only administrators manage accounts and users', async () => {
    const password = hex(10);
    const agent = await call<UserDto>('/api/admin/users', {
      body: { email: 'Agent@Gemeente.nl', name: 'Anna Agent', role: 'agent', password },
    });
    expect(agent.status).toBe(201);
    expect(agent.body).toEqual({
      id: expect.any(String),
      email: 'agent@gemeente.nl',
      name: 'Anna Agent',
      role: 'agent',
      departmentId: null,
      maxConversations: null,
      createdAt: expect.any(String),
      disabledAt: null,
    });
    const again = await call('/api/admin/users', {
      body: { email: 'agent@gemeente.nl', name: 'Anna', role: 'agent', password },
    });
    expectError(again, 409, 'ALREADY_EXISTS');
    for (const body of [
      { email: 'b@gemeente.nl', name: 'B', role: 'root', password },
      { email: 'b@gemeente.nl', name: 'B', role: 'agent', password: 'short' },
      { email: 'not an address', name: 'B', role: 'agent', password },
      { email: 'b@gemeente.nl', name: 'B', role: 'agent', password, passwordHash: 'x' },
    ]) {
      expectError(await call('/api/admin/users', { body }), 400, 'VALIDATION_FAILED');
    }
    const users = await call<UserDto[]>('/api/admin/users');
    expect(users.body.map((user) => [user.email, user.role])).toEqual([
      ['agent@gemeente.nl', 'agent'],
      [server.admin.email, 'admin'],
    ]);
    expect(JSON.stringify(users.body)).not.toMatch(/password/i);

    const agentToken = await server.login('agent@gemeente.nl', password);
    expect((await call<UserDto>('/api/auth/me', { token: agentToken })).body.role).toBe('agent');
    const refused = [
      await call('/api/admin/channel-accounts', { token: agentToken }),
      await call('/api/admin/channel-accounts', {
        token: agentToken,
        body: { channel: 'twitter', externalId: '9', name: 'x' },
      }),
      await call(`/api/admin/channel-accounts/${whatsapp.id}`, {
        token: agentToken,
        method: 'PATCH',
        body: { enabled: false },
      }),
      await call(`/api/admin/channel-accounts/${whatsapp.id}`, { token: agentToken, method: 'DELETE' }),
      await call('/api/admin/users', { token: agentToken }),
      await call('/api/admin/users', {
        token: agentToken,
        body: { email: 'me@gemeente.nl', name: 'Me', role: 'admin', password },
      }),
    ];
    for (const response of refused) expectError(response, 403, 'FORBIDDEN');
    expect((await listed()).find((account) => account.id === whatsapp.id)?.enabled).toBe(true);

    const anonymous = await server.api('/api/admin/channel-accounts');
    expectError(anonymous, 401, 'UNAUTHENTICATED');
  });

  it('stores the secrets encrypted: the database file holds ciphertext only', async () => {
    const file = join(server.dataDir, 'ingang.sqlite');
    const database = await new DataSource({ type: 'sqlite', database: file }).initialize();
    try {
      const rows = await database.query<{ secrets: string }[]>('SELECT secrets FROM channel_accounts');
      expect(rows).toHaveLength(5);
      for (const row of rows) expect(row.secrets).toMatch(/^v1:[A-Za-z0-9+/]{16}:[A-Za-z0-9+/=]{24}:[A-Za-z0-9+/=]+$/);
    } finally {
      await database.destroy();
    }
    for (const path of [file, `${file}-wal`].filter((candidate) => existsSync(candidate))) {
      expectNoSecretIn(readFileSync(path).toString('latin1'), path);
    }
  });

  it('reads the secrets back after a restart with the same key', async () => {
    const before = await listed();
    await server.restart();
    token = await server.login();
    // The names of the secrets that are set live inside the ciphertext: listing them means decrypting it.
    expect(await listed()).toEqual(before);
    expect(server.logs().match(/SECRETS_KEY is not set/g)).toHaveLength(1);
  });

  it('keeps running with another key, shows the secrets as unreadable, and takes new ones', async () => {
    server.env.SECRETS_KEY = randomBytes(32).toString('base64');
    await server.restart();
    token = await server.login();
    const accounts = await listed();
    expect(accounts).toHaveLength(5);
    for (const account of accounts) expect(account).toMatchObject({ secretsUnreadable: true, secretsSet: [] });
    expect(server.logs()).toContain(
      `channel account ${whatsapp.id} (whatsapp 106540352242922): stored secrets cannot be decrypted: SECRETS_KEY is ` +
        'not the key they were stored with, or they were altered; enter its secrets again',
    );

    const renamed = await call<ChannelAccountDto>(`/api/admin/channel-accounts/${whatsapp.id}`, {
      method: 'PATCH',
      body: { name: 'WhatsApp Gemeente' },
    });
    expect(renamed.body).toMatchObject({ name: 'WhatsApp Gemeente', secretsUnreadable: true });
    const reentered = await call<ChannelAccountDto>(`/api/admin/channel-accounts/${whatsapp.id}`, {
      method: 'PATCH',
      body: { secrets: { appSecret: secret(''), accessToken: secret('EAAG') } },
    });
    expect(reentered.body).toMatchObject({ secretsUnreadable: false, secretsSet: ['appSecret', 'accessToken'] });
  });

  it('deletes an account', async () => {
    const deleted = await call(`/api/admin/channel-accounts/${whatsapp.id}`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect((await listed()).map((account) => account.id)).not.toContain(whatsapp.id);
    expectError(await call(`/api/admin/channel-accounts/${whatsapp.id}`, { method: 'DELETE' }), 404, 'NOT_FOUND');
    expect(server.logs()).toContain(
      `channel account ${whatsapp.id} (whatsapp 106540352242922) deleted by ${server.admin.email}`,
    );
  });

  it('never sent a secret back, nor wrote one to its logs', () => {
    expect(answers.length).toBeGreaterThan(30);
    expectNoSecretIn(answers.join('\n'), 'the answers');
    expectNoSecretIn(server.logs(), 'the server logs');
  });
});

import { Logger } from '@nestjs/common';
import type { CreateChannelAccount } from '@ingang/shared';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AuditLog } from '../../server/src/audit/audit-log';
import { ChannelAccount } from '../../server/src/channel-accounts/channel-account.entity';
import { ChannelAccountsService } from '../../server/src/channel-accounts/channel-accounts.service';
import { SecretsCipher, SecretsUnreadableError } from '../../server/src/channel-accounts/secrets-cipher';
import { Clock } from '../../server/src/common/clock';
import { Transactions } from '../../server/src/database/transactions';
import { createTestDatabase, DATABASE_KINDS, openDataSource, type TestDatabase } from '../support/test-databases';

class TestClock extends Clock {
  at = new Date('2026-03-02T09:00:00Z');

  override now(): Date {
    return this.at;
  }

  advance(ms: number): void {
    this.at = new Date(this.at.getTime() + ms);
  }
}

const admin = { id: '4a0f6f8e-5b7c-4d2e-9f10-2b3c4d5e6f70', email: 'beheer@gemeente.nl' };

const whatsappNumber = (externalId: string, appSecret: string, enabled = true): CreateChannelAccount => ({
  channel: 'whatsapp',
  externalId,
  name: `WhatsApp ${externalId}`,
  enabled,
  settings: { businessAccountId: '102290129340398' },
  secrets: { appSecret, verifyToken: 'verify-me', accessToken: `EAAG${externalId}` },
});

describe.each(DATABASE_KINDS)('channel accounts on %s', (kind) => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let clock: TestClock;
  let audit: jest.Mocked<AuditLog>;
  let loggedErrors: jest.SpyInstance;
  const key = randomBytes(32);

  function service(cipherKey: Buffer = key): ChannelAccountsService {
    return new ChannelAccountsService(
      dataSource.getRepository(ChannelAccount),
      new Transactions(dataSource),
      new SecretsCipher(cipherKey),
      clock,
      audit,
    );
  }

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    dataSource = await openDataSource(database.url);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  beforeEach(async () => {
    await dataSource.getRepository(ChannelAccount).clear();
    clock = new TestClock();
    audit = { record: jest.fn() } as unknown as jest.Mocked<AuditLog>;
    loggedErrors = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });

  afterEach(() => loggedErrors.mockRestore());

  it('gives a channel adapter the decrypted settings and secrets of an enabled account', async () => {
    const sut = service();
    await sut.create(whatsappNumber('106540352242922', 'app-secret-1'), admin);
    await sut.create(
      {
        channel: 'email',
        externalId: 'vragen@gemeente.nl',
        name: 'Vragen',
        enabled: true,
        settings: { fromName: 'Gemeente' },
        secrets: { smtpRelayUrl: 'smtps://kcc:pw@smtp.gemeente.nl', imapUrl: '' },
      },
      admin,
    );

    expect(await sut.credentials('whatsapp', '106540352242922')).toEqual({
      settings: { businessAccountId: '102290129340398' },
      secrets: { appSecret: 'app-secret-1', verifyToken: 'verify-me', accessToken: 'EAAG106540352242922' },
    });
    expect(await sut.credentials('email', 'Vragen@Gemeente.NL')).toEqual({
      settings: { fromName: 'Gemeente' },
      secrets: { smtpRelayUrl: 'smtps://kcc:pw@smtp.gemeente.nl' },
    });
    expect(await sut.credentials('whatsapp', '999')).toBeNull();
    expect(await sut.credentials('messenger', '106540352242922')).toBeNull();
  });

  it("offers every enabled account's secret for a webhook signature check", async () => {
    const sut = service();
    await sut.create(whatsappNumber('1001', 'secret-a'), admin);
    await sut.create(whatsappNumber('1002', 'secret-b'), admin);
    await sut.create(whatsappNumber('1003', 'secret-c', false), admin);
    await sut.create(whatsappNumber('1004', 'secret-a'), admin);

    expect((await sut.secretCandidates('whatsapp', 'appSecret')).sort()).toEqual(['secret-a', 'secret-b']);
    expect(await sut.secretCandidates('messenger', 'appSecret')).toEqual([]);
    expect(await sut.credentials('whatsapp', '1003')).toBeNull();
  });

  it('stores the secrets as ciphertext in the column', async () => {
    const created = await service().create(whatsappNumber('1001', 'app-secret-in-plain-sight'), admin);
    const [row] = await dataSource.query<{ secrets: string; settings: string }[]>(
      'SELECT secrets, settings FROM channel_accounts',
    );
    expect(row.secrets).toMatch(/^v1:[^:]+:[^:]+:[^:]+$/);
    expect(row.secrets).not.toContain('app-secret-in-plain-sight');
    expect(row.secrets).not.toContain('appSecret');
    expect(JSON.parse(row.settings)).toEqual({ businessAccountId: '102290129340398' });
    expect(created.secretsSet).toEqual(['appSecret', 'verifyToken', 'accessToken']);
  });

  it('shows a change at once in the process that made it, and in another one within ten seconds', async () => {
    const sut = service();
    const otherProcess = service();
    const { id } = await sut.create(whatsappNumber('1001', 'before'), admin);
    expect(await sut.secretCandidates('whatsapp', 'appSecret')).toEqual(['before']);
    expect(await otherProcess.secretCandidates('whatsapp', 'appSecret')).toEqual(['before']);

    await sut.update(id, { secrets: { appSecret: 'after' } }, admin);
    expect(await sut.secretCandidates('whatsapp', 'appSecret')).toEqual(['after']);
    expect(await otherProcess.secretCandidates('whatsapp', 'appSecret')).toEqual(['before']);
    clock.advance(10_001);
    expect(await otherProcess.secretCandidates('whatsapp', 'appSecret')).toEqual(['after']);

    await sut.update(id, { enabled: false }, admin);
    expect(await sut.credentials('whatsapp', '1001')).toBeNull();
    await sut.update(id, { enabled: true, secrets: { appSecret: '', verifyToken: 'new-verify' } }, admin);
    expect(await sut.credentials('whatsapp', '1001')).toMatchObject({
      secrets: { verifyToken: 'new-verify', accessToken: 'EAAG1001' },
    });
    await sut.remove(id, admin);
    expect(await sut.credentials('whatsapp', '1001')).toBeNull();
    expect(audit.record.mock.calls.map(([, action]) => action)).toEqual([
      `channel account ${id} (whatsapp 1001) created`,
      `channel account ${id} (whatsapp 1001) updated (secrets.appSecret)`,
      `channel account ${id} (whatsapp 1001) updated (enabled)`,
      `channel account ${id} (whatsapp 1001) updated (enabled, secrets.appSecret (removed), secrets.verifyToken)`,
      `channel account ${id} (whatsapp 1001) deleted`,
    ]);
  });

  it('reads the secrets back after a restart with the same key', async () => {
    await service().create(whatsappNumber('1001', 'kept-across-restarts'), admin);
    const restarted = service(Buffer.from(key));
    expect(await restarted.credentials('whatsapp', '1001')).toMatchObject({
      secrets: { appSecret: 'kept-across-restarts' },
    });
  });

  it('with another key: says so clearly, keeps serving the other accounts and takes new secrets', async () => {
    const { id } = await service().create(whatsappNumber('1001', 'old-key-secret'), admin);
    const sut = service(randomBytes(32));
    await sut.create(whatsappNumber('1002', 'new-key-secret'), admin);

    expect((await sut.list()).map((account) => [account.externalId, account.secretsUnreadable])).toEqual([
      ['1001', true],
      ['1002', false],
    ]);
    await expect(sut.credentials('whatsapp', '1001')).rejects.toThrow(
      new SecretsUnreadableError(
        'The secrets of channel account whatsapp 1001 cannot be decrypted with this SECRETS_KEY',
      ),
    );
    expect(await sut.secretCandidates('whatsapp', 'appSecret')).toEqual(['new-key-secret']);
    expect(loggedErrors).toHaveBeenCalledWith(
      `channel account ${id} (whatsapp 1001): stored secrets cannot be decrypted: SECRETS_KEY is not the key they ` +
        'were stored with, or they were altered; enter its secrets again',
    );

    await sut.update(id, { secrets: { appSecret: 'entered-again' } }, admin);
    expect(await sut.credentials('whatsapp', '1001')).toEqual({
      settings: { businessAccountId: '102290129340398' },
      secrets: { appSecret: 'entered-again' },
    });
  });
});

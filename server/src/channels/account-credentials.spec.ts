import type { Channel, ChannelCredentials } from '@ingang/shared';
import type { ChannelAccountsService } from '../channel-accounts/channel-accounts.service';
import { SecretsUnreadableError } from '../channel-accounts/secrets-cipher';
import { AccountCredentials } from './account-credentials';
import { ChannelSendError } from './channel.adapter';

type Stored = { externalId: string; credentials: ChannelCredentials<'whatsapp'> | 'unreadable' };

/** The accounts service over a fixed list of enabled WhatsApp accounts. */
function accountsOf(stored: Stored[]) {
  const accounts = {
    enabledExternalIds: jest.fn(async () => stored.map((account) => account.externalId)),
    secretCandidates: jest.fn(async (_channel: Channel, name: string) =>
      stored.flatMap((account) => {
        const value = account.credentials === 'unreadable' ? undefined : (account.credentials.secrets as never)[name];
        return value ? [value] : [];
      }),
    ),
    credentials: jest.fn(async (_channel: Channel, externalId: string) => {
      const account = stored.find((candidate) => candidate.externalId === externalId);
      if (account?.credentials === 'unreadable') throw new SecretsUnreadableError('another key');
      return account?.credentials ?? null;
    }),
  };
  return { accounts, sut: new AccountCredentials(accounts as unknown as ChannelAccountsService) };
}

const environment: ChannelCredentials<'whatsapp'> = {
  settings: { businessAccountId: 'WABA-ENV' },
  secrets: { appSecret: 'env-secret', accessToken: 'env-token' },
};
const number1: Stored = {
  externalId: '1001',
  credentials: { settings: {}, secrets: { appSecret: 'secret-1', accessToken: 'token-1' } },
};
const number2: Stored = {
  externalId: '1002',
  credentials: { settings: { businessAccountId: 'WABA-2' }, secrets: { appSecret: 'secret-2' } },
};
const hasToken = (credentials: ChannelCredentials<'whatsapp'>) => Boolean(credentials.secrets.accessToken);

describe(AccountCredentials.name, () => {
  it('counts a channel as configured by its environment, without asking the database, or by an enabled account', async () => {
    const none = accountsOf([]);
    expect(await none.sut.configured('whatsapp', true)).toBe(true);
    expect(none.accounts.enabledExternalIds).not.toHaveBeenCalled();
    expect(await none.sut.configured('whatsapp', false)).toBe(false);
    expect(await accountsOf([number1]).sut.configured('whatsapp', false)).toBe(true);
  });

  it("offers the environment's secret first, then each account's, without repeats", async () => {
    const { sut } = accountsOf([number1, number2, { ...number1, externalId: '1003' }]);
    expect(await sut.candidates('whatsapp', 'appSecret', 'env-secret')).toEqual(['env-secret', 'secret-1', 'secret-2']);
    expect(await sut.candidates('whatsapp', 'appSecret', undefined)).toEqual(['secret-1', 'secret-2']);
  });

  it("accepts what the environment's secret or any account's gives, and nothing else", async () => {
    const { sut } = accountsOf([number1, number2]);
    const signed = (secret: string) => `signed:${secret}`;
    for (const secret of ['env-secret', 'secret-1', 'secret-2']) {
      expect(await sut.matchesAny('whatsapp', 'appSecret', 'env-secret', signed(secret), signed)).toBe(true);
    }
    expect(await sut.matchesAny('whatsapp', 'appSecret', 'env-secret', signed('other'), signed)).toBe(false);
    expect(await sut.matchesAny('whatsapp', 'appSecret', undefined, signed('env-secret'), signed)).toBe(false);
    expect(await sut.matchesAny('whatsapp', 'appSecret', 'env-secret', undefined, signed)).toBe(false);
    expect(await sut.matchesAny('whatsapp', 'appSecret', 'env-secret', [signed('env-secret')], signed)).toBe(false);
  });

  it('calls for an enabled account with its own fields, each one it leaves empty taken from the environment', async () => {
    const { sut } = accountsOf([number1, number2]);
    expect(await sut.forAccount('whatsapp', '1001', environment, hasToken)).toEqual({
      source: 'account',
      settings: { businessAccountId: 'WABA-ENV' },
      secrets: { appSecret: 'secret-1', accessToken: 'token-1' },
    });
    expect(await sut.forAccount('whatsapp', '1002', environment, hasToken)).toEqual({
      source: 'account',
      settings: { businessAccountId: 'WABA-2' },
      secrets: { appSecret: 'secret-2', accessToken: 'env-token' },
    });
  });

  it('calls for a number without an enabled account with the environment, when that suffices', async () => {
    const { sut } = accountsOf([number1]);
    expect(await sut.forAccount('whatsapp', '1009', environment, hasToken)).toEqual({
      source: 'environment',
      ...environment,
    });
  });

  it('fails a disabled, deleted or unreadable account for good when the environment does not cover it', async () => {
    const { sut } = accountsOf([{ externalId: '1004', credentials: 'unreadable' }]);
    const bare: ChannelCredentials<'whatsapp'> = { settings: {}, secrets: {} };
    const gone = sut.forAccount('whatsapp', '1009', bare, hasToken);
    await expect(gone).rejects.toBeInstanceOf(ChannelSendError);
    await expect(gone).rejects.toMatchObject({ retryable: false, failureCode: 'ACCOUNT_DISABLED' });
    await expect(sut.forAccount('whatsapp', '1004', bare, hasToken)).rejects.toMatchObject({
      failureCode: 'ACCOUNT_DISABLED',
      detail: expect.stringContaining('cannot be decrypted'),
    });
    expect((await sut.forAccount('whatsapp', '1004', environment, hasToken)).source).toBe('environment');
  });

  it('lists the enabled accounts, oldest first, with no credentials where they cannot be read', async () => {
    const { sut } = accountsOf([number1, { externalId: '1004', credentials: 'unreadable' }]);
    expect(await sut.enabledAccounts('whatsapp')).toEqual([
      { externalId: '1001', credentials: number1.credentials },
      { externalId: '1004', credentials: null },
    ]);
  });
});

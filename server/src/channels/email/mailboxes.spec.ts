import type { ChannelCredentials } from '@ingang/shared';
import type { ChannelAccountsService } from '../../channel-accounts/channel-accounts.service';
import { AppConfig } from '../../config/app-config';
import { AccountCredentials } from '../account-credentials';
import { Mailboxes } from './mailboxes';

const ENV_IMAP = 'imap://kcc:pw@mail.gemeente.test:143';

/** Mailboxes over these enabled e-mail accounts (oldest first) and this environment. */
function mailboxes(accounts: Record<string, ChannelCredentials<'email'>>, env: Record<string, string> = {}) {
  const service = {
    enabledExternalIds: async () => Object.keys(accounts),
    credentials: async (_channel: string, address: string) => accounts[address] ?? null,
    secretCandidates: async () => [],
  };
  return new Mailboxes(AppConfig.fromEnv(env), new AccountCredentials(service as unknown as ChannelAccountsService));
}

const wonen: ChannelCredentials<'email'> = { settings: {}, secrets: { imapUrl: 'imap://wonen:pw@mail.gemeente.test' } };
const zorg: ChannelCredentials<'email'> = { settings: {}, secrets: {} };

describe(Mailboxes.name, () => {
  it('receives once there is an inbox: MAIL_INBOX_ADDRESS or an enabled account', async () => {
    expect(await mailboxes({}).receiving()).toBe(false);
    expect(await mailboxes({}, { MAIL_INBOX_ADDRESS: 'vragen@gemeente.test' }).receiving()).toBe(true);
    expect(await mailboxes({ 'zorg@gemeente.test': zorg }).receiving()).toBe(true);
  });

  it('knows the inbox address and every enabled account’s, in any case, and no other', async () => {
    const sut = mailboxes({ 'zorg@gemeente.test': zorg }, { MAIL_INBOX_ADDRESS: 'vragen@gemeente.test' });
    expect(await sut.inboxOf('Vragen@Gemeente.test')).toBe('vragen@gemeente.test');
    expect(await sut.inboxOf('ZORG@gemeente.test')).toBe('zorg@gemeente.test');
    expect(await sut.inboxOf('wonen@gemeente.test')).toBeNull();
  });

  it('polls IMAP_URL for the inbox and each account with its own imapUrl, a mailbox shared with the inbox once', async () => {
    const sut = mailboxes(
      {
        'wonen@gemeente.test': wonen,
        'zorg@gemeente.test': zorg,
        'kcc@gemeente.test': { settings: {}, secrets: { imapUrl: ENV_IMAP } },
      },
      { MAIL_INBOX_ADDRESS: 'vragen@gemeente.test', SMTP_RELAY_URL: 'smtp://relay.test', IMAP_URL: ENV_IMAP },
    );
    expect(await sut.polled()).toEqual([
      { address: 'vragen@gemeente.test', imapUrl: ENV_IMAP },
      { address: 'wonen@gemeente.test', imapUrl: wonen.secrets.imapUrl },
    ]);
  });
});

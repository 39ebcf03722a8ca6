import type { ChannelAccountDto, ConversationSummaryDto, MessageDto } from '@ingang/shared';
import { SmtpSink } from '../providers/smtp-sink';
import { startDovecot, type DovecotHandle } from '../support/dovecot';
import { composeMail, sendCitizenMail, TEST_INBOX, type CitizenMail } from '../support/email-messages';
import { freePort, startServer, type ServerHandle } from '../support/server-process';
import { connectSocket, recordEvents, type EventRecorder, type IngangSocket } from '../support/socket-client';

// A second mailbox of the municipality, entered by the administrator with its own relay and IMAP mailbox, beside
// MAIL_INBOX_ADDRESS with SMTP_RELAY_URL from the environment.
const WONEN = 'wonen@gemeente.test';

describe('A mailbox entered as a channel account, beside the inbox of the environment (real server)', () => {
  let environmentRelay: SmtpSink;
  let accountRelay: SmtpSink;
  let accountMailbox: DovecotHandle;
  let server: ServerHandle;
  let smtpPort: number;
  let token: string;
  let socket: IngangSocket;
  let events: EventRecorder;
  let account: ChannelAccountDto;
  let citizens = 0;

  const citizen = () => `inwoner.${(citizens += 1)}@example.nl`;
  const send = (mail: CitizenMail) => sendCitizenMail(smtpPort, mail);
  const created = (from: string) =>
    events.waitFor('conversation.created', (c) => c.channel === 'email' && c.contact.handle === from, 10_000);

  /** A citizen mails `to`; resolves with the conversation it opened. */
  async function citizenMails(to: string, subject: string): Promise<ConversationSummaryDto> {
    const from = citizen();
    const conversation = created(from);
    const delivered = await send({ from, to, subject, text: `${subject}?` });
    expect(delivered.response).toMatch(/^250 /);
    return conversation;
  }

  /** The agent answers; resolves with the mail as the relay `relay` received it. */
  async function agentAnswers(conversation: ConversationSummaryDto, text: string, relay: SmtpSink) {
    const answer = await server.api<MessageDto>(`/api/conversations/${conversation.id}/reply`, {
      method: 'POST',
      token,
      body: { text },
    });
    expect(answer.status).toBe(202);
    const mail = await relay.waitForMail((m) => m.parsed.text?.includes(text) ?? false, 10_000);
    await events.waitFor('message.updated', (m) => m.id === answer.body.id && m.delivery?.status === 'sent', 10_000);
    return mail;
  }

  const fromOf = (mail: { parsed: { from?: { value: { name: string; address?: string }[] } } }) =>
    mail.parsed.from?.value[0];

  beforeAll(async () => {
    environmentRelay = await SmtpSink.start({ user: 'kcc-relay', password: 'kcc-secret' });
    accountRelay = await SmtpSink.start({ user: 'wonen-relay', password: 'wonen-secret' });
    accountMailbox = await startDovecot();
    smtpPort = await freePort();
    server = await startServer({
      MAIL_INBOX_ADDRESS: TEST_INBOX,
      MAIL_FROM_NAME: 'Gemeente Ingang',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtpPort),
      SMTP_RELAY_URL: environmentRelay.url,
      IMAP_POLL_MS: '250',
    });
    token = await server.login();
    socket = await connectSocket(server.baseUrl, token);
    events = recordEvents(socket);
  }, 30_000);

  afterAll(async () => {
    socket?.disconnect();
    await server?.stop();
    await accountMailbox?.stop();
    await accountRelay?.close();
    await environmentRelay?.close();
  });

  it('refuses mail for the address at RCPT TO with 550 while it is no account', async () => {
    await expect(send({ from: citizen(), to: WONEN, subject: 'Te vroeg', text: 'x' })).rejects.toMatchObject({
      responseCode: 550,
    });
  });

  it("takes mail for the account's address, and answers it through the account's relay as its own address", async () => {
    const added = await server.api<ChannelAccountDto>('/api/admin/channel-accounts', {
      token,
      body: {
        channel: 'email',
        externalId: WONEN,
        name: 'Team Wonen',
        secrets: { smtpRelayUrl: accountRelay.url, imapUrl: accountMailbox.imapUrl },
        settings: { fromName: 'Gemeente Ingang — Wonen' },
      },
    });
    expect(added.status).toBe(201);
    account = added.body;

    const conversation = await citizenMails(WONEN, 'Huurtoeslag');
    expect(conversation).toMatchObject({ channel: 'email', channelAccountId: WONEN });
    const mail = await agentAnswers(conversation, 'Die vraagt u aan bij de Belastingdienst.', accountRelay);
    expect(mail.user).toBe('wonen-relay');
    expect(fromOf(mail)).toEqual({ name: 'Gemeente Ingang — Wonen', address: WONEN });
    expect(environmentRelay.mails).toHaveLength(0);
  });

  it("still answers MAIL_INBOX_ADDRESS's mail through SMTP_RELAY_URL", async () => {
    const conversation = await citizenMails(TEST_INBOX, 'Paspoort');
    expect(conversation.channelAccountId).toBe(TEST_INBOX);
    const mail = await agentAnswers(conversation, 'Maak een afspraak.', environmentRelay);
    expect(mail.user).toBe('kcc-relay');
    expect(fromOf(mail)).toEqual({ name: 'Gemeente Ingang', address: TEST_INBOX });
  });

  it("polls the account's own IMAP mailbox and files its mail under the account", async () => {
    const from = citizen();
    const conversation = created(from);
    const { raw } = await composeMail({ from, to: WONEN, subject: 'Via IMAP', text: 'Een vraag uit de mailbox.' });
    const uid = await accountMailbox.append(raw);
    expect(await conversation).toMatchObject({ channelAccountId: WONEN, subject: 'Via IMAP' });
    await accountMailbox.waitForFlag(uid, '\\Seen', 10_000);
  });

  it("refuses the address once the account is disabled, and answers its conversations through the environment's relay", async () => {
    const conversation = await citizenMails(WONEN, 'Woningruil');
    const disabled = await server.api<ChannelAccountDto>(`/api/admin/channel-accounts/${account.id}`, {
      method: 'PATCH',
      token,
      body: { enabled: false },
    });
    expect(disabled.body.enabled).toBe(false);
    await expect(send({ from: citizen(), to: WONEN, subject: 'Te laat', text: 'x' })).rejects.toMatchObject({
      responseCode: 550,
    });
    // SMTP_RELAY_URL covers a mailbox without an enabled account: the answer goes out, from MAIL_INBOX_ADDRESS.
    const mail = await agentAnswers(conversation, 'Woningruil regelt u met de verhuurder.', environmentRelay);
    expect(fromOf(mail)?.address).toBe(TEST_INBOX);
    expect(accountRelay.mails.filter((m) => m.parsed.text?.includes('Woningruil'))).toHaveLength(0);
  });
});

describe('Mailbox accounts without MAIL_INBOX_ADDRESS (real server)', () => {
  let server: ServerHandle;
  let smtpPort: number;

  beforeAll(async () => {
    smtpPort = await freePort();
    server = await startServer({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtpPort) });
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('starts the SMTP receiver once the first mailbox account is entered, within the accounts’ 10 s', async () => {
    const mail = { from: 'inwoner@example.nl', to: WONEN, subject: 'Eerste mail', text: 'Hallo?' };
    await expect(sendCitizenMail(smtpPort, mail)).rejects.toMatchObject({ code: 'ESOCKET' });
    const token = await server.login();
    const socket = await connectSocket(server.baseUrl, token);
    try {
      const created = recordEvents(socket).waitFor('conversation.created', () => true, 20_000);
      const added = await server.api('/api/admin/channel-accounts', {
        token,
        body: { channel: 'email', externalId: WONEN, name: 'Team Wonen' },
      });
      expect(added.status).toBe(201);
      // The receiver looks for an inbox every 10 s; until then nothing listens on the port.
      const deadline = Date.now() + 15_000;
      for (;;) {
        try {
          expect((await sendCitizenMail(smtpPort, mail)).response).toMatch(/^250 /);
          break;
        } catch (error) {
          if ((error as { code?: string }).code !== 'ESOCKET' || Date.now() > deadline) throw error;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
      expect(await created).toMatchObject({ channel: 'email', channelAccountId: WONEN, subject: 'Eerste mail' });
    } finally {
      socket.disconnect();
    }
  }, 30_000);
});

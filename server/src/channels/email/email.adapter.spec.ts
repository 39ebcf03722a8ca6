import { createTransport } from 'nodemailer';
import type { ChannelAccountsService } from '../../channel-accounts/channel-accounts.service';
import { AppConfig } from '../../config/app-config';
import { AccountCredentials } from '../account-credentials';
import { ChannelSendError, type OutboundRequest } from '../channel.adapter';
import { EmailAdapter } from './email.adapter';

jest.mock('nodemailer', () => ({ createTransport: jest.fn() }));

const sendMail = jest.fn();
const noAccounts = {
  enabledExternalIds: async () => [],
  secretCandidates: async () => [],
  credentials: async () => null,
};
const adapter = (env: Record<string, string>) =>
  new EmailAdapter(AppConfig.fromEnv(env), new AccountCredentials(noAccounts as unknown as ChannelAccountsService));
const settings = {
  MAIL_INBOX_ADDRESS: 'vragen@gemeente.test',
  MAIL_FROM_NAME: 'Gemeente Ingang',
  SMTP_RELAY_URL: 'smtp://user:secret@relay.gemeente.test:587',
};

function request(overrides: Partial<OutboundRequest> = {}): OutboundRequest {
  return {
    accountId: 'vragen@gemeente.test',
    to: 'sanne.devries@example.nl',
    content: { kind: 'text', text: 'De wagen komt vandaag.' },
    replyToProviderId: '<q1@example.nl>',
    idempotencyKey: '6f0c4a52-8d0e-4a57-9d5e-2b1f3c4d5e6f',
    visibility: 'private',
    threadKey: null,
    subject: 'Container',
    references: ['<q1@example.nl>'],
    quote: null,
    lastInboundAt: null,
    ...overrides,
  };
}

describe(EmailAdapter.name, () => {
  beforeEach(() => {
    sendMail.mockReset().mockResolvedValue({ accepted: ['sanne.devries@example.nl'] });
    jest
      .mocked(createTransport)
      .mockReset()
      .mockReturnValue({ sendMail } as unknown as ReturnType<typeof createTransport>);
  });

  it('is configured by the inbox address, and refuses webhooks', async () => {
    const sut = adapter(settings);
    expect(await sut.isConfigured()).toBe(true);
    expect(await sut.verifySignature()).toBe(false);
    expect((await sut.handshake()).status).toBe(404);
    expect(await adapter({}).isConfigured()).toBe(false);
  });

  it('sends through the relay and answers with our Message-ID, the same on every attempt', async () => {
    const sut = adapter(settings);
    const first = await sut.send(request());
    const retry = await sut.send(request());
    expect(first).toEqual({ providerMessageId: '<6f0c4a52-8d0e-4a57-9d5e-2b1f3c4d5e6f.ingang@gemeente.test>' });
    expect(retry).toEqual(first);
    expect(createTransport).toHaveBeenCalledTimes(1);
    expect(createTransport).toHaveBeenCalledWith(expect.objectContaining({ url: settings.SMTP_RELAY_URL }));
    expect(sendMail).toHaveBeenCalledWith(
      expect.objectContaining({ messageId: first.providerMessageId, inReplyTo: '<q1@example.nl>' }),
    );
  });

  it('maps a permanent refusal to a failure that is not retried', async () => {
    sendMail.mockRejectedValue(
      Object.assign(new Error('Message failed'), { code: 'EMESSAGE', responseCode: 550, response: '550 5.7.1 spam' }),
    );
    const sut = adapter(settings);
    await expect(sut.send(request())).rejects.toEqual(new ChannelSendError(false, 'REJECTED', '550 5.7.1 spam'));
  });

  it('cannot send a template, or without a relay', async () => {
    const sut = adapter(settings);
    await expect(
      sut.send(request({ content: { kind: 'template', name: 't', language: 'nl', parameters: [] } })),
    ).rejects.toMatchObject({ retryable: false, failureCode: 'UNSUPPORTED_MESSAGE' });
    const withoutRelay = adapter({ MAIL_INBOX_ADDRESS: 'vragen@gemeente.test' });
    await expect(withoutRelay.send(request())).rejects.toMatchObject({ retryable: false });
    expect(sendMail).not.toHaveBeenCalled();
  });
});

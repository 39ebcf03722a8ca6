import { CHANNELS } from '../channels';
import {
  CHANNEL_ACCOUNT_FIELDS,
  channelAccountChangesSchema,
  createChannelAccountRequestSchema,
  secretNamesOf,
  settingNamesOf,
  updateChannelAccountRequestSchema,
} from './channel-account';

const whatsapp = {
  channel: 'whatsapp',
  externalId: '106540352242922',
  name: 'WhatsApp Gemeente',
  secrets: { appSecret: 'a1b2c3', verifyToken: 'verify-me', accessToken: 'EAAG123' },
  settings: { businessAccountId: '102290129340398' },
};

describe('channel account fields', () => {
  it('declares every channel, with the secrets the providers need', () => {
    expect(Object.keys(CHANNEL_ACCOUNT_FIELDS).sort()).toEqual([...CHANNELS].sort());
    expect(secretNamesOf('whatsapp')).toEqual(['appSecret', 'verifyToken', 'accessToken']);
    expect(settingNamesOf('whatsapp')).toEqual(['businessAccountId']);
    expect(secretNamesOf('messenger')).toEqual(['appSecret', 'verifyToken', 'pageToken']);
    expect(settingNamesOf('messenger')).toEqual([]);
    expect(secretNamesOf('twitter')).toEqual(['consumerKey', 'consumerSecret', 'accessToken', 'accessTokenSecret']);
    expect(secretNamesOf('email')).toEqual(['smtpRelayUrl', 'imapUrl']);
    expect(settingNamesOf('email')).toEqual(['fromName']);
  });

  it('never declares a field both secret and not secret', () => {
    for (const channel of CHANNELS) {
      const secrets = new Set(secretNamesOf(channel));
      expect(settingNamesOf(channel).filter((name) => secrets.has(name))).toEqual([]);
    }
  });
});

describe('createChannelAccountRequestSchema', () => {
  it('accepts an account of each channel with its own fields', () => {
    expect(createChannelAccountRequestSchema.parse(whatsapp)).toEqual({ ...whatsapp, enabled: true });
    expect(
      createChannelAccountRequestSchema.parse({
        channel: 'email',
        externalId: ' Info@Gemeente.NL ',
        name: 'Gemeente e-mail',
        secrets: { smtpRelayUrl: 'smtps://user:pw@smtp.example.nl:465', imapUrl: 'imaps://user:pw@imap.example.nl' },
        settings: { fromName: 'Gemeente Voorbeeld' },
      }),
    ).toMatchObject({ externalId: 'info@gemeente.nl', enabled: true });
    expect(
      createChannelAccountRequestSchema.parse({ channel: 'twitter', externalId: '2244994945', name: 'X' }),
    ).toEqual({ channel: 'twitter', externalId: '2244994945', name: 'X', enabled: true, settings: {}, secrets: {} });
  });

  it.each([
    ['a secret of another channel', { ...whatsapp, secrets: { pageToken: 'x' } }],
    ['a secret given as a setting', { ...whatsapp, settings: { appSecret: 'x' } }],
    ['an unknown top-level field', { ...whatsapp, id: 'mine' }],
    ['an unknown channel', { ...whatsapp, channel: 'instagram' }],
    ['a non-string secret', { ...whatsapp, secrets: { appSecret: 42 } }],
    ['an object as secret', { ...whatsapp, secrets: { appSecret: { $gt: '' } } }],
    ['a secret with spaces', { ...whatsapp, secrets: { appSecret: 'two words' } }],
    ['an oversized secret', { ...whatsapp, secrets: { accessToken: 'x'.repeat(4097) } }],
    ['a phone number id that is not a number', { ...whatsapp, externalId: "1' OR '1'='1" }],
    ['a name with a line break', { ...whatsapp, name: 'WhatsApp\nchannel account deleted by admin' }],
    ['an oversized name', { ...whatsapp, name: 'n'.repeat(201) }],
    ['a mailbox that is not an address', { channel: 'email', externalId: 'info', name: 'Mail' }],
    [
      'an SMTP relay that is not smtp://',
      { channel: 'email', externalId: 'a@b.nl', name: 'M', secrets: { smtpRelayUrl: 'http://x' } },
    ],
    ['a prototype key', JSON.parse('{"channel":"messenger","externalId":"1","name":"F","__proto__":{"a":1}}')],
    ['a prototype key among the secrets', { ...whatsapp, secrets: JSON.parse('{"__proto__":{"appSecret":"x"}}') }],
  ])('refuses %s', (_case, input) => {
    expect(createChannelAccountRequestSchema.safeParse(input).success).toBe(false);
  });

  it('lets an empty secret through: the service treats it as not set', () => {
    const parsed = createChannelAccountRequestSchema.parse({ ...whatsapp, secrets: { appSecret: '' } });
    expect(parsed.secrets).toEqual({ appSecret: '' });
  });
});

describe('channelAccountChangesSchema', () => {
  it('accepts a replaced secret, an empty string that removes one, and nothing else of another channel', () => {
    const sut = channelAccountChangesSchema('messenger');
    expect(sut.parse({ secrets: { pageToken: 'EAAB', verifyToken: '' }, enabled: false })).toEqual({
      secrets: { pageToken: 'EAAB', verifyToken: '' },
      enabled: false,
    });
    expect(sut.safeParse({ secrets: { accessToken: 'x' } }).success).toBe(false);
    expect(sut.safeParse({ settings: { businessAccountId: '1' } }).success).toBe(false);
    expect(sut.safeParse({ channel: 'whatsapp' }).success).toBe(false);
  });

  it('is preceded by a structural check that refuses hostile shapes before the channel is known', () => {
    expect(updateChannelAccountRequestSchema.safeParse({ secrets: ['appSecret'] }).success).toBe(false);
    expect(updateChannelAccountRequestSchema.safeParse({ secrets: { 'a.b': 'x' } }).success).toBe(false);
    expect(updateChannelAccountRequestSchema.safeParse({ enabled: 'yes' }).success).toBe(false);
    expect(updateChannelAccountRequestSchema.safeParse({ secrets: { appSecret: 'x' } }).success).toBe(true);
  });
});

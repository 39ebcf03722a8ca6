import { WebhookPayloadError } from '../channel.adapter';
import { parseTwitterWebhook } from './twitter-webhook.parser';

const receivedAt = new Date('2026-11-20T14:00:00Z');
const ACCOUNT = '1230000000000000001';
const CITIZEN = '1450000000000000002';

const users = {
  [CITIZEN]: { id: CITIZEN, name: 'Sanne de Vries', screen_name: 'sannedv' },
  [ACCOUNT]: { id: ACCOUNT, name: 'Gemeente Utrecht', screen_name: 'gemeenteutrecht' },
};

function directMessage(fields: { id?: string; from?: string; to?: string; text?: string; extra?: object }) {
  return {
    type: 'message_create',
    id: fields.id ?? '1860000000000000001',
    created_timestamp: '1763647200123',
    message_create: {
      target: { recipient_id: fields.to ?? ACCOUNT },
      sender_id: fields.from ?? CITIZEN,
      message_data: {
        text: fields.text ?? 'Wanneer komt het grofvuil?',
        entities: { hashtags: [], symbols: [], user_mentions: [], urls: [] },
        ...fields.extra,
      },
    },
  };
}

function tweet(fields: Record<string, unknown> = {}) {
  return {
    created_at: 'Thu Nov 20 14:00:00 +0000 2025',
    id: 1861000000000000000,
    id_str: '1861000000000000001',
    text: '@gemeenteutrecht De lantaarnpaal in de Biltstraat is al een week kapot',
    display_text_range: [0, 69],
    user: { id: 1450000000000000000, id_str: CITIZEN, name: 'Sanne de Vries', screen_name: 'sannedv' },
    in_reply_to_status_id_str: null,
    in_reply_to_user_id_str: null,
    entities: { hashtags: [], urls: [], user_mentions: [], symbols: [] },
    timestamp_ms: '1763647200000',
    ...fields,
  };
}

describe(parseTwitterWebhook.name, () => {
  it('turns a DM into a private inbound message keyed on its event id, named from the users map', () => {
    const [sut] = parseTwitterWebhook(
      { for_user_id: ACCOUNT, direct_message_events: [directMessage({})], users },
      receivedAt,
    );
    expect(sut).toEqual({
      type: 'message',
      channel: 'twitter',
      accountId: ACCOUNT,
      dedupKey: 'dm:1860000000000000001',
      occurredAt: '2025-11-20T14:00:00.123Z',
      direction: 'inbound',
      providerMessageId: '1860000000000000001',
      contact: { externalId: CITIZEN, displayName: 'Sanne de Vries' },
      content: { kind: 'text', text: 'Wanneer komt het grofvuil?' },
      replyToProviderId: null,
      visibility: 'private',
    });
  });

  it('gives the copy delivered for each subscribed user the same key, so it is stored once', () => {
    const event = directMessage({});
    const [forAccount] = parseTwitterWebhook(
      { for_user_id: ACCOUNT, direct_message_events: [event], users },
      receivedAt,
    );
    const [forOther] = parseTwitterWebhook({ for_user_id: CITIZEN, direct_message_events: [event], users }, receivedAt);
    expect(forAccount.dedupKey).toBe(forOther.dedupKey);
  });

  it("takes the account's own DM as outbound to the recipient, not as a question", () => {
    const [sut] = parseTwitterWebhook(
      {
        for_user_id: ACCOUNT,
        direct_message_events: [directMessage({ from: ACCOUNT, to: CITIZEN, text: 'Morgen komt de wagen.' })],
        users,
      },
      receivedAt,
    );
    expect(sut).toMatchObject({
      type: 'message',
      direction: 'outbound',
      contact: { externalId: CITIZEN, displayName: 'Sanne de Vries' },
    });
  });

  it('expands t.co links and turns a DM photo into media without its own link in the text', () => {
    const [sut] = parseTwitterWebhook(
      {
        for_user_id: ACCOUNT,
        users,
        direct_message_events: [
          directMessage({
            text: 'Zie https://t.co/abc en de foto https://t.co/pic',
            extra: {
              entities: {
                urls: [{ url: 'https://t.co/abc', expanded_url: 'https://www.utrecht.nl/afval', indices: [4, 20] }],
              },
              attachment: {
                type: 'media',
                media: {
                  id_str: '1860000000000000099',
                  type: 'photo',
                  url: 'https://t.co/pic',
                  media_url_https:
                    'https://ton.twitter.com/1.1/ton/data/dm/1860000000000000001/1860000000000000099/a1B2.jpg',
                },
              },
            },
          }),
        ],
      },
      receivedAt,
    );
    expect(sut).toMatchObject({
      content: {
        kind: 'media',
        mediaType: 'image',
        caption: 'Zie https://www.utrecht.nl/afval en de foto',
        providerRef: 'https://ton.twitter.com/1.1/ton/data/dm/1860000000000000001/1860000000000000099/a1B2.jpg',
        fileName: 'a1B2.jpg',
      },
    });
  });

  it('turns a mention into a public conversation of its own, unescaped, keyed on id_str', () => {
    const [sut] = parseTwitterWebhook(
      {
        for_user_id: ACCOUNT,
        tweet_create_events: [
          tweet({
            text: '@gemeenteutrecht Rommel &amp; glas bij de container &lt;Biltstraat&gt;',
            display_text_range: [0, 71],
          }),
        ],
      },
      receivedAt,
    );
    expect(sut).toEqual({
      type: 'message',
      channel: 'twitter',
      accountId: ACCOUNT,
      dedupKey: 'tweet:1861000000000000001',
      occurredAt: '2025-11-20T14:00:00.000Z',
      direction: 'inbound',
      providerMessageId: '1861000000000000001',
      contact: { externalId: CITIZEN, displayName: 'Sanne de Vries' },
      content: { kind: 'text', text: '@gemeenteutrecht Rommel & glas bij de container <Biltstraat>' },
      replyToProviderId: null,
      visibility: 'public',
      threadKey: '1861000000000000001',
      references: [],
    });
  });

  it('lets a reply find the conversation of the tweet it answers, without the @names X puts in front', () => {
    const [sut] = parseTwitterWebhook(
      {
        for_user_id: ACCOUNT,
        tweet_create_events: [
          tweet({
            id_str: '1861000000000000005',
            text: '@gemeenteutrecht Dank, en wanneer precies?',
            display_text_range: [17, 42],
            in_reply_to_status_id_str: '1861000000000000003',
            in_reply_to_user_id_str: ACCOUNT,
          }),
        ],
      },
      receivedAt,
    );
    expect(sut).toMatchObject({
      content: { kind: 'text', text: 'Dank, en wanneer precies?' },
      replyToProviderId: '1861000000000000003',
      threadKey: '1861000000000000003',
      references: ['1861000000000000003'],
    });
  });

  it('reads the full text of a long tweet from extended_tweet', () => {
    const long = `@gemeenteutrecht ${'Lange klacht over de parkeervergunning. '.repeat(10)}`.trim();
    const [sut] = parseTwitterWebhook(
      {
        for_user_id: ACCOUNT,
        tweet_create_events: [
          tweet({
            text: `${long.slice(0, 100)}… https://t.co/more`,
            truncated: true,
            extended_tweet: { full_text: long, display_text_range: [0, Array.from(long).length], entities: {} },
          }),
        ],
      },
      receivedAt,
    );
    expect(sut).toMatchObject({ content: { kind: 'text', text: long } });
  });

  it("takes the account's own reply tweet as outbound to the citizen it answers", () => {
    const [sut] = parseTwitterWebhook(
      {
        for_user_id: ACCOUNT,
        tweet_create_events: [
          tweet({
            id_str: '1861000000000000003',
            text: '@sannedv We sturen vandaag iemand langs.',
            display_text_range: [9, 40],
            user: { id_str: ACCOUNT, name: 'Gemeente Utrecht', screen_name: 'gemeenteutrecht' },
            in_reply_to_status_id_str: '1861000000000000001',
            in_reply_to_user_id_str: CITIZEN,
          }),
        ],
      },
      receivedAt,
    );
    expect(sut).toMatchObject({
      type: 'message',
      direction: 'outbound',
      contact: { externalId: CITIZEN, displayName: null },
      content: { kind: 'text', text: 'We sturen vandaag iemand langs.' },
      references: ['1861000000000000001'],
    });
  });

  it("keeps the account's own tweets that answer no one, retweets and likes for the record", () => {
    const items = parseTwitterWebhook(
      {
        for_user_id: ACCOUNT,
        tweet_create_events: [
          tweet({ id_str: '1861000000000000007', user: { id_str: ACCOUNT, name: 'Gemeente Utrecht' } }),
          tweet({ id_str: '1861000000000000008', retweeted_status: tweet() }),
        ],
        favorite_events: [{ id: 'a7ba59eab0bfcba386f7acedac279542', favorited_status: tweet(), user: {} }],
        follow_events: [{ type: 'follow', created_timestamp: '1517588749178', source: {}, target: {} }],
      },
      receivedAt,
    );
    expect(items.map((item) => [item.type, item.dedupKey])).toEqual([
      ['unattributed', 'tweet:1861000000000000007'],
      ['unattributed', 'tweet:1861000000000000008'],
      ['unattributed', 'favorite_events:a7ba59eab0bfcba386f7acedac279542'],
      ['unattributed', expect.stringMatching(/^follow_events:[0-9a-f]{40}$/)],
    ]);
  });

  it('turns an edited tweet into an edit of the first version and a deleted tweet into a removal', () => {
    const items = parseTwitterWebhook(
      {
        for_user_id: ACCOUNT,
        tweet_create_events: [
          tweet({
            id_str: '1861000000000000009',
            text: '@gemeenteutrecht De lantaarnpaal in de Biltstraat 12 is kapot',
            display_text_range: [0, 61],
            edit_history: {
              initial_tweet_id: '1861000000000000001',
              edit_tweet_ids: ['1861000000000000001', '1861000000000000009'],
            },
          }),
        ],
        tweet_delete_events: [
          { status: { id: '1861000000000000001', user_id: CITIZEN }, timestamp_ms: '1763647300000' },
        ],
      },
      receivedAt,
    );
    expect(items).toEqual([
      expect.objectContaining({
        type: 'edit',
        providerMessageId: '1861000000000000001',
        dedupKey: 'tweet:1861000000000000009',
        content: { kind: 'text', text: '@gemeenteutrecht De lantaarnpaal in de Biltstraat 12 is kapot' },
      }),
      expect.objectContaining({
        type: 'remove',
        providerMessageId: '1861000000000000001',
        occurredAt: '2025-11-20T14:01:40.000Z',
      }),
    ]);
  });

  it('marks our DMs read up to the one the citizen read last', () => {
    // 1991000000000000000 >> 22 is 474693029510 ms after X's epoch.
    const [sut] = parseTwitterWebhook(
      {
        for_user_id: ACCOUNT,
        direct_message_mark_read_events: [
          {
            created_timestamp: '1800000000000',
            sender_id: CITIZEN,
            target: { recipient_id: ACCOUNT },
            last_read_event_id: '1991000000000000000',
          },
        ],
      },
      receivedAt,
    );
    expect(sut).toMatchObject({
      type: 'watermark',
      status: 'read',
      contactExternalId: CITIZEN,
      upTo: new Date(Number((1991000000000000000n >> 22n) + 1288834974657n)).toISOString(),
    });
  });

  it('keeps photos of a tweet: the first as its content, the others as attachments', () => {
    const photo = (n: number) => ({
      id_str: `18610000000000001${n}`,
      type: 'photo',
      url: 'https://t.co/photos',
      media_url_https: `https://pbs.twimg.com/media/Foto${n}.jpg`,
    });
    const [sut] = parseTwitterWebhook(
      {
        for_user_id: ACCOUNT,
        tweet_create_events: [
          tweet({
            text: '@gemeenteutrecht Kijk maar https://t.co/photos',
            display_text_range: [0, 26],
            extended_entities: { media: [photo(1), photo(2)] },
          }),
        ],
      },
      receivedAt,
    );
    expect(sut).toMatchObject({
      content: { kind: 'media', mediaType: 'image', caption: '@gemeenteutrecht Kijk maar' },
      attachments: [{ mediaType: 'image', providerRef: 'https://pbs.twimg.com/media/Foto2.jpg' }],
    });
  });

  it.each([
    ['not an object', []],
    ['no Account Activity events', { hello: 'world' }],
    ['events that are not a list', { for_user_id: ACCOUNT, direct_message_events: {} }],
    ['a for_user_id that is no id', { for_user_id: { id: 1 }, tweet_create_events: [] }],
  ])('refuses a payload with %s', (_, body) => {
    expect(() => parseTwitterWebhook(body, receivedAt)).toThrow(WebhookPayloadError);
  });

  it('keeps a DM event without a sender as unattributed rather than dropping it', () => {
    const [sut] = parseTwitterWebhook(
      { for_user_id: ACCOUNT, direct_message_events: [{ type: 'message_create', id: '1860000000000000003' }] },
      receivedAt,
    );
    expect(sut).toMatchObject({ type: 'unattributed', dedupKey: 'dm:1860000000000000003' });
  });
});

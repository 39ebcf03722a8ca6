import { WebhookPayloadError } from '../channel.adapter';
import { parseMessengerWebhook } from './messenger-webhook.parser';

const receivedAt = new Date('2026-11-20T14:00:00Z');
const PAGE = '104857600012345';
const PSID = '7012345678901234';
const AT = 1763647200123; // 2025-11-20T14:00:00.123Z

function page(...entries: unknown[]) {
  return { object: 'page', entry: entries };
}

function messaging(event: Record<string, unknown>) {
  return page({
    id: PAGE,
    time: AT + 50,
    messaging: [{ sender: { id: PSID }, recipient: { id: PAGE }, timestamp: AT, ...event }],
  });
}

function feed(value: Record<string, unknown>, time: number = AT / 1000) {
  return page({ id: PAGE, time, changes: [{ field: 'feed', value }] });
}

const comment = {
  from: { id: '6789012345678901', name: 'Sanne de Vries' },
  post: { status_type: 'added_photos', is_published: true, id: `${PAGE}_900001`, message: 'Werk aan de Spoorstraat' },
  message: 'Hoe lang blijft de weg dicht?',
  post_id: `${PAGE}_900001`,
  comment_id: '900001_555001',
  created_time: 1763647200,
  item: 'comment',
  parent_id: `${PAGE}_900001`,
  verb: 'add',
};

describe(parseMessengerWebhook.name, () => {
  it('turns a text message into an inbound item keyed on its mid, at the millisecond timestamp', () => {
    const [sut] = parseMessengerWebhook(
      messaging({ message: { mid: 'm_A', text: 'Waar vind ik de afvalkalender?' } }),
      receivedAt,
    );
    expect(sut).toEqual({
      type: 'message',
      channel: 'messenger',
      accountId: PAGE,
      dedupKey: 'm_A',
      occurredAt: '2025-11-20T14:00:00.123Z',
      direction: 'inbound',
      providerMessageId: 'm_A',
      contact: { externalId: PSID, displayName: null },
      content: { kind: 'text', text: 'Waar vind ik de afvalkalender?' },
      replyToProviderId: null,
    });
  });

  it('keeps the first of several attachments as the content and the rest as attachments, all by URL', () => {
    const [sut] = parseMessengerWebhook(
      messaging({
        message: {
          mid: 'm_B',
          attachments: [
            { type: 'image', payload: { url: 'https://cdn.example/p1.jpg?oh=1' } },
            { type: 'image', payload: { url: 'https://cdn.example/p2.jpg?oh=2' } },
            { type: 'file', payload: { url: 'https://cdn.example/v/123_n.pdf/Aanvraag%20vergunning.pdf?oh=3' } },
            { type: 'audio', payload: { url: 'https://cdn.example/clip.mp4' } },
          ],
        },
      }),
      receivedAt,
    );
    expect(sut).toMatchObject({
      content: {
        kind: 'media',
        mediaType: 'image',
        caption: null,
        providerRef: 'https://cdn.example/p1.jpg?oh=1',
        mimeType: null,
        fileName: null,
      },
      attachments: [
        { mediaType: 'image', providerRef: 'https://cdn.example/p2.jpg?oh=2', storedPath: null },
        { mediaType: 'document', providerRef: expect.stringContaining('.pdf'), fileName: 'Aanvraag vergunning.pdf' },
        { mediaType: 'audio', providerRef: 'https://cdn.example/clip.mp4' },
      ],
    });
  });

  it('reads a sticker, a shared location, a shared link and a quick reply', () => {
    const items = parseMessengerWebhook(
      page({
        id: PAGE,
        messaging: [
          {
            sender: { id: PSID },
            recipient: { id: PAGE },
            timestamp: AT,
            message: {
              mid: 'm_S',
              sticker_id: 369239263222822,
              attachments: [
                { type: 'image', payload: { url: 'https://cdn.example/like.png', sticker_id: 369239263222822 } },
              ],
            },
          },
          {
            sender: { id: PSID },
            recipient: { id: PAGE },
            timestamp: AT + 1,
            message: {
              mid: 'm_L',
              attachments: [
                { type: 'location', title: 'Stadhuis', payload: { coordinates: { lat: 52.09, long: 5.12 } } },
              ],
            },
          },
          {
            sender: { id: PSID },
            recipient: { id: PAGE },
            timestamp: AT + 2,
            message: {
              mid: 'm_F',
              attachments: [{ type: 'fallback', title: 'Afvalwijzer', url: 'https://example.nl/afval', payload: null }],
            },
          },
          {
            sender: { id: PSID },
            recipient: { id: PAGE },
            timestamp: AT + 3,
            message: { mid: 'm_Q', text: 'Afspraak maken', quick_reply: { payload: 'AFSPRAAK' } },
          },
        ],
      }),
      receivedAt,
    );
    expect(items.map((item) => (item.type === 'message' ? item.content : null))).toEqual([
      {
        kind: 'media',
        mediaType: 'sticker',
        caption: null,
        providerRef: 'https://cdn.example/like.png',
        mimeType: null,
        fileName: null,
      },
      { kind: 'location', latitude: 52.09, longitude: 5.12, name: 'Stadhuis', address: null },
      { kind: 'text', text: 'Afvalwijzer https://example.nl/afval' },
      { kind: 'choice', text: 'Afspraak maken', choiceId: 'AFSPRAAK' },
    ]);
  });

  it('keeps what a reply refers to', () => {
    const [sut] = parseMessengerWebhook(
      messaging({ message: { mid: 'm_R', text: 'Ja, die bedoel ik', reply_to: { mid: 'm_earlier' } } }),
      receivedAt,
    );
    expect(sut).toMatchObject({ replyToProviderId: 'm_earlier' });
  });

  it('turns a postback into a choice with a stable key of its own', () => {
    const webhook = messaging({ postback: { mid: 'm_P', title: 'Melding doen', payload: 'MELDING' } });
    const [sut] = parseMessengerWebhook(webhook, receivedAt);
    expect(sut).toMatchObject({
      type: 'message',
      dedupKey: 'postback:m_P',
      providerMessageId: 'postback:m_P',
      content: { kind: 'choice', text: 'Melding doen', choiceId: 'MELDING' },
    });
    const old = messaging({ postback: { title: 'Aan de slag', payload: 'GET_STARTED' } });
    expect(parseMessengerWebhook(old, receivedAt)[0].dedupKey).toBe(parseMessengerWebhook(old, receivedAt)[0].dedupKey);
  });

  it('turns react and unreact into reactions on the target mid, each with its own stable key', () => {
    const [react] = parseMessengerWebhook(
      messaging({ reaction: { reaction: 'love', emoji: '❤️', action: 'react', mid: 'm_page_reply' } }),
      receivedAt,
    );
    const [unreact] = parseMessengerWebhook(
      messaging({ timestamp: AT + 5000, reaction: { reaction: 'love', action: 'unreact', mid: 'm_page_reply' } }),
      receivedAt,
    );
    expect(react).toMatchObject({ content: { kind: 'reaction', emoji: '❤️', targetMessageId: 'm_page_reply' } });
    expect(unreact).toMatchObject({ content: { kind: 'reaction', emoji: null, targetMessageId: 'm_page_reply' } });
    expect(react.dedupKey).toMatch(/^reaction:/);
    expect(react.dedupKey).not.toBe(unreact.dedupKey);
    const [name] = parseMessengerWebhook(
      messaging({ reaction: { reaction: 'like', action: 'react', mid: 'x' } }),
      receivedAt,
    );
    expect(name).toMatchObject({ content: { emoji: '👍' } });
  });

  it('turns read and delivery receipts into watermarks for the citizen', () => {
    const [read] = parseMessengerWebhook(messaging({ read: { watermark: AT - 1000 } }), receivedAt);
    expect(read).toEqual({
      type: 'watermark',
      channel: 'messenger',
      accountId: PAGE,
      dedupKey: `read:${PSID}:2025-11-20T13:59:59.123Z`,
      occurredAt: '2025-11-20T14:00:00.123Z',
      status: 'read',
      contactExternalId: PSID,
      upTo: '2025-11-20T13:59:59.123Z',
    });
    const delivery = page({
      id: PAGE,
      messaging: [{ sender: { id: PSID }, recipient: { id: PAGE }, delivery: { mids: ['m_1'], watermark: AT } }],
    });
    expect(parseMessengerWebhook(delivery, receivedAt)[0]).toMatchObject({
      type: 'watermark',
      status: 'delivered',
      upTo: '2025-11-20T14:00:00.123Z',
      occurredAt: '2025-11-20T14:00:00.123Z',
    });
  });

  it("shows an echo as the Page's outbound message to the citizen, but not the echo of Ingang's own reply", () => {
    const echo = (metadata?: string) =>
      page({
        id: PAGE,
        messaging: [
          {
            sender: { id: PAGE },
            recipient: { id: PSID },
            timestamp: AT,
            message: {
              is_echo: true,
              app_id: 1517776481860111,
              mid: 'm_E',
              text: 'Graag gedaan!',
              ...(metadata ? { metadata } : {}),
            },
          },
        ],
      });
    expect(parseMessengerWebhook(echo(), receivedAt)[0]).toMatchObject({
      type: 'message',
      direction: 'outbound',
      accountId: PAGE,
      contact: { externalId: PSID },
      providerMessageId: 'm_E',
    });
    expect(parseMessengerWebhook(echo('ingang:0b7c'), receivedAt)[0]).toMatchObject({
      type: 'unattributed',
      reason: 'echo of a reply sent from Ingang',
    });
  });

  it('turns a message edit into an edit of the message', () => {
    const [sut] = parseMessengerWebhook(
      messaging({ message_edit: { mid: 'm_A', text: 'Waar vind ik de afvalkalender van 2026?', num_edit: 1 } }),
      receivedAt,
    );
    expect(sut).toMatchObject({
      type: 'edit',
      providerMessageId: 'm_A',
      content: { kind: 'text', text: 'Waar vind ik de afvalkalender van 2026?' },
    });
  });

  it("opens a public thread on the post for a citizen's comment, with the post's text as subject", () => {
    const [sut] = parseMessengerWebhook(feed(comment), receivedAt);
    expect(sut).toEqual({
      type: 'message',
      channel: 'messenger',
      accountId: PAGE,
      dedupKey: '900001_555001',
      occurredAt: '2025-11-20T14:00:00.000Z',
      direction: 'inbound',
      providerMessageId: '900001_555001',
      contact: { externalId: '6789012345678901', displayName: 'Sanne de Vries' },
      content: { kind: 'text', text: 'Hoe lang blijft de weg dicht?' },
      replyToProviderId: null,
      visibility: 'public',
      threadKey: `${PAGE}_900001`,
      subject: 'Werk aan de Spoorstraat',
    });
  });

  it("makes the Page's reply to a comment outbound, found through the comment it answers", () => {
    const [sut] = parseMessengerWebhook(
      feed({
        ...comment,
        from: { id: PAGE, name: 'Gemeente' },
        comment_id: '900001_555002',
        parent_id: '900001_555001',
        message: 'Tot vrijdag.',
      }),
      receivedAt,
    );
    expect(sut).toMatchObject({
      type: 'message',
      direction: 'outbound',
      replyToProviderId: '900001_555001',
      references: ['900001_555001'],
      visibility: 'public',
      threadKey: `${PAGE}_900001`,
    });
    const [own] = parseMessengerWebhook(feed({ ...comment, from: { id: PAGE, name: 'Gemeente' } }), receivedAt);
    expect(own.type).toBe('unattributed');
  });

  it('turns an edited comment into an edit and a removed one into a removal', () => {
    const [edited] = parseMessengerWebhook(
      feed({ ...comment, verb: 'edited', message: 'Tot wanneer is de weg dicht?' }, 1763650800),
      receivedAt,
    );
    expect(edited).toMatchObject({
      type: 'edit',
      providerMessageId: '900001_555001',
      occurredAt: '2025-11-20T15:00:00.000Z',
      content: { kind: 'text', text: 'Tot wanneer is de weg dicht?' },
    });
    const [removed] = parseMessengerWebhook(
      feed({
        item: 'comment',
        verb: 'remove',
        comment_id: '900001_555001',
        post_id: `${PAGE}_900001`,
        from: comment.from,
      }),
      receivedAt,
    );
    expect(removed).toMatchObject({
      type: 'remove',
      dedupKey: 'remove:900001_555001',
      providerMessageId: '900001_555001',
    });
  });

  it('keeps every event of a batch, and an unreadable entry or event as unattributed without losing the others', () => {
    const items = parseMessengerWebhook(
      page(
        {
          id: PAGE,
          messaging: [
            { sender: { id: PSID }, recipient: { id: PAGE }, timestamp: AT, message: { mid: 'm_1', text: 'een' } },
          ],
        },
        'not an entry',
        {
          id: PAGE,
          messaging: [
            { sender: { id: PSID }, timestamp: AT, message: { text: 'no mid' } },
            { sender: { id: PSID }, recipient: { id: PAGE }, timestamp: AT, message: { mid: 'm_2', text: 'twee' } },
          ],
        },
        {
          id: PAGE,
          changes: [
            { field: 'feed', value: { item: 'reaction', verb: 'add' } },
            { field: 'feed', value: comment },
          ],
        },
      ),
      receivedAt,
    );
    expect(items.map((item) => [item.type, item.dedupKey.startsWith('other:') ? 'other' : item.dedupKey])).toEqual([
      ['message', 'm_1'],
      ['unattributed', 'other'],
      ['unattributed', 'other'],
      ['message', 'm_2'],
      ['unattributed', 'other'],
      ['message', '900001_555001'],
    ]);
  });

  it('reads ids sent as JSON numbers and timestamps in seconds', () => {
    const [sut] = parseMessengerWebhook(
      page({
        id: 12345654332,
        messaging: [
          {
            sender: { id: 987654321432 },
            recipient: { id: 12345654332 },
            timestamp: 1458696618,
            message: { mid: 'mid.1', text: 'hoi' },
          },
        ],
      }),
      receivedAt,
    );
    expect(sut).toMatchObject({
      accountId: '12345654332',
      contact: { externalId: '987654321432' },
      occurredAt: '2016-03-23T01:30:18.000Z',
    });
  });

  it('refuses a body that is not a page webhook', () => {
    expect(() => parseMessengerWebhook({ object: 'whatsapp_business_account', entry: [] }, receivedAt)).toThrow(
      WebhookPayloadError,
    );
    expect(() => parseMessengerWebhook({ object: 'page', entry: {} }, receivedAt)).toThrow(WebhookPayloadError);
    expect(() => parseMessengerWebhook([], receivedAt)).toThrow(WebhookPayloadError);
  });
});

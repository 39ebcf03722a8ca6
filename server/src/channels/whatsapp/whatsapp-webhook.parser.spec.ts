import { parseWhatsAppWebhook } from './whatsapp-webhook.parser';
import { WebhookPayloadError } from '../channel.adapter';

const receivedAt = new Date('2026-11-20T14:00:00Z');

function envelope(value: Record<string, unknown>) {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: 'WABA1',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '31201234567', phone_number_id: 'PN1' },
              ...value,
            },
          },
        ],
      },
    ],
  };
}

function message(extra: Record<string, unknown>) {
  return envelope({
    contacts: [{ profile: { name: 'Sanne de Vries' }, wa_id: '31612345678' }],
    messages: [{ from: '31612345678', id: 'wamid.A', timestamp: '1763647200', ...extra }],
  });
}

describe(parseWhatsAppWebhook.name, () => {
  it('turns a text message into an inbound item keyed on its wamid, with the sender name and provider time', () => {
    const [sut] = parseWhatsAppWebhook(
      message({ type: 'text', text: { body: 'Wanneer komt het grofvuil?' } }),
      receivedAt,
    );
    expect(sut).toEqual({
      type: 'message',
      channel: 'whatsapp',
      accountId: 'PN1',
      dedupKey: 'wamid.A',
      occurredAt: '2025-11-20T14:00:00.000Z',
      direction: 'inbound',
      providerMessageId: 'wamid.A',
      contact: { externalId: '31612345678', displayName: 'Sanne de Vries' },
      content: { kind: 'text', text: 'Wanneer komt het grofvuil?' },
      replyToProviderId: null,
    });
  });

  it('keeps the media id, type, caption and file name of an attachment', () => {
    const [sut] = parseWhatsAppWebhook(
      message({
        type: 'document',
        document: { id: 'MEDIA1', mime_type: 'application/pdf', filename: 'aanslag.pdf', caption: 'Mijn aanslag' },
      }),
      receivedAt,
    );
    expect(sut).toMatchObject({
      content: {
        kind: 'media',
        mediaType: 'document',
        providerRef: 'MEDIA1',
        mimeType: 'application/pdf',
        fileName: 'aanslag.pdf',
        caption: 'Mijn aanslag',
      },
    });
  });

  it.each([
    [
      'location',
      { type: 'location', location: { latitude: 52.37, longitude: 4.89, name: 'Dam', address: 'Dam 1' } },
      { kind: 'location', latitude: 52.37, longitude: 4.89, name: 'Dam', address: 'Dam 1' },
    ],
    [
      'button reply',
      { type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: 'yes', title: 'Ja' } } },
      { kind: 'choice', text: 'Ja', choiceId: 'yes' },
    ],
    [
      'list reply',
      { type: 'interactive', interactive: { type: 'list_reply', list_reply: { id: 'afval', title: 'Afval' } } },
      { kind: 'choice', text: 'Afval', choiceId: 'afval' },
    ],
    [
      'template button',
      { type: 'button', button: { payload: 'STOP', text: 'Stop' } },
      { kind: 'choice', text: 'Stop', choiceId: 'STOP' },
    ],
    [
      'reaction',
      { type: 'reaction', reaction: { message_id: 'wamid.OUT', emoji: '👍' } },
      { kind: 'reaction', emoji: '👍', targetMessageId: 'wamid.OUT' },
    ],
    [
      'removed reaction',
      { type: 'reaction', reaction: { message_id: 'wamid.OUT' } },
      { kind: 'reaction', emoji: null, targetMessageId: 'wamid.OUT' },
    ],
    [
      'unsupported type',
      { type: 'unsupported', errors: [{ code: 131051, title: 'Message type unknown' }] },
      { kind: 'unsupported', providerType: 'unsupported', detail: 'Message type unknown' },
    ],
    [
      'type never seen before',
      { type: 'hologram', hologram: {} },
      { kind: 'unsupported', providerType: 'hologram', detail: null },
    ],
  ])('understands a %s', (_name, extra, content) => {
    const [sut] = parseWhatsAppWebhook(message(extra), receivedAt);
    expect(sut).toMatchObject({ type: 'message', content });
  });

  it('reads shared contact cards', () => {
    const [sut] = parseWhatsAppWebhook(
      message({
        type: 'contacts',
        contacts: [
          {
            name: { formatted_name: 'Jan Jansen' },
            phones: [{ phone: '+31 6 1111 2222', wa_id: '31611112222' }],
            emails: [{ email: 'jan@example.nl' }],
          },
        ],
      }),
      receivedAt,
    );
    expect(sut).toMatchObject({
      content: {
        kind: 'contacts',
        contacts: [{ name: 'Jan Jansen', phones: ['+31 6 1111 2222'], emails: ['jan@example.nl'] }],
      },
    });
  });

  it('remembers which message a reply refers to', () => {
    const [sut] = parseWhatsAppWebhook(
      message({ type: 'text', text: { body: 'ja' }, context: { from: 'PN1', id: 'wamid.Q' } }),
      receivedAt,
    );
    expect(sut).toMatchObject({ replyToProviderId: 'wamid.Q' });
  });

  it('keys statuses on message id and status, with the failure explained', () => {
    const sut = parseWhatsAppWebhook(
      envelope({
        statuses: [
          { id: 'wamid.OUT', status: 'read', timestamp: '1763647300', recipient_id: '31612345678' },
          {
            id: 'wamid.OUT2',
            status: 'failed',
            timestamp: '1763647301',
            recipient_id: '31612345678',
            errors: [
              {
                code: 131047,
                title: 'Re-engagement message',
                error_data: { details: 'Message failed to send because more than 24 hours have passed' },
              },
            ],
          },
        ],
      }),
      receivedAt,
    );
    expect(sut).toEqual([
      expect.objectContaining({ type: 'status', dedupKey: 'status:wamid.OUT:read', status: 'read', error: null }),
      expect.objectContaining({
        type: 'status',
        dedupKey: 'status:wamid.OUT2:failed',
        error: { code: 'WINDOW_CLOSED', detail: 'Message failed to send because more than 24 hours have passed' },
      }),
    ]);
  });

  it('keeps an errors-only update instead of dropping it', () => {
    const sut = parseWhatsAppWebhook(
      envelope({ errors: [{ code: 131000, title: 'Something went wrong' }] }),
      receivedAt,
    );
    expect(sut).toEqual([expect.objectContaining({ type: 'unattributed', accountId: 'PN1' })]);
    expect(sut[0].dedupKey).toMatch(/^other:[0-9a-f]{40}$/);
  });

  it('reads every update of a batched post', () => {
    const messages = Array.from({ length: 1000 }, (_, i) => ({
      from: '3161',
      id: `wamid.${i}`,
      timestamp: '1763647200',
      type: 'text',
      text: { body: `v${i}` },
    }));
    expect(parseWhatsAppWebhook(envelope({ messages }), receivedAt)).toHaveLength(1000);
  });

  it('uses the moment of arrival when the timestamp is missing or broken', () => {
    const [sut] = parseWhatsAppWebhook(message({ timestamp: 'soon', type: 'text', text: { body: 'x' } }), receivedAt);
    expect(sut.occurredAt).toBe(receivedAt.toISOString());
  });

  it.each([[null], [[]], [{ object: 'page', entry: [] }], [{ object: 'whatsapp_business_account' }], ['text']])(
    'refuses a body that is not a WhatsApp webhook: %j',
    (body) => {
      expect(() => parseWhatsAppWebhook(body, receivedAt)).toThrow(WebhookPayloadError);
    },
  );

  it('keeps a message without sender as unattributed rather than failing the batch', () => {
    const sut = parseWhatsAppWebhook(
      envelope({
        messages: [
          { id: 'wamid.N', type: 'text' },
          { from: '31', id: 'wamid.M', timestamp: '1', type: 'text', text: { body: 'ok' } },
        ],
      }),
      receivedAt,
    );
    expect(sut.map((item) => item.type)).toEqual(['unattributed', 'message']);
  });
});

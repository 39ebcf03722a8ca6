import { randomBytes } from 'node:crypto';
import type { ConversationDetailDto, ConversationSummaryDto, MessageDto } from '@ingang/shared';
import { FakeMessenger, type SentItem } from '../providers/fake-messenger';
import {
  attachmentsMessage,
  batch,
  commentAdded,
  commentEdited,
  commentRemoved,
  echoMessage,
  locationMessage,
  messageEditEvent,
  metaJson,
  newCommentId,
  newMid,
  newPostId,
  newPsid,
  postbackEvent,
  postMessengerWebhook,
  quickReplyMessage,
  reactionEvent,
  signMeta,
  textMessage,
  TEST_PAGE_ID,
  verifyMessengerWebhook,
  type MessagingOptions,
} from '../support/messenger-webhooks';
import { startServer, type ServerHandle } from '../support/server-process';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../support/test-databases';
import { connectSocket, recordEvents, type EventRecorder, type IngangSocket } from '../support/socket-client';

const HOUR = 3_600_000;
// A PNG of one pixel and a small PDF: a citizen's photo of a broken lamp post and a scanned letter.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe.each(DATABASE_KINDS)(
  'Facebook Page: Messenger and feed comments (real server, Redis, %s; fake Graph API)',
  (kind) => {
    const appSecret = randomBytes(16).toString('hex');
    const verifyToken = randomBytes(16).toString('hex');
    const pageToken = `EAAB${randomBytes(24).toString('hex')}`;
    let fake: FakeMessenger;
    let server: ServerHandle;
    let token: string;
    let socket: IngangSocket;
    let events: EventRecorder;
    let database: TestDatabase;

    const post = (body: unknown, secret: string | null = appSecret) =>
      postMessengerWebhook(server.baseUrl, body, secret);
    const created = (predicate: (message: MessageDto) => boolean) =>
      events.waitFor('message.created', predicate, 10_000);
    const updated = (predicate: (message: MessageDto) => boolean) =>
      events.waitFor('message.updated', predicate, 15_000);
    const delivery = (messageId: string, status: string) =>
      updated((m) => m.id === messageId && m.delivery?.status === status);
    const detail = async (conversationId: string) =>
      (await server.api<ConversationDetailDto>(`/api/conversations/${conversationId}`, { token })).body;
    const reply = (conversationId: string, body: unknown) =>
      server.api<MessageDto>(`/api/conversations/${conversationId}/reply`, { method: 'POST', body, token });

    /** A new citizen writes on Messenger (at `sentAt`); resolves with their conversation and their page-scoped id. */
    async function citizenWrites(
      text: string,
      options: MessagingOptions = {},
    ): Promise<{ conversation: ConversationSummaryDto; psid: string }> {
      const psid = options.psid ?? newPsid();
      const conversation = events.waitFor('conversation.created', (c) => c.contact.handle === psid, 10_000);
      expect((await post(textMessage(text, { ...options, psid }))).status).toBe(200);
      return { conversation: await conversation, psid };
    }

    /**
     * A citizen comments on a post, a minute ago (feed times count whole seconds, so later comments are later);
     * resolves with the conversation, the comment's message and its ids.
     */
    async function citizenComments(text: string, postMessage?: string) {
      const author = { id: newPsid(), name: 'Pieter Bakker' };
      const postId = newPostId();
      const commentId = newCommentId(postId);
      const createdTime = new Date(Date.now() - 60_000);
      const conversation = events.waitFor('conversation.created', (c) => c.contact.handle === author.id, 10_000);
      const webhook = commentAdded(text, { from: author, postId, commentId, postMessage, createdTime });
      expect((await post(webhook)).status).toBe(200);
      const message = await created((m) => m.preview === text);
      return { conversation: await conversation, message, author, postId, commentId };
    }

    beforeAll(async () => {
      fake = await FakeMessenger.start({ pageToken });
      database = await createTestDatabase(kind);
      server = await startServer({
        DATABASE_URL: database.url,
        MESSENGER_APP_SECRET: appSecret,
        MESSENGER_VERIFY_TOKEN: verifyToken,
        MESSENGER_PAGE_TOKEN: pageToken,
        MESSENGER_API_BASE: fake.baseUrl,
      });
      fake.setWebhook({ url: `${server.baseUrl}/webhooks/messenger`, appSecret });
      token = await server.login();
      socket = await connectSocket(server.baseUrl, token);
      events = recordEvents(socket);
    });

    afterAll(async () => {
      socket?.disconnect();
      await server?.stop();
      await fake?.close();
      await database?.drop();
    });

    describe('Messenger in', () => {
      it("answers Meta's verification handshake with the challenge, and 403 to a wrong token", async () => {
        const ok = await verifyMessengerWebhook(server.baseUrl, verifyToken, '1158201444');
        expect(ok.status).toBe(200);
        expect(ok.headers.get('content-type')).toMatch(/^text\/plain/);
        expect(await ok.text()).toBe('1158201444');
        expect((await verifyMessengerWebhook(server.baseUrl, 'not-the-token', '1158201444')).status).toBe(403);
      });

      it('shows a signed message as a private Messenger conversation and pushes it to the inbox', async () => {
        const sentAt = new Date(Date.now() - 60_000);
        const { conversation, psid } = await citizenWrites('Wanneer wordt het grofvuil opgehaald? 🚛', {
          timestamp: sentAt,
        });
        expect(conversation).toMatchObject({
          channel: 'messenger',
          channelAccountId: TEST_PAGE_ID,
          visibility: 'private',
        });
        const message = await created((m) => m.conversationId === conversation.id);
        expect(message).toMatchObject({
          direction: 'inbound',
          visibility: 'private',
          sentAt: sentAt.toISOString(),
          content: { kind: 'text', text: 'Wanneer wordt het grofvuil opgehaald? 🚛' },
        });
        expect(conversation.contact.handle).toBe(psid);
      });

      it('refuses a bad or missing signature with 401 and stores nothing', async () => {
        const psid = newPsid();
        const webhook = textMessage('Ongetekend bericht over parkeren', { psid });
        const wrong = await post(webhook, 'not-the-app-secret');
        const missing = await post(webhook, null);
        expect([wrong.status, missing.status]).toEqual([401, 401]);
        expect(await wrong.json()).toEqual({ error: { code: 'INVALID_SIGNATURE', message: expect.any(String) } });
        // Had either been stored, this properly signed delivery would be a duplicate and create nothing.
        expect((await post(webhook)).status).toBe(200);
        expect((await created((m) => m.preview === 'Ongetekend bericht over parkeren')).direction).toBe('inbound');
      });

      it('answers malformed JSON and a body that is not a page webhook with 400 and a JSON error', async () => {
        const raw = '{"object":"page","entry":[{';
        const malformed = await fetch(`${server.baseUrl}/webhooks/messenger`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-hub-signature-256': signMeta(raw, appSecret) },
          body: raw,
        });
        expect(malformed.status).toBe(400);
        expect(await malformed.json()).toEqual({ error: { code: 'INVALID_JSON', message: expect.any(String) } });
        const wrongShape = await post({ object: 'instagram', entry: [] });
        expect(wrongShape.status).toBe(400);
        expect(((await wrongShape.json()) as { error: { code: string } }).error.code).toBe('VALIDATION_FAILED');
      });

      it('stores a provider retry only once: the same mid posted three times is one message', async () => {
        const psid = newPsid();
        const webhook = textMessage('Drie keer dezelfde vraag over de hondenbelasting', { psid });
        const answers = await Promise.all([post(webhook), post(webhook), post(webhook)]);
        expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
        const message = await created((m) => m.preview.includes('hondenbelasting'));
        // A later message of the same citizen is applied after the retries: by then they are settled.
        await post(textMessage('En nog iets anders', { psid }));
        await created((m) => m.preview === 'En nog iets anders');
        const thread = await detail(message.conversationId);
        expect(thread.messages.filter((m) => m.preview.includes('hondenbelasting'))).toHaveLength(1);
        expect(events.all('message.created').filter((m) => m.preview.includes('hondenbelasting'))).toHaveLength(1);
      });

      it('stores every entry and event of a batched POST, and one unreadable entry loses none of the others', async () => {
        const [a, b, c] = [newPsid(), newPsid(), newPsid()];
        const webhook = batch([
          textMessage('Batch: vraag van A', { psid: a }),
          textMessage('Batch: vraag van B', { psid: b }),
        ]);
        // Two events in one entry's messaging[] as well.
        webhook.entry[1].messaging?.push(textMessage('Batch: vraag van C', { psid: c }).entry[0].messaging![0]);
        const body = {
          ...webhook,
          entry: [
            ...webhook.entry,
            'not an entry',
            { id: TEST_PAGE_ID, time: Date.now(), messaging: [{ sender: { id: a }, message: { text: 'no mid' } }] },
          ],
        };
        const response = await post(body);
        expect(response.status).toBe(200);
        expect(await response.json()).toEqual({ received: 5 });
        for (const text of ['Batch: vraag van A', 'Batch: vraag van B', 'Batch: vraag van C']) {
          await created((m) => m.preview === text);
        }
      });

      it('orders messages by their timestamp, whatever order they arrive in', async () => {
        const psid = newPsid();
        const first = new Date(Date.now() - 10 * 60_000);
        const second = new Date(Date.now() - 5 * 60_000);
        await post(
          batch([
            textMessage('Tweede: en mijn buurman ook', { psid, timestamp: second }),
            textMessage('Eerste: mijn container is niet geleegd', { psid, timestamp: first }),
          ]),
        );
        const last = await created((m) => m.preview.startsWith('Tweede:'));
        await created((m) => m.preview.startsWith('Eerste:'));
        const thread = await detail(last.conversationId);
        expect(thread.messages.map((m) => m.preview)).toEqual([
          'Eerste: mijn container is niet geleegd',
          'Tweede: en mijn buurman ook',
        ]);
        expect(thread.conversation).toMatchObject({
          lastMessagePreview: 'Tweede: en mijn buurman ook',
          waitingSince: first.toISOString(),
          unansweredCount: 2,
        });
      });

      it("fetches every attachment of a message from Meta's CDN and serves each for download", async () => {
        const urls = [
          fake.addAttachment({ bytes: PNG, mimeType: 'image/png' }),
          fake.addAttachment({ bytes: PNG, mimeType: 'image/png' }),
          fake.addAttachment({ bytes: PDF, mimeType: 'application/pdf', fileName: 'Aanslag 2026.pdf' }),
        ];
        const { psid } = await citizenWrites('Ik stuur u de foto’s en de aanslag');
        await post(
          attachmentsMessage(
            [
              { type: 'image', url: urls[0] },
              { type: 'image', url: urls[1] },
              { type: 'file', url: urls[2] },
            ],
            { psid },
          ),
        );
        const message = await created((m) => m.content.kind === 'media' && m.attachments.length === 3);
        expect(message.content).toMatchObject({ kind: 'media', mediaType: 'image' });
        expect(message.attachments.map((a) => [a.mediaType, a.fileName])).toEqual([
          ['image', null],
          ['image', null],
          ['document', 'Aanslag 2026.pdf'],
        ]);
        const stored = await updated(
          (m) => m.id === message.id && m.attachments.every((attachment) => attachment.status === 'stored'),
        );
        for (const attachment of stored.attachments) {
          const download = await fetch(`${server.baseUrl}${attachment.url}`, {
            headers: { authorization: `Bearer ${token}` },
          });
          expect(download.status).toBe(200);
          expect(Buffer.from(await download.arrayBuffer())).toEqual(attachment.mediaType === 'image' ? PNG : PDF);
        }
      });

      it('marks an attachment whose CDN link has expired as failed, keeping the message', async () => {
        const url = fake.addAttachment({ bytes: PNG, mimeType: 'image/png' });
        fake.expireAttachment(url);
        const { psid, conversation } = await citizenWrites('Hierbij een foto van de lantaarnpaal');
        await post(attachmentsMessage([{ type: 'image', url }], { psid }));
        const message = await created((m) => m.conversationId === conversation.id && m.content.kind === 'media');
        await updated((m) => m.id === message.id && m.attachments[0]?.status === 'failed');
      });

      it('understands a location, a quick reply, a postback and a message edit', async () => {
        const { psid, conversation } = await citizenWrites('Waar kan ik een melding doen?');
        const question = newMid();
        await post(textMessage('Kan ik ook bellen?', { psid, mid: question }));
        await created((m) => m.preview === 'Kan ik ook bellen?');
        await post(
          batch([
            locationMessage({ latitude: 53.2194, longitude: 6.5665, title: 'Grote Markt' }, { psid }),
            quickReplyMessage('Afspraak maken', 'AFSPRAAK', { psid }),
            postbackEvent({ title: 'Melding openbare ruimte', payload: 'MELDING_OR' }, { psid }),
            messageEditEvent(question, 'Kan ik jullie ook bellen?', 1, { psid }),
          ]),
        );
        const inConversation = (kind: string) =>
          created((m) => m.conversationId === conversation.id && m.content.kind === kind);
        expect((await inConversation('location')).content).toEqual({
          kind: 'location',
          latitude: 53.2194,
          longitude: 6.5665,
          name: 'Grote Markt',
          address: null,
        });
        const choices = [await inConversation('choice')];
        choices.push(
          await created(
            (m) => m.conversationId === conversation.id && m.content.kind === 'choice' && m.id !== choices[0].id,
          ),
        );
        expect(
          choices.map((m) => m.content).sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))),
        ).toEqual([
          { kind: 'choice', text: 'Afspraak maken', choiceId: 'AFSPRAAK' },
          { kind: 'choice', text: 'Melding openbare ruimte', choiceId: 'MELDING_OR' },
        ]);
        const edited = await updated((m) => m.conversationId === conversation.id && m.editedAt !== null);
        expect(edited.content).toEqual({ kind: 'text', text: 'Kan ik jullie ook bellen?' });
      });

      it("shows the Page's own messages sent elsewhere (echoes) as outbound to the citizen, and reactions to them", async () => {
        const { conversation, psid } = await citizenWrites('Is het zwembad morgen open?');
        const echoMid = newMid();
        await post(echoMessage('Ja, van 7 tot 22 uur.', { psid, mid: echoMid }));
        const echo = await created((m) => m.preview === 'Ja, van 7 tot 22 uur.');
        expect(echo).toMatchObject({ conversationId: conversation.id, direction: 'outbound', author: null });
        // Answered from elsewhere: the citizen is no longer waiting.
        await events.waitFor(
          'conversation.updated',
          (c) => c.id === conversation.id && c.waitingSince === null && c.unansweredCount === 0,
        );
        await post(reactionEvent(echoMid, '❤️', { psid }));
        const reaction = await created((m) => m.conversationId === conversation.id && m.content.kind === 'reaction');
        expect(reaction.content).toEqual({ kind: 'reaction', emoji: '❤️', targetMessageId: echo.id });
        await post(reactionEvent(echoMid, undefined, { psid, timestamp: new Date(Date.now() + 1000) }));
        const unreact = await created(
          (m) =>
            m.conversationId === conversation.id &&
            m.content.kind === 'reaction' &&
            m.content.emoji === null &&
            m.id !== reaction.id,
        );
        expect(unreact.content).toEqual({ kind: 'reaction', emoji: null, targetMessageId: echo.id });
      });
    });

    describe('Messenger out', () => {
      const sentText = (text: string) => (item: SentItem) => item.kind === 'message' && item.body.message.text === text;

      it('answers within 24 hours as a RESPONSE through the Send API, and shows delivery and read from the watermarks', async () => {
        const { conversation, psid } = await citizenWrites('Mijn container is niet geleegd');
        const answer = await reply(conversation.id, { text: 'Dank u wel, we sturen de wagen morgen langs.' });
        expect(answer.status).toBe(202);
        const sent = await fake.waitForSent(sentText('Dank u wel, we sturen de wagen morgen langs.'));
        expect(sent).toMatchObject({
          kind: 'message',
          pageId: TEST_PAGE_ID,
          authorization: `Bearer ${pageToken}`,
          body: {
            recipient: { id: psid },
            messaging_type: 'RESPONSE',
            message: { metadata: `ingang:${answer.body.id}` },
          },
        });
        expect(sent.kind === 'message' && sent.body.tag).toBeUndefined();
        await delivery(answer.body.id, 'sent');
        await fake.postDelivery(psid);
        await delivery(answer.body.id, 'delivered');
        await fake.postRead(psid);
        await delivery(answer.body.id, 'read');
      });

      it('does not store the echo of its own reply a second time', async () => {
        const { conversation, psid } = await citizenWrites('Hoe laat sluit de milieustraat?');
        const answer = await reply(conversation.id, { text: 'Om 16:00 uur.' });
        const sent = await fake.waitForSent(sentText('Om 16:00 uur.'));
        await fake.waitForPosted(
          (posted) => posted.kind === 'echo' && posted.psid === psid && posted.httpStatus === 200,
        );
        await delivery(answer.body.id, 'sent');
        await post(textMessage('Dank u!', { psid }));
        await created((m) => m.preview === 'Dank u!');
        const thread = await detail(conversation.id);
        expect(thread.messages.filter((m) => m.direction === 'outbound')).toHaveLength(1);
        expect(events.all('message.created').filter((m) => m.preview === 'Om 16:00 uur.')).toHaveLength(1);
        expect(sent.id).toMatch(/^m_/);
      });

      it('tags an answer to a question of 30 hours ago as HUMAN_AGENT', async () => {
        const { conversation } = await citizenWrites('Graag een afspraak voor een paspoort', {
          timestamp: new Date(Date.now() - 30 * HOUR),
        });
        const answer = await reply(conversation.id, { text: 'U kunt dinsdag om 10:00 terecht.' });
        expect(answer.status).toBe(202);
        const sent = await fake.waitForSent(sentText('U kunt dinsdag om 10:00 terecht.'));
        expect(sent).toMatchObject({ body: { messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' } });
        await delivery(answer.body.id, 'sent');
      });

      it('refuses a free reply 8 days after the last message, and tells the client that no template can help', async () => {
        const { conversation } = await citizenWrites('Hoe vraag ik kwijtschelding aan?', {
          timestamp: new Date(Date.now() - 8 * 24 * HOUR),
        });
        const refused = await reply(conversation.id, { text: 'Via het formulier op de website.' });
        expect(refused.status).toBe(409);
        expect(refused.body).toMatchObject({ error: { code: 'WINDOW_CLOSED', details: { templatesRequired: false } } });
        const templates = await server.api<unknown[]>(`/api/conversations/${conversation.id}/templates`, { token });
        expect(templates.body).toEqual([]);
        expect(fake.sent.filter(sentText('Via het formulier op de website.'))).toHaveLength(0);
      });

      it('refuses a reply longer than Messenger allows before it is queued', async () => {
        const { conversation } = await citizenWrites('Kunt u alles uitleggen?');
        const refused = await reply(conversation.id, { text: 'x'.repeat(2001) });
        expect(refused.status).toBe(400);
      });

      it('marks a reply failed with WINDOW_CLOSED when Meta answers 1545041, and the question waits again', async () => {
        const { conversation } = await citizenWrites('Hoe vraag ik een parkeervergunning aan?');
        fake.failNext(1, fake.windowClosedError());
        const answer = await reply(conversation.id, { text: 'Via Mijn Gemeente.' });
        const failed = await delivery(answer.body.id, 'failed');
        expect(failed.delivery).toMatchObject({
          failureCode: 'WINDOW_CLOSED',
          failureDetail: expect.stringContaining('1545041'),
        });
        expect(fake.sent.filter(sentText('Via Mijn Gemeente.'))).toHaveLength(0);
        await events.waitFor(
          'conversation.updated',
          (c) => c.id === conversation.id && c.waitingSince === conversation.waitingSince && c.unansweredCount === 1,
        );
      });

      it('retries after a 503 from the Graph API and then sends the reply once', async () => {
        const { conversation, psid } = await citizenWrites('Is het gemeentehuis open op tweede kerstdag?');
        fake.failNext(2, fake.unavailableError());
        const answer = await reply(conversation.id, { text: 'Nee, dan zijn we gesloten.' });
        const sent = await fake.waitForSent(sentText('Nee, dan zijn we gesloten.'), 10_000);
        expect(sent).toMatchObject({ body: { recipient: { id: psid } } });
        await delivery(answer.body.id, 'sent');
        expect(fake.sent.filter(sentText('Nee, dan zijn we gesloten.'))).toHaveLength(1);
      });

      it('retries a send the Graph API never answered', async () => {
        const { conversation } = await citizenWrites('Kan ik mijn rijbewijs online verlengen?');
        // Longer than the server's PROVIDER_TIMEOUT_MS in the tests (2 s).
        fake.failNext(1, { hangMs: 4000 });
        const answer = await reply(conversation.id, { text: 'Ja, via de website van het RDW.' });
        await delivery(answer.body.id, 'sent');
        expect(fake.sent.filter(sentText('Ja, via de website van het RDW.'))).toHaveLength(1);
      });
    });

    describe('Page feed comments', () => {
      it("opens a public conversation for a citizen's comment on a post and follows their next comment, edits and removals", async () => {
        const { conversation, message, author, postId, commentId } = await citizenComments(
          'Hoe lang blijft de Spoorstraat dicht?',
          'Vanaf maandag werken we aan de Spoorstraat.',
        );
        expect(conversation).toMatchObject({
          channel: 'messenger',
          visibility: 'public',
          subject: 'Vanaf maandag werken we aan de Spoorstraat.',
          contact: { displayName: 'Pieter Bakker', handle: author.id },
        });
        expect(message).toMatchObject({ conversationId: conversation.id, direction: 'inbound', visibility: 'public' });

        const second = newCommentId(postId);
        await post(commentAdded('En kan ik er met de fiets langs?', { from: author, postId, commentId: second }));
        expect((await created((m) => m.preview === 'En kan ik er met de fiets langs?')).conversationId).toBe(
          conversation.id,
        );

        await post(commentEdited(commentId, 'Hoe lang blijft de Spoorstraat nog dicht?', { from: author, postId }));
        const edited = await updated((m) => m.id === message.id && m.editedAt !== null);
        expect(edited.content).toEqual({ kind: 'text', text: 'Hoe lang blijft de Spoorstraat nog dicht?' });

        await post(commentRemoved(second, { from: author, postId }));
        const removed = await updated((m) => m.preview === 'En kan ik er met de fiets langs?' && m.removedAt !== null);
        expect(removed.conversationId).toBe(conversation.id);

        // Another post is another thread, even for the same citizen.
        const elsewhere = newPostId();
        const other = events.waitFor(
          'conversation.created',
          (c) => c.contact.handle === author.id && c.id !== conversation.id,
          10_000,
        );
        await post(commentAdded('Mooie foto!', { from: author, postId: elsewhere }));
        expect((await other).visibility).toBe('public');
      });

      it("shows the Page's own reply to a comment as outbound in the citizen's conversation", async () => {
        const { conversation, postId, commentId } = await citizenComments('Wanneer is de inzameling van snoeiafval?');
        await post(
          commentAdded('Elke eerste zaterdag van de maand.', {
            from: { id: TEST_PAGE_ID, name: 'Gemeente Groningen' },
            postId,
            parentId: commentId,
          }),
        );
        const answer = await created((m) => m.preview === 'Elke eerste zaterdag van de maand.');
        expect(answer).toMatchObject({ conversationId: conversation.id, direction: 'outbound', visibility: 'public' });
        await events.waitFor('conversation.updated', (c) => c.id === conversation.id && c.waitingSince === null);
      });

      it("answers in public with a comment reply under the citizen's latest comment", async () => {
        const { conversation, author, postId } = await citizenComments('Waar kan ik mijn kerstboom kwijt?');
        const latest = newCommentId(postId);
        await post(commentAdded('Of wordt hij opgehaald?', { from: author, postId, commentId: latest }));
        await created((m) => m.preview === 'Of wordt hij opgehaald?');
        const answer = await reply(conversation.id, { text: 'Op 8 januari halen we hem op.' });
        expect(answer.status).toBe(202);
        expect(answer.body.visibility).toBe('public');
        const sent = await fake.waitForSent((item) => item.kind === 'comment');
        expect(sent).toMatchObject({
          kind: 'comment',
          objectId: latest,
          message: 'Op 8 januari halen we hem op.',
          authorization: `Bearer ${pageToken}`,
        });
        await delivery(answer.body.id, 'sent');
      });

      it('answers privately with a private reply to the comment, and only once per comment', async () => {
        const { conversation, commentId } = await citizenComments('Mijn BSN staat verkeerd in mijn aanslag');
        const answer = await reply(conversation.id, {
          text: 'Wilt u ons uw gegevens via een privébericht sturen?',
          visibility: 'private',
        });
        expect(answer.status).toBe(202);
        expect(answer.body.visibility).toBe('private');
        const sent = await fake.waitForSent((item) => item.kind === 'private-reply');
        expect(sent).toMatchObject({
          kind: 'private-reply',
          pageId: TEST_PAGE_ID,
          commentId,
          body: {
            recipient: { comment_id: commentId },
            messaging_type: 'RESPONSE',
            message: { text: 'Wilt u ons uw gegevens via een privébericht sturen?' },
          },
        });
        await delivery(answer.body.id, 'sent');

        const again = await reply(conversation.id, { text: 'Nog een privébericht', visibility: 'private' });
        const failed = await delivery(again.body.id, 'failed');
        expect(failed.delivery?.failureCode).toBe('PRIVATE_REPLY_USED');
      });

      it('refuses to answer a private conversation in public', async () => {
        const { conversation } = await citizenWrites('Een privévraag');
        const refused = await reply(conversation.id, { text: 'Openbaar antwoord', visibility: 'public' });
        expect(refused.status).toBe(400);
      });
    });

    it('signs and checks the exact bytes Meta sent (escaped unicode), not re-serialised JSON', async () => {
      const psid = newPsid();
      const raw = metaJson(textMessage('Groetjes, Zoë — en een vraag over de WOZ', { psid }));
      expect(raw).toContain('\\u00eb');
      const response = await fetch(`${server.baseUrl}/webhooks/messenger`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': signMeta(raw, appSecret) },
        body: raw,
      });
      expect(response.status).toBe(200);
      expect((await created((m) => m.preview.startsWith('Groetjes, Zoë'))).content).toEqual({
        kind: 'text',
        text: 'Groetjes, Zoë — en een vraag over de WOZ',
      });
    });
  },
);

import type { ConversationDetailDto, ConversationSummaryDto, MessageDto } from '@ingang/shared';
import { FakeX } from '../providers/fake-x';
import { startServer, type ServerHandle } from '../support/server-process';
import { connectSocket, recordEvents, type EventRecorder, type IngangSocket } from '../support/socket-client';
import {
  crcCheck,
  crcResponseToken,
  directMessage,
  directMessageOf,
  favoriteEvent,
  followEvent,
  markRead,
  mention,
  newSnowflake,
  newXCredentials,
  newXUser,
  ownDirectMessage,
  ownReplyTweet,
  postTwitterWebhook,
  replyTweet,
  signX,
  TEST_X_ACCOUNT,
  tweetOf,
  twitterEnv,
  type AccountActivityPayload,
  type XUser,
} from '../support/x-webhooks';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe('X (Account Activity webhook in, DMs and reply tweets out; real server, Redis, SQLite; fake X API)', () => {
  const credentials = newXCredentials();
  let fake: FakeX;
  let server: ServerHandle;
  let token: string;
  let socket: IngangSocket;
  let events: EventRecorder;
  let citizens = 0;

  const post = (body: unknown, secret: string | null = credentials.consumerSecret) =>
    postTwitterWebhook(server.baseUrl, body, secret);
  const citizen = (): XUser => {
    citizens += 1;
    return newXUser(`Inwoner ${citizens} van Utrecht`, `inwoner${citizens}`);
  };
  /** Delivers through the fake (which then knows the tweets and users, for its echoes) and expects a 200. */
  async function deliver(payload: AccountActivityPayload): Promise<void> {
    const response = await fake.deliver(payload);
    expect(response.status).toBe(200);
  }
  const created = (who: XUser, visibility: 'private' | 'public') =>
    events.waitFor('conversation.created', (c) => c.contact.handle === who.id && c.visibility === visibility, 10_000);
  const messageCreated = (text: string) => events.waitFor('message.created', (m) => m.preview.includes(text), 10_000);
  const reply = (conversationId: string, body: unknown) =>
    server.api<MessageDto>(`/api/conversations/${conversationId}/reply`, { method: 'POST', body, token });
  const delivery = (messageId: string, status: string) =>
    events.waitFor('message.updated', (m) => m.id === messageId && m.delivery?.status === status, 15_000);
  const detail = async (conversationId: string) =>
    (await server.api<ConversationDetailDto>(`/api/conversations/${conversationId}`, { token })).body;

  /** A citizen sends a DM; resolves with the conversation it opened. */
  async function citizenWrites(who: XUser, text: string): Promise<ConversationSummaryDto> {
    const conversation = created(who, 'private');
    await deliver(directMessage(text, { from: who }));
    return conversation;
  }

  /** A citizen mentions the account; resolves with the public conversation and the tweet id. */
  async function citizenMentions(
    who: XUser,
    text: string,
  ): Promise<{ conversation: ConversationSummaryDto; id: string }> {
    const conversation = created(who, 'public');
    const payload = mention(text, { from: who });
    await deliver(payload);
    return { conversation: await conversation, id: tweetOf(payload).id_str };
  }

  /** Waits until everything delivered so far is applied: the inbound worker applies in order, so a later DM is last. */
  async function settled(who: XUser): Promise<void> {
    const marker = `Markering ${newSnowflake()}`;
    await deliver(directMessage(marker, { from: who }));
    await messageCreated(marker);
  }

  beforeAll(async () => {
    fake = await FakeX.start({ auth: { oauth1: credentials }, echoDelayMs: 100 });
    server = await startServer(twitterEnv(credentials, fake.baseUrl));
    fake.setWebhook({ url: `${server.baseUrl}/webhooks/twitter`, consumerSecret: credentials.consumerSecret });
    token = await server.login();
    socket = await connectSocket(server.baseUrl, token);
    events = recordEvents(socket);
  });

  afterAll(async () => {
    socket?.disconnect();
    await server?.stop();
    await fake?.close();
  });

  it("answers X's CRC with the base64 HMAC-SHA256 of the token under the consumer secret, in JSON", async () => {
    const response = await crcCheck(server.baseUrl, 'RnJvbSBYIHdpdGggbG92ZQ');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      response_token: crcResponseToken('RnJvbSBYIHdpdGggbG92ZQ', credentials.consumerSecret),
    });
    const missing = await fetch(`${server.baseUrl}/webhooks/twitter`);
    expect(missing.status).toBe(400);
  });

  it('refuses a bad, missing or hex (Meta-style) signature with 401 and stores nothing', async () => {
    const who = citizen();
    const payload = directMessage('Ongetekende vraag over de parkeervergunning', { from: who });
    const raw = JSON.stringify(payload);
    const hex = `sha256=${Buffer.from(signX(raw, credentials.consumerSecret).slice(7), 'base64').toString('hex')}`;
    const answers = await Promise.all([
      post(payload, 'not-the-consumer-secret'),
      post(payload, null),
      postTwitterWebhook(server.baseUrl, raw, null, { 'x-twitter-webhooks-signature': hex }),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([401, 401, 401]);
    expect(await answers[0].json()).toEqual({ error: { code: 'INVALID_SIGNATURE', message: expect.any(String) } });
    // Had any of them been stored, this properly signed delivery would be a duplicate and create nothing.
    expect((await post(payload)).status).toBe(200);
    expect((await messageCreated('Ongetekende vraag')).direction).toBe('inbound');
  });

  it('answers malformed JSON and a body that is not an Account Activity payload with 400 and a JSON error', async () => {
    const raw = '{"for_user_id":"1230000000000000001","direct_message_events":[{';
    const malformed = await fetch(`${server.baseUrl}/webhooks/twitter`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-twitter-webhooks-signature': signX(raw, credentials.consumerSecret),
      },
      body: raw,
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ error: { code: 'INVALID_JSON', message: expect.any(String) } });
    for (const body of [{ hello: 'world' }, [], { for_user_id: TEST_X_ACCOUNT.id, direct_message_events: {} }]) {
      const response = await post(body);
      expect([response.status, (await response.json()).error.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
  });

  it('stores a DM that X delivers once per subscribed user (and once more per app) as one inbound message', async () => {
    const who = citizen();
    const conversation = created(who, 'private');
    const payload = directMessage('Mijn rolcontainer is gestolen, wat nu?', { from: who });
    const id = directMessageOf(payload).id;
    expect((await post(payload)).status).toBe(200);
    // The same event for the other participant's subscription, and the first again for a second app.
    expect((await post({ ...payload, for_user_id: who.id })).status).toBe(200);
    expect((await post(payload)).status).toBe(200);
    const { id: conversationId, visibility, contact } = await conversation;
    expect([visibility, contact.displayName]).toEqual(['private', who.name]);
    await settled(who);
    const { messages } = await detail(conversationId);
    expect(messages.filter((m) => m.preview.includes('rolcontainer'))).toMatchObject([
      { direction: 'inbound', visibility: 'private' },
    ]);
    expect(events.all('message.created').filter((m) => m.preview.includes('rolcontainer'))).toHaveLength(1);
    expect(id).toMatch(/^\d{18,19}$/);
  });

  it('turns a mention into a public conversation with the citizen who tweeted', async () => {
    const who = citizen();
    const { conversation } = await citizenMentions(who, 'De lantaarnpaal op de Oudegracht is al een week kapot');
    expect(conversation).toMatchObject({
      channel: 'twitter',
      channelAccountId: TEST_X_ACCOUNT.id,
      visibility: 'public',
      contact: { displayName: who.name, handle: who.id },
      unansweredCount: 1,
    });
    const message = await messageCreated('lantaarnpaal op de Oudegracht');
    expect(message).toMatchObject({ conversationId: conversation.id, direction: 'inbound', visibility: 'public' });
    expect(message.content).toEqual({
      kind: 'text',
      text: '@gemeenteutrecht De lantaarnpaal op de Oudegracht is al een week kapot',
    });
  });

  it("takes the account's own DM and reply tweet, echoed by X, as outbound answers and not as questions", async () => {
    const who = citizen();
    const chat = await citizenWrites(who, 'Is het zwembad open met de feestdagen?');
    expect(chat.waitingSince).not.toBeNull();
    // Answered from the X app itself: the webhook is the only way Ingang hears of it.
    await deliver(ownDirectMessage('Ja, van 10 tot 16 uur.', { to: who }));
    const answer = await messageCreated('van 10 tot 16 uur');
    expect(answer).toMatchObject({ conversationId: chat.id, direction: 'outbound' });
    await events.waitFor('conversation.updated', (c) => c.id === chat.id && c.waitingSince === null);

    const { conversation, id } = await citizenMentions(who, 'En mag mijn hond mee naar het park?');
    await deliver(ownReplyTweet('Aangelijnd wel!', { id, user: who }));
    const tweet = await messageCreated('Aangelijnd wel');
    expect(tweet).toMatchObject({ conversationId: conversation.id, direction: 'outbound', visibility: 'public' });
    await events.waitFor(
      'conversation.updated',
      (c) => c.id === conversation.id && c.waitingSince === null && c.unansweredCount === 0,
    );
  });

  it('sends a DM reply to the citizen, signed with OAuth 1.0a, takes its echo as the same message, and shows it read', async () => {
    const who = citizen();
    const conversation = await citizenWrites(who, 'Hoe vraag ik een parkeervergunning aan?');
    const answer = await reply(conversation.id, { text: 'Via Mijn Utrecht, met DigiD.' });
    expect(answer.status).toBe(202);
    const sent = await fake.waitForSent((s) => s.body.text === 'Via Mijn Utrecht, met DigiD.');
    expect(sent).toMatchObject({
      kind: 'dm',
      participantId: who.id,
      body: { text: 'Via Mijn Utrecht, met DigiD.' },
      authScheme: 'oauth1',
      authorization: expect.stringMatching(/^OAuth oauth_consumer_key="/),
    });
    await delivery(answer.body.id, 'sent');
    expect((await fake.waitForEcho((echo) => echo.id === sent.id)).httpStatus).toBe(200);
    expect((await fake.deliver(markRead(sent.id, who))).status).toBe(200);
    await delivery(answer.body.id, 'read');
    await settled(who);
    const { messages } = await detail(conversation.id);
    expect(messages.filter((m) => m.preview === 'Via Mijn Utrecht, met DigiD.')).toHaveLength(1);
  });

  it("keeps one message when X's echo of the reply arrives before X answers the send", async () => {
    const who = citizen();
    const conversation = await citizenWrites(who, 'Is de milieustraat op zaterdag open?');
    const held = fake.holdNextAnswer();
    const answer = await reply(conversation.id, { text: 'Ja, van 9 tot 16 uur.' });
    const sent = await fake.waitForSent((s) => s.body.text === 'Ja, van 9 tot 16 uur.');
    // The echo is applied as an outbound message of its own while our send is still waiting for X's answer.
    const echo = await events.waitFor(
      'message.created',
      (m) => m.id !== answer.body.id && m.preview === 'Ja, van 9 tot 16 uur.',
      10_000,
    );
    held.release();
    await events.waitFor('message.deleted', (m) => m.id === echo.id, 10_000);
    await delivery(answer.body.id, 'sent');
    const { messages } = await detail(conversation.id);
    expect(messages.filter((m) => m.preview === 'Ja, van 9 tot 16 uur.').map((m) => m.id)).toEqual([answer.body.id]);
    expect(fake.sent.filter((s) => s.id === sent.id)).toHaveLength(1);
    expect(fake.sent.filter((s) => s.body.text === 'Ja, van 9 tot 16 uur.')).toHaveLength(1);
  });

  it("answers a mention with a reply tweet to the citizen's tweet, and a reply to that tweet continues the conversation", async () => {
    const who = citizen();
    const { conversation, id } = await citizenMentions(who, 'Wanneer wordt het grofvuil in Lunetten opgehaald?');
    const answer = await reply(conversation.id, { text: 'Elke eerste dinsdag van de maand, @' + who.screen_name });
    expect(answer.status).toBe(202);
    expect(answer.body.visibility).toBe('public');
    const sent = await fake.waitForSent(
      (s) => s.kind === 'tweet' && s.body.text?.startsWith('Elke eerste dinsdag') === true,
    );
    expect(sent.body).toEqual({
      text: `Elke eerste dinsdag van de maand, @${who.screen_name}`,
      reply: { in_reply_to_tweet_id: id },
    });
    expect(sent.authScheme).toBe('oauth1');
    await delivery(answer.body.id, 'sent');
    expect((await fake.waitForEcho((echo) => echo.id === sent.id)).httpStatus).toBe(200);

    await deliver(replyTweet('En in Kanaleneiland?', { id: sent.id, user: TEST_X_ACCOUNT }, { from: who }));
    const followUp = await messageCreated('En in Kanaleneiland?');
    expect(followUp.conversationId).toBe(conversation.id);
    await events.waitFor('conversation.updated', (c) => c.id === conversation.id && c.unansweredCount === 1);
    const { messages } = await detail(conversation.id);
    expect(messages.map((m) => [m.direction, m.visibility])).toEqual([
      ['inbound', 'public'],
      ['outbound', 'public'],
      ['inbound', 'public'],
    ]);
  });

  it('refuses a public reply of 281 characters with 400 before queueing it, and sends the same text as a DM', async () => {
    const who = citizen();
    const { conversation } = await citizenMentions(who, 'Waarom is mijn aanslag zo hoog?');
    // Ends in a full stop: the API trims spaces, which would make it shorter.
    const text = `Beste ${who.name}, ${'uitleg over uw aanslag '.repeat(20)}`.slice(0, 280).trimEnd().padEnd(281, '.');
    expect(Array.from(text)).toHaveLength(281);
    const refused = await reply(conversation.id, { text });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      error: { code: 'VALIDATION_FAILED', details: { maxLength: 280, length: 281 } },
    });
    // Nothing was recorded: the question still waits.
    expect((await detail(conversation.id)).messages).toHaveLength(1);
    const privately = await reply(conversation.id, { text, visibility: 'private' });
    expect(privately.status).toBe(202);
    const sent = await fake.waitForSent((s) => s.body.text === text);
    expect([sent.kind, sent.participantId]).toEqual(['dm', who.id]);
    expect(fake.sent.filter((s) => s.kind === 'tweet' && s.body.text === text)).toHaveLength(0);
  });

  it('retries after a 503 and a 429 from X and then delivers once', async () => {
    const who = citizen();
    const conversation = await citizenWrites(who, 'Is het stadskantoor open op Koningsdag?');
    fake.failNext(1, fake.unavailable());
    fake.failNext(1, fake.rateLimited());
    const answer = await reply(conversation.id, { text: 'Nee, op Koningsdag zijn we gesloten.' });
    await fake.waitForSent((s) => s.body.text === 'Nee, op Koningsdag zijn we gesloten.', 10_000);
    await delivery(answer.body.id, 'sent');
    expect(fake.sent.filter((s) => s.body.text === 'Nee, op Koningsdag zijn we gesloten.')).toHaveLength(1);
  });

  it('retries after X does not answer in time', async () => {
    const who = citizen();
    const conversation = await citizenWrites(who, 'Kan ik online een afspraak maken?');
    fake.failNext(1, { hangMs: 3000 });
    const answer = await reply(conversation.id, { text: 'Ja, via de website.' });
    await delivery(answer.body.id, 'sent');
  });

  it('marks a DM reply failed with the reason when X refuses it (403: the citizen does not accept DMs)', async () => {
    const who = citizen();
    const conversation = await citizenWrites(who, 'Waar meld ik een losliggende stoeptegel?');
    fake.closeDms(who.id);
    const answer = await reply(conversation.id, { text: 'Via de app Buitenbeter.' });
    const failed = await delivery(answer.body.id, 'failed');
    expect(failed.delivery).toMatchObject({
      failureCode: 'RECIPIENT_UNAVAILABLE',
      failureDetail: '403 Forbidden: You are not permitted to send a message to this user.',
    });
    expect(fake.sent.filter((s) => s.body.text === 'Via de app Buitenbeter.')).toHaveLength(0);
    // An answer that never arrived answers nothing: the question waits again.
    await events.waitFor('conversation.updated', (c) => c.id === conversation.id && c.unansweredCount === 1);
  });

  it('marks a reply tweet that repeats an earlier one failed, saying X refuses duplicates', async () => {
    const first = await citizenMentions(citizen(), 'Wanneer is de milieustraat open?');
    const second = await citizenMentions(citizen(), 'Hoe laat gaat de milieustraat open?');
    const same = 'De milieustraat is open van maandag tot en met zaterdag, 8.00 tot 17.00 uur.';
    const ok = await reply(first.conversation.id, { text: same });
    await delivery(ok.body.id, 'sent');
    const repeated = await reply(second.conversation.id, { text: same });
    const failed = await delivery(repeated.body.id, 'failed');
    expect(failed.delivery?.failureCode).toBe('REJECTED');
    expect(failed.delivery?.failureDetail).toMatch(/^duplicate: .*duplicate content/);
  });

  it("fetches a DM photo from X with the account's signature and serves it for download", async () => {
    const who = citizen();
    const dmId = newSnowflake();
    const mediaUrl = fake.addDmMedia(dmId, 'image/png', PNG);
    await deliver(directMessage('Hier ligt het afval', { from: who, id: dmId, media: { mediaUrl } }));
    const message = await messageCreated('Hier ligt het afval');
    expect(message.content).toMatchObject({ kind: 'media', mediaType: 'image', caption: 'Hier ligt het afval' });
    const stored = await events.waitFor(
      'message.updated',
      (m) => m.id === message.id && m.attachments[0]?.status === 'stored',
      10_000,
    );
    const download = await fetch(`${server.baseUrl}${stored.attachments[0].url}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(PNG);
    expect(fake.requests.find((r) => r.path === new URL(mediaUrl).pathname)?.authorization).toMatch(/^OAuth /);
  });

  it('keeps likes and follows for the record without opening a conversation', async () => {
    const who = citizen();
    const liked = tweetOf(mention('Top geregeld!', { from: who }));
    for (const payload of [favoriteEvent(liked, who), followEvent(who)]) {
      const response = await post(payload);
      expect([response.status, await response.json()]).toEqual([200, { received: 1 }]);
    }
    await settled(who);
    const conversations = events.all('conversation.created').filter((c) => c.contact.handle === who.id);
    expect(conversations.map((c) => c.visibility)).toEqual(['private']);
  });
});

import type { Browser, Page } from 'playwright-core';
import { FakeMessenger } from '../providers/fake-messenger';
import { FakeWhatsApp } from '../providers/fake-whatsapp';
import { FakeX } from '../providers/fake-x';
import { SmtpSink } from '../providers/smtp-sink';
import { launchChromium, logIn, screenshot } from '../support/browser';
import { sendCitizenMail, TEST_INBOX } from '../support/email-messages';
import {
  commentAdded,
  newCommentId,
  newPostId,
  newPsid,
  postMessengerWebhook,
  textMessage as messengerText,
} from '../support/messenger-webhooks';
import { freePort, startServer, whatsappSecrets, type ServerHandle } from '../support/server-process';
import { postWhatsAppWebhook, textMessage as whatsappText } from '../support/whatsapp-webhooks';
import { directMessage, mention, newXCredentials, newXUser, tweetOf, twitterEnv } from '../support/x-webhooks';

jest.setTimeout(120_000);

// One agent, one inbox, every channel: a question arrives on WhatsApp, Messenger, under a Facebook post, in an X DM,
// in an X mention and by e-mail; the agent answers each in Chromium, and each answer reaches its provider in the
// form that provider wants.

describe('answering every channel from one inbox, in Chromium', () => {
  const messengerSecret = 'browser-messenger-app-secret';
  const pageToken = 'EAAB-browser-page-token';
  const xCredentials = newXCredentials();
  let whatsapp: FakeWhatsApp;
  let messenger: FakeMessenger;
  let x: FakeX;
  let sink: SmtpSink;
  let smtpPort: number;
  let server: ServerHandle;
  let browser: Browser;

  beforeAll(async () => {
    whatsapp = await FakeWhatsApp.start({ accessToken: 'wa-token', autoStatuses: { delaysMs: [50, 150, 300] } });
    messenger = await FakeMessenger.start({ pageToken, autoReceipts: { delaysMs: [100, 200] } });
    x = await FakeX.start({ auth: { oauth1: xCredentials }, echoDelayMs: 100 });
    sink = await SmtpSink.start({ user: 'relay-user', password: 'relay-secret' });
    smtpPort = await freePort();
    server = await startServer({
      WHATSAPP_API_BASE: whatsapp.baseUrl,
      WHATSAPP_ACCESS_TOKEN: 'wa-token',
      MESSENGER_APP_SECRET: messengerSecret,
      MESSENGER_VERIFY_TOKEN: 'browser-verify-token',
      MESSENGER_PAGE_TOKEN: pageToken,
      MESSENGER_API_BASE: messenger.baseUrl,
      ...twitterEnv(xCredentials, x.baseUrl),
      MAIL_INBOX_ADDRESS: TEST_INBOX,
      MAIL_FROM_NAME: 'Gemeente Ingang',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtpPort),
      SMTP_RELAY_URL: sink.url,
    });
    whatsapp.setWebhook({ url: `${server.baseUrl}/webhooks/whatsapp`, appSecret: whatsappSecrets(server).appSecret });
    messenger.setWebhook({ url: `${server.baseUrl}/webhooks/messenger`, appSecret: messengerSecret });
    x.setWebhook({ url: `${server.baseUrl}/webhooks/twitter`, consumerSecret: xCredentials.consumerSecret });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await Promise.all([whatsapp?.close(), messenger?.close(), x?.close(), sink?.close()]);
  });

  /**
   * Opens the conversation whose inbox row is named after `contact`, answers `question` with `answer` (in public,
   * through the option `publicOption`, when given) and waits for the answer and its tick in the thread.
   */
  async function answerIn(
    agent: Page,
    contact: RegExp,
    question: string,
    answer: string,
    tick: 'Verstuurd' | 'Gelezen',
    publicOption?: string,
  ): Promise<void> {
    await agent.getByRole('link', { name: contact }).click();
    const thread = agent.getByRole('region', { name: 'Berichten' });
    await thread.getByText(question).waitFor();
    if (publicOption) {
      const visibility = agent.getByRole('radiogroup', { name: 'Zichtbaarheid van het antwoord' });
      await visibility.getByRole('radio', { name: publicOption }).check();
    }
    await agent.getByRole('textbox', { name: 'Antwoord' }).fill(answer);
    await agent.getByRole('button', { name: 'Versturen' }).click();
    await thread.getByText(answer).waitFor();
    // Exact: "Verstuurd" is also part of "Wordt verstuurd", the tick of an answer still on its way.
    await thread.getByRole('img', { name: tick, exact: true }).waitFor({ timeout: 15_000 });
  }

  it('answers WhatsApp, Messenger, a Facebook comment, an X DM, an X mention and an e-mail, each the way its provider wants', async () => {
    const agent = await (
      await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL' })
    ).newPage();
    await logIn(agent, server.baseUrl, server.admin.email, server.admin.password);

    // Six citizens, six channels.
    const waId = '31612480733';
    const waQuestion = 'Wanneer wordt het grofvuil opgehaald in de Oosterparkwijk?';
    expect(
      (
        await postWhatsAppWebhook(
          server.baseUrl,
          whatsappText(waQuestion, { from: waId, name: 'Sanne de Vries' }),
          whatsappSecrets(server).appSecret,
        )
      ).status,
    ).toBe(200);

    // Messenger's webhook names no one: the inbox shows the page-scoped id.
    const psid = newPsid();
    const dmQuestion = 'Hoe lang hebben we om onze pasgeboren dochter aan te geven?';
    expect(
      (await postMessengerWebhook(server.baseUrl, messengerText(dmQuestion, { psid }), messengerSecret)).status,
    ).toBe(200);

    const postId = newPostId();
    const commentId = newCommentId(postId);
    const commentQuestion = 'En hoe kom ik dan met mijn scootmobiel bij de apotheek op de Vismarkt?';
    const comment = commentAdded(commentQuestion, {
      from: { id: newPsid(), name: 'Henk Postma' },
      postId,
      commentId,
      postMessage: 'Vanaf maandag is de Vismarkt afgesloten voor alle verkeer. De warenmarkt gaat gewoon door.',
    });
    expect((await postMessengerWebhook(server.baseUrl, comment, messengerSecret)).status).toBe(200);

    const dmAuthor = newXUser('Lotte Dijkstra', 'lottedijkstra');
    const xDmQuestion = 'Kan ik een internationaal uittreksel BRP ook aan de balie ophalen?';
    expect((await x.deliver(directMessage(xDmQuestion, { from: dmAuthor }))).status).toBe(200);

    const mentionAuthor = newXUser('Gerrit de Haan', 'gerrit050');
    const mentionQuestion = 'waarom staat de Oosterhavenbrug al twintig minuten open in de spits?';
    const tweet = mention(mentionQuestion, { from: mentionAuthor });
    expect((await x.deliver(tweet)).status).toBe(200);

    const mailFrom = 'fatma.yilmaz@example.nl';
    const mailQuestion = 'Hoe maak ik bezwaar tegen de WOZ-waarde van mijn woning?';
    const mail = await sendCitizenMail(smtpPort, {
      from: { name: 'Fatma Yılmaz', address: mailFrom },
      subject: 'Bezwaar WOZ-waarde 2025',
      text: `Geachte heer, mevrouw,\n\n${mailQuestion}\n\nMet vriendelijke groet,\nFatma Yılmaz`,
    });
    expect(mail.response).toMatch(/^250 /);

    // All six appear live, without a reload.
    for (const name of ['Sanne de Vries', psid, 'Henk Postma', 'Lotte Dijkstra', 'Gerrit de Haan', 'Fatma Yılmaz']) {
      await agent.getByRole('link', { name: new RegExp(name) }).waitFor({ timeout: 15_000 });
    }
    await screenshot(agent, 'all-channels-inbox');

    // WhatsApp: a Cloud API text message to the citizen's number.
    const waAnswer = 'Goedemiddag Sanne, het grofvuil in de Oosterparkwijk halen we op afspraak op. Bel 14 050.';
    await answerIn(agent, /Sanne de Vries/, waQuestion, waAnswer, 'Gelezen');
    const waSent = await whatsapp.waitForSent((message) => message.body.text?.body === waAnswer, 10_000);
    expect(waSent.body).toMatchObject({ messaging_product: 'whatsapp', to: waId, type: 'text' });
    await screenshot(agent, 'all-channels-whatsapp');

    // Messenger: the Send API, as a RESPONSE within the 24-hour window.
    const dmAnswer = 'Gefeliciteerd! U heeft drie werkdagen om de geboorte aan te geven.';
    await answerIn(agent, new RegExp(psid), dmQuestion, dmAnswer, 'Gelezen');
    const dmSent = await messenger.waitForSent(
      (item) => item.kind === 'message' && item.body.message.text === dmAnswer,
      10_000,
    );
    expect(dmSent.kind === 'message' && dmSent.body).toMatchObject({
      recipient: { id: psid },
      messaging_type: 'RESPONSE',
      message: { text: dmAnswer },
    });
    expect(dmSent.kind === 'message' && dmSent.body.tag).toBeUndefined();
    await screenshot(agent, 'all-channels-messenger');

    // A comment under a post: a public reply, POST /<comment-id>/comments.
    const commentAnswer = 'De apotheek blijft bereikbaar via de Kleine Peperstraat; daar is een doorgang vrijgehouden.';
    await answerIn(
      agent,
      /Henk Postma/,
      commentQuestion,
      commentAnswer,
      'Verstuurd',
      'Openbare reactie op de opmerking',
    );
    const commentSent = await messenger.waitForSent(
      (item) => item.kind === 'comment' && item.message === commentAnswer,
      10_000,
    );
    expect(commentSent).toMatchObject({ kind: 'comment', objectId: commentId });
    expect(messenger.requests).toContainEqual(
      expect.objectContaining({
        method: 'POST',
        path: expect.stringMatching(new RegExp(`^/v[\\d.]+/${commentId}/comments$`)),
      }),
    );
    expect(messenger.sent.some((item) => item.kind === 'private-reply')).toBe(false);
    await screenshot(agent, 'all-channels-facebook-comment');

    // X DM: POST /2/dm_conversations/with/<id>/messages, signed with OAuth 1.0a.
    const xDmAnswer = 'Ja, dat kan. Neem een geldig identiteitsbewijs mee.';
    await answerIn(agent, /Lotte Dijkstra/, xDmQuestion, xDmAnswer, 'Verstuurd');
    const xDmSent = await x.waitForSent((sent) => sent.kind === 'dm' && sent.body.text === xDmAnswer, 10_000);
    expect(xDmSent).toMatchObject({ participantId: dmAuthor.id, authScheme: 'oauth1' });
    expect(x.requests).toContainEqual(
      expect.objectContaining({ method: 'POST', path: `/2/dm_conversations/with/${dmAuthor.id}/messages` }),
    );
    await screenshot(agent, 'all-channels-x-dm');

    // X mention: a public reply tweet, POST /2/tweets with reply.in_reply_to_tweet_id.
    const mentionAnswer = 'Er was een storing aan de brug; monteurs zijn onderweg. Excuses voor het oponthoud!';
    await answerIn(agent, /Gerrit de Haan/, mentionQuestion, mentionAnswer, 'Verstuurd', 'Openbare reply-tweet');
    const tweetSent = await x.waitForSent(
      (sent) => sent.kind === 'tweet' && sent.body.text?.includes(mentionAnswer) === true,
      10_000,
    );
    expect(tweetSent.body.reply).toEqual({ in_reply_to_tweet_id: tweetOf(tweet).id_str });
    expect(x.requests).toContainEqual(expect.objectContaining({ method: 'POST', path: '/2/tweets' }));
    await screenshot(agent, 'all-channels-x-mention');

    // E-mail: through the relay, threaded under the citizen's mail.
    const mailAnswer = 'Beste mevrouw Yılmaz, u kunt binnen zes weken bezwaar maken via Mijn Belastingen.';
    await answerIn(agent, /Fatma Yılmaz/, mailQuestion, mailAnswer, 'Verstuurd');
    const sentMail = await sink.waitForMail((each) => each.parsed.text?.includes(mailAnswer) ?? false, 10_000);
    expect(sentMail.envelope).toEqual({ from: TEST_INBOX, to: [mailFrom] });
    expect(sentMail.parsed.subject).toBe('Re: Bezwaar WOZ-waarde 2025');
    expect(sentMail.parsed.inReplyTo).toBe(mail.messageId);
    expect([sentMail.parsed.references].flat()).toContain(mail.messageId);
    await screenshot(agent, 'all-channels-email');

    // Nothing went anywhere twice, and nothing went to the wrong place.
    expect(whatsapp.sent).toHaveLength(1);
    expect(messenger.sent).toHaveLength(2);
    expect(x.sent).toHaveLength(2);
    expect(sink.mails).toHaveLength(1);
  });
});

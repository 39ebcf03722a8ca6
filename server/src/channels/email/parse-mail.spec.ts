import type { ParsedMail } from 'mailparser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InboundItem } from '../channel.adapter';
import { mailFileId, mailFiles, type StoredMailFile } from './mail-files';
import { mailKey, parseMail } from './parse-mail';
import { readMail } from './read-mail';

const FIXTURES = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'email');
const receivedAt = new Date('2026-11-30T09:00:00Z');
const inbox = 'vragen@gemeente.test';

type MessageItem = Extract<InboundItem, { type: 'message' }>;
type StatusItem = Extract<InboundItem, { type: 'status' }>;

function fixture(folder: 'ok' | 'not-ok', name: string): Promise<ParsedMail> {
  return readMail(readFileSync(join(FIXTURES, folder, name)));
}

/** As the receiver stores them: every attachment written, unless one is named as too large. */
function storedFiles(
  parsed: ParsedMail,
  tooLarge: string[] = [],
): Map<ParsedMail['attachments'][number], StoredMailFile> {
  return new Map(
    mailFiles(parsed).map((part, index) => {
      const id = mailFileId(mailKey(parsed), index, part.content);
      const kept = !tooLarge.includes(part.filename ?? '');
      return [part, { id, storedPath: kept ? `/media/${id}` : null, size: part.size }];
    }),
  );
}

async function parse(folder: 'ok' | 'not-ok', name: string, tooLarge: string[] = []): Promise<InboundItem[]> {
  const parsed = await fixture(folder, name);
  return parseMail(parsed, { accountId: inbox, receivedAt, files: storedFiles(parsed, tooLarge) });
}

async function message(folder: 'ok' | 'not-ok', name: string): Promise<MessageItem> {
  const [item] = await parse(folder, name);
  if (item.type !== 'message') throw new Error(`${name} gave a ${item.type} item`);
  return item;
}

describe(parseMail.name, () => {
  describe('ok', () => {
    it('turns a plain mail into one question keyed on its Message-ID, from the sender, at the Date header', async () => {
      const sut = await parse('ok', 'plain-text.eml');
      expect(sut).toEqual([
        {
          type: 'message',
          channel: 'email',
          accountId: inbox,
          dedupKey: '<CAF1234567890@mail.example.nl>',
          occurredAt: '2026-11-23T08:15:00.000Z',
          direction: 'inbound',
          providerMessageId: '<CAF1234567890@mail.example.nl>',
          contact: { externalId: 'sanne.devries@example.nl', displayName: 'Sanne de Vries' },
          content: {
            kind: 'email',
            subject: 'Container niet geleegd',
            text: expect.stringContaining('Mijn groene container aan de Dorpsstraat 12 is vanochtend niet geleegd.'),
            html: null,
            hasRemoteImages: false,
          },
          replyToProviderId: null,
          visibility: 'private',
          threadKey: 'subject:container niet geleegd',
          subject: 'Container niet geleegd',
          references: [],
          automated: null,
          attachments: [],
        },
      ]);
    });

    it('keeps a quoted-printable UTF-8 body and an encoded-word subject intact', async () => {
      const sut = await message('ok', 'quoted-printable-non-ascii.eml');
      expect(sut.contact.displayName).toBe('José Müller');
      expect(sut.subject).toBe('Vraag over de afvalstoffenheffing € 312,50');
      expect(sut.content).toMatchObject({
        text: expect.stringContaining('sinds 1 juli in Zoë (België). Klopt het beïnvloedende bedrag nog?'),
      });
      expect(sut.content).toMatchObject({ text: expect.stringContaining('José — naïef maar eerlijk 🙂') });
    });

    it('decodes an ISO-8859-1 body and subject', async () => {
      const sut = await message('ok', 'latin1.eml');
      expect(sut.subject).toBe('Parkeervergunning café');
      expect(sut.content).toMatchObject({ text: expect.stringContaining('het café ophalen? Coördinatie') });
    });

    it('refers a reply to every Message-ID in References and In-Reply-To, answering the In-Reply-To', async () => {
      const sut = await message('ok', 'reply-to-our-answer.eml');
      expect(sut.replyToProviderId).toBe('<6f0c4a52-8d0e-4a57-9d5e-2b1f3c4d5e6f.ingang@gemeente.test>');
      expect(sut.references).toEqual([
        '<CAF1234567890@mail.example.nl>',
        '<6f0c4a52-8d0e-4a57-9d5e-2b1f3c4d5e6f.ingang@gemeente.test>',
      ]);
      // RE: Re: … still belongs with the original subject.
      expect(sut.threadKey).toBe('subject:container niet geleegd');
      expect(sut.subject).toBe('RE: Re: Container niet geleegd');
    });

    it('gives mail without a Message-ID a stable key of its own', async () => {
      const first = await message('ok', 'no-message-id.eml');
      const again = await message('ok', 'no-message-id.eml');
      expect(first.providerMessageId).toMatch(/^<[0-9a-f]{64}@no-message-id\.invalid>$/);
      expect(again.dedupKey).toBe(first.dedupKey);
    });

    it('stores a cid: image and an attachment as files and points the HTML at the stored image', async () => {
      const sut = await message('ok', 'html-with-inline-image-and-attachment.eml');
      const [image, pdf] = sut.attachments ?? [];
      expect(image).toEqual({
        mediaType: 'image',
        providerRef: null,
        storedPath: `/media/${image.id}`,
        id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
        mimeType: 'image/png',
        fileName: 'tegel.png',
        size: 70,
      });
      expect(pdf).toMatchObject({ mediaType: 'document', mimeType: 'application/pdf', fileName: 'melding.pdf' });
      expect(sut.content).toMatchObject({ kind: 'email', hasRemoteImages: false });
      const html = sut.content.kind === 'email' ? (sut.content.html ?? '') : '';
      expect(html).toContain(`src="/api/attachments/${image.id}"`);
      // The head (styles, title) is not part of what the citizen wrote.
      expect(html).not.toMatch(/<style|Melding<\/title|color: red/);
    });

    it('keeps an attachment over the size limit as a file that did not arrive', async () => {
      const sut = await parse('ok', 'html-with-inline-image-and-attachment.eml', ['melding.pdf']);
      const [item] = sut as MessageItem[];
      expect(item.attachments?.[1]).toMatchObject({ fileName: 'melding.pdf', storedPath: null, providerRef: null });
    });
  });

  describe('not-ok', () => {
    it('sanitises hostile HTML and reports its remote images', async () => {
      const sut = await message('not-ok', 'hostile-html.eml');
      expect(sut.automated).toBeNull();
      const content = sut.content.kind === 'email' ? sut.content : null;
      expect(content?.hasRemoteImages).toBe(true);
      const html = content?.html ?? '';
      expect(html).not.toMatch(/<script|alert|onerror|onload|onclick|javascript:|<iframe|<form|<input|url\(|position/i);
      expect(html).toContain('src="https://images.example.net/afval.jpg"');
      expect(html).toContain('src="https://tracker.example.net/open.gif?id=42"');
      expect(html).toContain('href="https://www.example.net/melding/42"');
      // A relative URL would point into Ingang itself.
      expect(html).not.toContain('/api/attachments/00000000');
    });

    it.each([
      ['auto-submitted.eml', 'Auto-Submitted: auto-replied'],
      ['exchange-automatic-reply.eml', "Exchange's subject with X-Auto-Response-Suppress"],
      ['apple-vacation.eml', 'X-Apple-Action: VACATION'],
      ['precedence-bulk.eml', 'Precedence: bulk'],
      ['mailing-list.eml', 'List-Id'],
    ])('flags %s as an auto-reply (%s)', async (name) => {
      const sut = await parse('not-ok', name);
      expect(sut).toHaveLength(1);
      expect(sut[0]).toMatchObject({ type: 'message', automated: 'auto-reply' });
    });

    it("threads an out-of-office under our answer and under the answer's subject", async () => {
      const sut = await message('not-ok', 'exchange-automatic-reply.eml');
      expect(sut.references).toEqual(['<1b2c3d4e-0000-4000-8000-aaaaaaaaaaaa.ingang@gemeente.test>']);
      expect(sut.threadKey).toBe('subject:bouwvergunning schuur');
    });

    it('turns a delivery report into a bounce referring to our mail, and a failed status for that mail', async () => {
      const [bounce, status] = await parse('not-ok', 'bounce-dsn.eml');
      expect(bounce).toMatchObject({
        type: 'message',
        automated: 'bounce',
        references: ['<6f0c4a52-8d0e-4a57-9d5e-2b1f3c4d5e6f.ingang@gemeente.test>'],
        attachments: [],
      });
      expect(status).toEqual<StatusItem>({
        type: 'status',
        channel: 'email',
        accountId: inbox,
        dedupKey:
          '<20261123110030.4F2A1@relay.gemeente.test>#failed:<6f0c4a52-8d0e-4a57-9d5e-2b1f3c4d5e6f.ingang@gemeente.test>',
        occurredAt: '2026-11-23T11:00:30.000Z',
        providerMessageId: '<6f0c4a52-8d0e-4a57-9d5e-2b1f3c4d5e6f.ingang@gemeente.test>',
        status: 'failed',
        error: {
          code: 'BOUNCED',
          detail:
            'Status: 5.1.1; Diagnostic-Code: smtp; 550 5.1.1 <sanne.devries@example.nl>: Recipient address rejected: User unknown',
        },
      });
    });

    it('finds the bounced mail in an attached original message too, and does not offer it as a file', async () => {
      const [bounce, status] = await parse('not-ok', 'bounce-with-original-message.eml');
      expect(bounce).toMatchObject({ automated: 'bounce', attachments: [] });
      expect(status).toMatchObject({
        type: 'status',
        providerMessageId: '<1b2c3d4e-0000-4000-8000-aaaaaaaaaaaa.ingang@gemeente.test>',
        error: { code: 'BOUNCED', detail: expect.stringContaining('Status: 5.2.2') },
      });
    });

    it('files a delay warning as a bounce but does not fail the mail that is still being tried', async () => {
      const sut = await parse('not-ok', 'delay-warning.eml');
      expect(sut).toHaveLength(1);
      expect(sut[0]).toMatchObject({ automated: 'bounce' });
    });

    it('keeps mail without a sender for the record only', async () => {
      const sut = await parse('not-ok', 'no-sender.eml');
      expect(sut).toEqual([
        expect.objectContaining({ type: 'unattributed', dedupKey: '<no-sender-0001@example.net>' }),
      ]);
    });
  });

  it('takes the time of receipt when the Date header is missing', async () => {
    const parsed = await readMail(Buffer.from('From: a@example.nl\r\nSubject: Hoi\r\n\r\nHallo\r\n'));
    const [sut] = parseMail(parsed, { accountId: inbox, receivedAt, files: new Map() });
    expect(sut.occurredAt).toBe(receivedAt.toISOString());
  });

  it('does not match subjectless mail to other subjectless mail', async () => {
    const parsed = await readMail(Buffer.from('From: a@example.nl\r\nMessage-ID: <x1@example.nl>\r\n\r\nHallo\r\n'));
    const [sut] = parseMail(parsed, { accountId: inbox, receivedAt, files: new Map() }) as MessageItem[];
    expect(sut.threadKey).toBe('message:<x1@example.nl>');
    expect(sut.subject).toBeNull();
  });
});

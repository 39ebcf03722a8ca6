import type { OutboundRequest } from '../channel.adapter';
import { composeReply, replyMessageId, replySubject } from './reply-mail';

const sender = { address: 'vragen@gemeente.test', name: 'Gemeente Ingang' };

function request(overrides: Partial<OutboundRequest> = {}): OutboundRequest & {
  content: { kind: 'text'; text: string };
} {
  return {
    accountId: 'vragen@gemeente.test',
    to: 'sanne.devries@example.nl',
    content: { kind: 'text', text: 'Beste Sanne,\n\nDe wagen komt <vandaag> langs & neemt alles mee.' },
    replyToProviderId: '<q2@example.nl>',
    idempotencyKey: '6f0c4a52-8d0e-4a57-9d5e-2b1f3c4d5e6f',
    visibility: 'private',
    threadKey: 'subject:container niet geleegd',
    subject: 'Container niet geleegd',
    references: ['<q1@example.nl>', '<a1.ingang@gemeente.test>', '<q2@example.nl>'],
    quote: { text: 'Mijn container\nis niet geleegd.', sentAt: '2026-11-23T08:15:00.000Z', from: 'Sanne de Vries' },
    lastInboundAt: '2026-11-23T08:15:00.000Z',
    ...overrides,
  } as OutboundRequest & { content: { kind: 'text'; text: string } };
}

describe(composeReply.name, () => {
  it('threads the reply under the question: In-Reply-To, References and Re: subject', () => {
    const sut = composeReply(request(), sender);
    expect(sut).toMatchObject({
      from: { name: 'Gemeente Ingang', address: 'vragen@gemeente.test' },
      to: 'sanne.devries@example.nl',
      subject: 'Re: Container niet geleegd',
      messageId: '<6f0c4a52-8d0e-4a57-9d5e-2b1f3c4d5e6f.ingang@gemeente.test>',
      inReplyTo: '<q2@example.nl>',
      references: ['<q1@example.nl>', '<a1.ingang@gemeente.test>', '<q2@example.nl>'],
    });
  });

  it("escapes the agent's text in the HTML, turns newlines into <br> and quotes the question below it", () => {
    const sut = composeReply(request(), sender);
    expect(sut.html).toContain(
      '<div>Beste Sanne,<br>\n<br>\nDe wagen komt &lt;vandaag&gt; langs &amp; neemt alles mee.</div>',
    );
    expect(sut.html).toContain('Op 23 november 2026 om 09:15 schreef Sanne de Vries:');
    expect(sut.html).toMatch(/<blockquote type="cite"[^>]*>Mijn container<br>\nis niet geleegd\.<\/blockquote>/);
    expect(sut.text).toBe(
      'Beste Sanne,\n\nDe wagen komt <vandaag> langs & neemt alles mee.\n\n' +
        'Op 23 november 2026 om 09:15 schreef Sanne de Vries:\n> Mijn container\n> is niet geleegd.\n',
    );
  });

  it('sends from the bare address when no name is set, and without headers for what is unknown', () => {
    const sut = composeReply(request({ replyToProviderId: null, references: [], quote: null }), {
      address: sender.address,
      name: null,
    });
    expect(sut.from).toBe('vragen@gemeente.test');
    expect(sut).not.toHaveProperty('inReplyTo');
    expect(sut).not.toHaveProperty('references');
    expect(sut.text).toBe('Beste Sanne,\n\nDe wagen komt <vandaag> langs & neemt alles mee.\n');
  });

  it('adds the answered mail to References when the conversation history did not hold it', () => {
    const sut = composeReply(
      request({ references: ['<q1@example.nl>'], replyToProviderId: '<q9@example.nl>' }),
      sender,
    );
    expect(sut.references).toEqual(['<q1@example.nl>', '<q9@example.nl>']);
  });
});

describe(replyMessageId.name, () => {
  it('is the same for every attempt at the same message, and differs between messages', () => {
    expect(replyMessageId('m-1', 'a@gemeente.test')).toBe(replyMessageId('m-1', 'a@gemeente.test'));
    expect(replyMessageId('m-1', 'a@gemeente.test')).not.toBe(replyMessageId('m-2', 'a@gemeente.test'));
    expect(replyMessageId('odd key/with spaces', 'a@gemeente.test')).toMatch(/^<[0-9a-f]{40}\.ingang@gemeente\.test>$/);
  });
});

describe(replySubject.name, () => {
  it('does not stack Re: prefixes', () => {
    expect(replySubject('Re: Paspoort')).toBe('Re: Paspoort');
    expect(replySubject('Paspoort')).toBe('Re: Paspoort');
    expect(replySubject(null)).toBe('Re:');
  });
});

import { hasNullReturnPath, machineMailKind } from './machine-mail';
import { readMail } from './read-mail';

function mail(headers: string[], body = 'Tekst'): Buffer {
  return Buffer.from(
    [
      'From: Sanne <sanne@example.nl>',
      'To: vragen@gemeente.test',
      'Date: Mon, 23 Nov 2026 09:00:00 +0100',
      'Message-ID: <m1@example.nl>',
      ...headers,
      '',
      body,
    ].join('\r\n'),
  );
}

async function kind(headers: string[], body?: string) {
  return machineMailKind(await readMail(mail(headers, body)));
}

describe(machineMailKind.name, () => {
  it('sees a person in ordinary mail, also with Auto-Submitted: no', async () => {
    expect(await kind(['Subject: Vraag'])).toBeNull();
    expect(await kind(['Subject: Vraag', 'Auto-Submitted: no'])).toBeNull();
    expect(await kind(['Subject: Vraag', 'Return-Path: <sanne@example.nl>'])).toBeNull();
  });

  it.each([
    ['Auto-Submitted: auto-replied'],
    ['Auto-Submitted: auto-generated; owner-email="x@example.nl"'],
    ['Precedence: bulk'],
    ['Precedence: junk'],
    ['Precedence: list'],
    ['Precedence: auto_reply'],
    ['List-Id: <forum.lists.example.org>'],
    ['X-Apple-Action: VACATION'],
    ['X-Autoreply: yes'],
    ['Return-Path: <>'],
  ])('sees an auto-reply in %s', async (header) => {
    expect(await kind(['Subject: Vraag', header])).toBe('auto-reply');
  });

  it("needs Exchange's subject as well as X-Auto-Response-Suppress, which Outlook also sets on ordinary mail", async () => {
    expect(await kind(['Subject: Automatic reply: Vraag', 'X-Auto-Response-Suppress: All'])).toBe('auto-reply');
    expect(await kind(['Subject: Automatisch antwoord: Vraag', 'X-Auto-Response-Suppress: OOF'])).toBe('auto-reply');
    expect(await kind(['Subject: Vraag', 'X-Auto-Response-Suppress: All'])).toBeNull();
  });

  it('sees a bounce in a mail system notice with an empty return path, even without a report', async () => {
    const exim = mail(['Subject: Mail delivery failed', 'Return-Path: <>'])
      .toString()
      .replace('From: Sanne <sanne@example.nl>', 'From: Mail Delivery System <Mailer-Daemon@mx.example.nl>');
    expect(machineMailKind(await readMail(Buffer.from(exim)))).toBe('bounce');
  });
});

describe(hasNullReturnPath.name, () => {
  it('is true only for an empty Return-Path', async () => {
    expect(hasNullReturnPath(await readMail(mail(['Return-Path: <>'])))).toBe(true);
    expect(hasNullReturnPath(await readMail(mail(['Return-Path: <sanne@example.nl>'])))).toBe(false);
    expect(hasNullReturnPath(await readMail(mail([])))).toBe(false);
  });
});

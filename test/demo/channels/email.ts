import type { SendMailOptions } from 'nodemailer';
import { SmtpSink, type SinkMail } from '../../providers/smtp-sink';
import { sendCitizenMail, type CitizenMail } from '../../support/email-messages';
import { freePort } from '../../support/server-process';
import { demoPdf, demoPhoto } from '../demo-media';
import { EMAIL_PERSONAS, MAIL_THANKS, type EmailPersona, type MailLine } from '../personas/email';
import { between, pick, setting, watchNew, type ChannelSettings, type DemoChannel, type DemoCitizen } from './channel';

// E-mail: citizens' mail goes over real SMTP to Ingang's own receiver (SMTP_PORT, a free port unless set), for
// MAIL_INBOX_ADDRESS (vragen@gemeente.demo); Ingang's answers leave through SMTP_RELAY_URL, which is an SMTP sink
// here that keeps every mail. Citizens write back to an answer as mail clients do (Re:, In-Reply-To, References),
// and one of them is on holiday: her mail server answers with an out-of-office at once.

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The HTML part webmail writes: a paragraph per blank line, the pasted photos at the end. */
function htmlOf(text: string, inlineCids: string[]): string {
  const paragraphs = text
    .split('\n\n')
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
  const images = inlineCids.map((cid) => `<p><img src="cid:${cid}" alt="" width="320"></p>`).join('\n');
  return `<div dir="ltr" style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n${paragraphs}\n${images}\n</div>`;
}

function attachmentsOf(line: MailLine): { attachments: SendMailOptions['attachments']; cids: string[] } {
  const cids: string[] = [];
  const attachments = (line.attachments ?? []).map((file) => {
    if (file.kind === 'pdf') {
      return { filename: file.fileName, content: demoPdf(file.pages), contentType: 'application/pdf' };
    }
    const cid = file.inline ? `${file.fileName}@webmail.example.nl` : undefined;
    if (cid) cids.push(cid);
    return { filename: file.fileName, content: demoPhoto(file.photo), contentType: 'image/png', cid };
  });
  return { attachments, cids };
}

/** What a mail is about, for the log: its first real paragraph (not the greeting, not the signature). */
function gist(text: string): string {
  const paragraphs = text.split('\n\n');
  return (paragraphs.find((paragraph) => paragraph.length > 30) ?? text).replace(/\s+/g, ' ');
}

/** The answer's own text, without the question Ingang quotes under it. */
function answerText(mail: SinkMail): string {
  const text = mail.parsed.text ?? '';
  const quote = text.search(/\n\nOp .+ schreef/);
  return (quote >= 0 ? text.slice(0, quote) : text).trim();
}

export async function startEmail({ context }: ChannelSettings): Promise<DemoChannel> {
  const inbox = setting('MAIL_INBOX_ADDRESS', 'vragen@gemeente.demo');
  const smtpPort = Number(setting('SMTP_PORT', String(await freePort())));
  const sink = await SmtpSink.start();

  /** The last answer each citizen got: their next mail is a reply to it. */
  const answers = new Map<EmailPersona, SinkMail>();

  const send = (citizen: DemoCitizen, mail: CitizenMail, summary: string, at = new Date()) =>
    context.post(
      citizen,
      summary,
      async () => void (await sendCitizenMail(smtpPort, { to: inbox, date: at, ...mail })),
      at,
    );

  const threading = (persona: EmailPersona): Pick<CitizenMail, 'subject' | 'inReplyTo' | 'references'> => {
    const answer = answers.get(persona);
    if (!answer?.parsed.messageId) return { subject: persona.subject };
    const references = [answer.parsed.references ?? []].flat();
    return {
      subject: answer.parsed.subject ?? `Re: ${persona.subject}`,
      inReplyTo: answer.parsed.messageId,
      references: [...references, answer.parsed.messageId],
    };
  };

  const citizens = new Map<string, { persona: EmailPersona; citizen: DemoCitizen }>();
  for (const persona of EMAIL_PERSONAS) {
    const from = { name: persona.name, address: persona.address };
    const citizen: DemoCitizen = {
      name: persona.name,
      where: `e-mail ${persona.address}`,
      backlog: persona.backlog,
      lineCount: persona.lines.length,
      attached: () => false,
      say: async (index, at) => {
        if (index === 0) answers.delete(persona);
        const line = persona.lines[index];
        const { attachments, cids } = attachmentsOf(line);
        const thread = threading(persona);
        const files = (line.attachments ?? []).map((file) => ` 📎 ${file.fileName}`).join('');
        await send(
          citizen,
          { from, ...thread, text: line.text, html: line.html ? htmlOf(line.text, cids) : undefined, attachments },
          `${line.html ? '(HTML) ' : ''}"${thread.subject ?? ''}" ${gist(line.text)}${files}`,
          at,
        );
      },
    };
    citizens.set(persona.address, { persona, citizen });
  }

  const stopWatching = watchNew(sink.mails, (mail) => {
    const to = mail.envelope.to[0] ?? '';
    const summary = `"${mail.parsed.subject ?? ''}" ${answerText(mail).replace(/\s+/g, ' ')}`;
    const found = citizens.get(to.toLowerCase());
    if (!found) return context.log(`gemeente → ${to} (e-mail): ${summary}`);
    const { persona, citizen } = found;
    answers.set(persona, mail);
    const from = { name: persona.name, address: persona.address };
    if (persona.outOfOffice) {
      // The citizen is away: their mail server answers at once, and they themselves do not.
      const autoReply = persona.outOfOffice;
      context.log(`gemeente → ${persona.name} · ${citizen.where}: ${summary}`);
      context.later(between(800, 2000), () =>
        send(
          citizen,
          {
            from,
            ...threading(persona),
            subject: `Automatisch antwoord: ${mail.parsed.subject ?? persona.subject}`,
            text: autoReply,
            headers: { 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All' },
          },
          `(out-of-office) ${autoReply}`,
        ),
      );
      return;
    }
    const thanks = pick(MAIL_THANKS);
    const quoted = answerText(mail)
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n');
    const written = mail.at.toLocaleString('nl-NL', { dateStyle: 'long', timeStyle: 'short' });
    context.answered({
      citizen,
      summary,
      react: () =>
        send(
          citizen,
          {
            from,
            ...threading(persona),
            text: `${thanks}\n\nMet vriendelijke groet,\n${persona.name}\n\nOp ${written} schreef ${mail.parsed.from?.text ?? inbox}:\n${quoted}`,
          },
          thanks,
        ),
    });
  });

  return {
    name: 'E-mail',
    env: {
      MAIL_INBOX_ADDRESS: inbox,
      MAIL_FROM_NAME: setting('MAIL_FROM_NAME', 'Gemeente Groningen'),
      SMTP_HOST: setting('SMTP_HOST', '127.0.0.1'),
      SMTP_PORT: String(smtpPort),
      SMTP_RELAY_URL: sink.url,
    },
    banner: `citizens mail ${inbox} at Ingang's SMTP receiver smtp://127.0.0.1:${smtpPort}; answers go to a fake relay (SMTP sink) at ${sink.url}`,
    citizens: [...citizens.values()].map((entry) => entry.citizen),
    close: async () => {
      stopWatching();
      await sink.close();
    },
  };
}

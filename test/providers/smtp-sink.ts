import { simpleParser, type ParsedMail } from 'mailparser';
import { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

// A stand-in for the municipality's SMTP relay: a real SMTP server (smtp-server) that records every mail it
// accepts, parsed, and can be told to refuse the next ones the way real relays do — 451 for "try again later",
// 550 for "never".

export interface SinkMail {
  envelope: { from: string; to: string[] };
  /** The login the client used, when the sink requires one. */
  user: string | null;
  raw: Buffer;
  parsed: ParsedMail;
  at: Date;
}

/** An injected refusal: an SMTP reply code (4xx temporary, 5xx permanent), at RCPT TO or after DATA. */
export interface SinkFailure {
  code: number;
  message?: string;
  stage?: 'rcpt' | 'data';
}

/** Every mail transaction the sink saw, accepted or refused. */
export interface SinkAttempt {
  at: Date;
  to: string[];
  /** 250, or the refusal's code. */
  answer: number;
}

export interface SmtpSinkOptions {
  port?: number;
  /** When given, clients must log in with these (AUTH PLAIN/LOGIN over the plain connection). */
  user?: string;
  password?: string;
}

function refusal(code: number, message: string): Error & { responseCode: number } {
  return Object.assign(new Error(message), { responseCode: code });
}

function defaultMessage(code: number): string {
  return code >= 500 ? '5.1.1 Mailbox unavailable' : '4.3.0 Temporary failure, please try again later';
}

export class SmtpSink {
  readonly mails: SinkMail[] = [];
  readonly attempts: SinkAttempt[] = [];

  private readonly events = new EventEmitter();
  private readonly failures: SinkFailure[] = [];

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
    private readonly options: SmtpSinkOptions,
  ) {
    this.events.setMaxListeners(0);
  }

  /** The relay URL for SMTP_RELAY_URL, credentials included. */
  get url(): string {
    const login = this.options.user
      ? `${encodeURIComponent(this.options.user)}:${encodeURIComponent(this.options.password ?? '')}@`
      : '';
    return `smtp://${login}127.0.0.1:${this.port}`;
  }

  static async start(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
    const requireLogin = options.user !== undefined;
    let sink: SmtpSink | null = null;
    const server = new SMTPServer({
      logger: false,
      disableReverseLookup: true,
      closeTimeout: 1000,
      // No TLS on loopback (the built-in certificate would not verify anyway); a login then goes in the clear.
      disabledCommands: requireLogin ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
      allowInsecureAuth: true,
      authOptional: !requireLogin,
      onAuth: (auth, _session, callback) => {
        if (auth.username === options.user && auth.password === options.password) {
          callback(null, { user: auth.username });
        } else {
          callback(refusal(535, '5.7.8 Authentication credentials invalid'));
        }
      },
      onRcptTo: (address, session, callback) => {
        const failure = sink?.failures[0];
        if (failure && (failure.stage ?? 'data') === 'rcpt') {
          sink?.failures.shift();
          sink?.attempts.push({ at: new Date(), to: [address.address], answer: failure.code });
          callback(refusal(failure.code, failure.message ?? defaultMessage(failure.code)));
          return;
        }
        callback();
      },
      onData: (stream, session, callback) => {
        if (!sink) return callback(refusal(451, 'not ready'));
        sink.receive(stream, session).then(
          () => callback(),
          (error: Error) => callback(error),
        );
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => {
        server.server.off('error', reject);
        resolve();
      });
    });
    const { port } = server.server.address() as AddressInfo;
    sink = new SmtpSink(server, port, options);
    return sink;
  }

  /** The next `count` mail transactions get this refusal instead of being accepted. */
  failNext(count: number, failure: SinkFailure): void {
    for (let i = 0; i < count; i += 1) this.failures.push(failure);
  }

  /** Forgets what was received and any pending injected failures. */
  reset(): void {
    this.mails.length = 0;
    this.attempts.length = 0;
    this.failures.length = 0;
  }

  /** Resolves with the first accepted mail (already received or still to come) that matches. */
  waitForMail(predicate: (mail: SinkMail) => boolean = () => true, timeoutMs = 5000): Promise<SinkMail> {
    const found = this.mails.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const listener = (mail: SinkMail) => {
        if (!predicate(mail)) return;
        clearTimeout(timer);
        this.events.off('mail', listener);
        resolve(mail);
      };
      const timer = setTimeout(() => {
        this.events.off('mail', listener);
        const seen = this.mails.map((mail) => `${mail.parsed.messageId ?? '?'} ${mail.parsed.subject ?? ''}`);
        reject(new Error(`SmtpSink: no matching mail within ${timeoutMs} ms; received: ${JSON.stringify(seen)}`));
      }, timeoutMs);
      this.events.on('mail', listener);
    });
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async receive(stream: SMTPServerDataStream, session: SMTPServerSession): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
    const to = session.envelope.rcptTo.map((each) => each.address);
    const failure = this.failures[0];
    if (failure && (failure.stage ?? 'data') === 'data') {
      this.failures.shift();
      this.attempts.push({ at: new Date(), to, answer: failure.code });
      throw refusal(failure.code, failure.message ?? defaultMessage(failure.code));
    }
    const raw = Buffer.concat(chunks);
    const mail: SinkMail = {
      envelope: { from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to },
      user: typeof session.user === 'string' ? session.user : null,
      raw,
      parsed: await simpleParser(raw),
      at: new Date(),
    };
    this.attempts.push({ at: mail.at, to, answer: 250 });
    this.mails.push(mail);
    this.events.emit('mail', mail);
  }
}

import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { FakeWhatsApp, type FakeTemplate, type SentMessage } from '../providers/fake-whatsapp';
import { repoRoot } from '../support/server-process';
import {
  documentMessage,
  imageMessage,
  locationMessage,
  newMediaId,
  postWhatsAppWebhook,
  reactionMessage,
  TEST_WABA_ID,
  textMessage,
  unsupportedMessage,
  type InboundOptions,
  type WhatsAppWebhook,
} from '../support/whatsapp-webhooks';
import { demoPdf, demoPhoto } from './demo-media';
import { AFTER_TEMPLATE, PERSONAS, REACTIONS, THANKS, type Backlog, type CitizenLine, type Persona } from './personas';

// `npm run demo`: the real server against a fake WhatsApp, with citizens writing in all the time.
// Settings: PORT (3000), DATABASE_URL (sqlite:data/demo.sqlite), DEMO_INTERVAL_MS (4000), DEMO_COUNT (no limit),
// DEMO_PROVIDER_PORT (any free port), ADMIN_EMAIL / ADMIN_PASSWORD, WHATSAPP_* secrets.

const TEMPLATES: FakeTemplate[] = [
  {
    name: 'vraag_opvolging',
    language: 'nl',
    category: 'UTILITY',
    body: 'Beste {{1}}, u stelde ons een vraag via WhatsApp. {{2}}',
  },
  {
    name: 'doorgezet',
    language: 'nl',
    category: 'UTILITY',
    body: 'Beste {{1}}, uw vraag hebben we doorgezet naar {{2}}. U hoort binnen {{3}} werkdagen van ons.',
  },
  {
    name: 'afsluiting',
    language: 'nl',
    category: 'UTILITY',
    body: 'Beste {{1}}, we hebben uw vraag afgehandeld. Heeft u nog een vraag? Stuur ons gerust een nieuw bericht. Met vriendelijke groet, gemeente Groningen',
  },
];

const HOUR = 3_600_000;

function setting(name: string, fallback: string): string {
  const value = process.env[name];
  return value === undefined || value === '' ? fallback : value;
}

function pick<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)];
}

function between(minMs: number, maxMs: number): number {
  return minMs + Math.random() * (maxMs - minMs);
}

function clock(date: Date): string {
  return date.toLocaleTimeString('nl-NL', { hour12: false });
}

function phone(waId: string): string {
  // 31612480733 → +31 6 1248 0733
  return `+${waId.slice(0, 2)} ${waId.slice(2, 3)} ${waId.slice(3, 7)} ${waId.slice(7)}`;
}

/** A moment before the demo started; the minutes vary per citizen so the backlog does not look generated. */
function backlogMoment(backlog: Backlog, now: Date, minute: number): Date {
  const at = new Date(now);
  if (backlog === 'this-morning') {
    at.setHours(7, 30 + (minute % 30), 0, 0);
    if (at > now) at.setDate(at.getDate() - 1);
    return at;
  }
  if (backlog === 'two-days-ago-evening') {
    at.setDate(at.getDate() - 2);
    at.setHours(21, minute % 60, 0, 0);
    return at;
  }
  // Friday afternoon, and more than 24 hours ago: the reply window has closed, only a template can go out.
  at.setHours(15 + (minute % 2), minute % 60, 0, 0);
  while (at.getDay() !== 5 || now.getTime() - at.getTime() < 24 * HOUR) at.setDate(at.getDate() - 1);
  return at;
}

interface CitizenState {
  persona: Persona;
  next: number;
  started: boolean;
  // Waiting for the municipality (an old question whose window closed): no spontaneous follow-ups.
  dormant: boolean;
  lastAt: number;
  answerPending: boolean;
}

class CitizenStream {
  private readonly citizens: CitizenState[];
  private readonly timers = new Set<NodeJS.Timeout>();
  private posted = 0;
  private stopped = false;
  private limitAnnounced = false;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly fake: FakeWhatsApp,
    private readonly baseUrl: string,
    private readonly appSecret: string,
    private readonly intervalMs: number,
    private readonly limit: number,
  ) {
    this.citizens = PERSONAS.map((persona) => ({
      persona,
      next: 0,
      started: false,
      dormant: false,
      lastAt: 0,
      answerPending: false,
    }));
  }

  async start(): Promise<void> {
    this.unsubscribe = this.fake.onSent((message) => this.answered(message));
    await this.sendBacklog();
    this.scheduleTick();
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribe?.();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private later(delayMs: number, action: () => Promise<void>): void {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.stopped) action().catch((error: unknown) => console.error(`demo: ${(error as Error).message}`));
    }, delayMs);
    this.timers.add(timer);
  }

  private limitReached(): boolean {
    if (this.posted < this.limit) return false;
    if (!this.limitAnnounced) {
      this.limitAnnounced = true;
      console.log(`[demo] DEMO_COUNT=${this.limit} reached: no more citizens write in. Ctrl+C stops the demo.`);
    }
    return true;
  }

  private async sendBacklog(): Promise<void> {
    const now = new Date();
    const backlog = this.citizens
      .filter((citizen) => citizen.persona.backlog)
      .map((citizen, index) => ({
        citizen,
        at: backlogMoment(citizen.persona.backlog as Backlog, now, 7 + index * 23),
      }))
      .sort((a, b) => a.at.getTime() - b.at.getTime());
    for (const { citizen, at } of backlog) {
      if (this.limitReached()) return;
      citizen.started = true;
      citizen.dormant = true;
      await this.sendLine(citizen, at);
      // The photo and location of a report come right after its text.
      while (!this.limitReached() && citizen.persona.lines[citizen.next]?.kind !== 'text' && this.hasNext(citizen)) {
        await this.sendLine(citizen, new Date(at.getTime() + 40_000));
      }
    }
  }

  private hasNext(citizen: CitizenState): boolean {
    return citizen.next < citizen.persona.lines.length;
  }

  private scheduleTick(): void {
    this.later(this.intervalMs * between(0.5, 1.5) + 1, () => this.tick());
  }

  private async tick(): Promise<void> {
    if (this.limitReached()) return;
    const now = Date.now();
    const followUps = this.citizens.filter(
      (citizen) =>
        citizen.started &&
        !citizen.dormant &&
        !citizen.answerPending &&
        this.hasNext(citizen) &&
        now - citizen.lastAt > 3 * this.intervalMs,
    );
    const newcomers = this.citizens.filter((citizen) => !citizen.started);
    if (followUps.length > 0 && (newcomers.length === 0 || Math.random() < 0.4)) {
      await this.sendBurst(pick(followUps));
    } else if (newcomers.length > 0) {
      const citizen = pick(newcomers);
      citizen.started = true;
      await this.sendBurst(citizen);
    } else {
      // Everyone has had their say: someone comes back with the same kind of question a while later.
      const citizen = pick(this.citizens.filter((candidate) => !candidate.dormant && !candidate.answerPending));
      if (citizen) {
        citizen.next = 0;
        await this.sendBurst(citizen);
      }
    }
    this.scheduleTick();
  }

  /** One line, plus the photo, location or document that belongs to it a few seconds later. */
  private async sendBurst(citizen: CitizenState): Promise<void> {
    await this.sendLine(citizen, new Date());
    const following = citizen.persona.lines[citizen.next];
    if (following && following.kind !== 'text') {
      this.later(between(1500, 4000), () => this.sendLine(citizen, new Date()));
    }
  }

  /** Someone at the municipality answered: the citizen reacts a little later, like people do. */
  private answered(message: SentMessage): void {
    const citizen = this.citizens.find((candidate) => candidate.persona.waId === message.body.to.replace(/\D/g, ''));
    const what =
      message.body.type === 'template' ? `template ${message.body.template?.name ?? ''}` : message.body.text?.body;
    console.log(
      `[demo] ${clock(new Date())} gemeente → ${citizen?.persona.name ?? message.body.to}: ${what ?? message.body.type}`,
    );
    if (!citizen || citizen.answerPending) return;
    citizen.answerPending = true;
    this.later(between(5000, 15000), async () => {
      citizen.answerPending = false;
      citizen.dormant = false;
      if (this.limitReached()) return;
      const roll = Math.random();
      if (message.body.type === 'template') {
        await this.post(citizen, textMessage(pick(AFTER_TEMPLATE), this.from(citizen)), pick(AFTER_TEMPLATE));
      } else if (roll < 0.25) {
        const emoji = pick(REACTIONS);
        await this.post(citizen, reactionMessage(message.id, emoji, this.from(citizen)), `reacts ${emoji}`);
      } else if (roll < 0.6 && this.hasNext(citizen)) {
        await this.sendBurst(citizen);
      } else {
        const thanks = pick(THANKS);
        await this.post(citizen, textMessage(thanks, this.from(citizen)), thanks);
      }
    });
  }

  private from(citizen: CitizenState, timestamp = new Date()): InboundOptions {
    return { from: citizen.persona.waId, name: citizen.persona.name, timestamp };
  }

  private async sendLine(citizen: CitizenState, at: Date): Promise<void> {
    const line = citizen.persona.lines[citizen.next];
    if (!line || this.limitReached()) return;
    citizen.next += 1;
    const { webhook, summary } = this.build(line, this.from(citizen, at));
    await this.post(citizen, webhook, summary, at);
  }

  private build(line: CitizenLine, options: InboundOptions): { webhook: WhatsAppWebhook; summary: string } {
    switch (line.kind) {
      case 'text':
        return { webhook: textMessage(line.text, options), summary: line.text };
      case 'photo': {
        const bytes = demoPhoto(line.photo);
        const mediaId = newMediaId();
        this.fake.addMedia({ id: mediaId, mimeType: 'image/png', bytes });
        const sha256 = createHash('sha256').update(bytes).digest('base64');
        return {
          webhook: imageMessage({ ...options, mediaId, mimeType: 'image/png', sha256, caption: line.caption }),
          summary: `📷 photo${line.caption ? `: ${line.caption}` : ''}`,
        };
      }
      case 'document': {
        const bytes = demoPdf(line.pages);
        const mediaId = newMediaId();
        this.fake.addMedia({ id: mediaId, mimeType: 'application/pdf', bytes, fileName: line.fileName });
        const sha256 = createHash('sha256').update(bytes).digest('base64');
        return {
          webhook: documentMessage({ ...options, mediaId, sha256, fileName: line.fileName, caption: line.caption }),
          summary: `📄 ${line.fileName}`,
        };
      }
      case 'location': {
        const { kind: _kind, ...location } = line;
        return {
          webhook: locationMessage(location, options),
          summary: `📍 ${line.name ?? `${line.latitude}, ${line.longitude}`}`,
        };
      }
      case 'unsupported':
        return {
          webhook: unsupportedMessage({ ...options, originalType: line.originalType }),
          summary: `(${line.originalType}: not supported by Cloud API)`,
        };
    }
  }

  private async post(citizen: CitizenState, webhook: WhatsAppWebhook, summary: string, at = new Date()): Promise<void> {
    this.posted += 1;
    citizen.lastAt = Date.now();
    const past = Date.now() - at.getTime() > 60_000 ? ` (sent ${at.toLocaleString('nl-NL')})` : '';
    console.log(
      `[demo] ${clock(new Date())} ${citizen.persona.name} ${phone(citizen.persona.waId)}${past}: ${summary}`,
    );
    try {
      const response = await postWhatsAppWebhook(this.baseUrl, webhook, this.appSecret);
      if (!response.ok) console.warn(`[demo]   the server answered the webhook with ${response.status}`);
    } catch (error) {
      console.warn(`[demo]   the webhook did not arrive: ${(error as Error).message}`);
    }
  }
}

async function waitForHealth(baseUrl: string, server: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) throw new Error('the server stopped while starting');
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(1000) });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server was not healthy within ${timeoutMs / 1000} s`);
}

function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => server.kill('SIGKILL'), 10_000);
    server.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    server.kill('SIGTERM');
  });
}

/** True when nothing listens on the port yet: otherwise the health check would find someone else's server. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

async function main(): Promise<void> {
  const root = repoRoot();
  const port = setting('PORT', '3000');
  const databaseUrl = setting('DATABASE_URL', 'sqlite:data/demo.sqlite');
  const adminEmail = setting('ADMIN_EMAIL', 'admin@ingang.demo');
  const adminPassword = setting('ADMIN_PASSWORD', 'ingang-demo');
  const appSecret = setting('WHATSAPP_APP_SECRET', 'ingang-demo-app-secret');
  const accessToken = setting('WHATSAPP_ACCESS_TOKEN', 'ingang-demo-access-token');
  const wabaId = setting('WHATSAPP_BUSINESS_ACCOUNT_ID', TEST_WABA_ID);
  const intervalMs = Math.max(200, Number(setting('DEMO_INTERVAL_MS', '4000')) || 4000);
  const count = process.env.DEMO_COUNT ? Number(process.env.DEMO_COUNT) : NaN;
  const limit = Number.isFinite(count) && count >= 0 ? count : Infinity;
  const baseUrl = `http://127.0.0.1:${port}`;
  if (!(await portIsFree(Number(port)))) {
    console.error(`[demo] port ${port} is already in use: stop what runs there or start with PORT=<another port>`);
    process.exit(1);
  }

  // Human-like receipts: on the phone within a second, delivered soon after, read when they look.
  const fake = await FakeWhatsApp.start({
    port: Number(setting('DEMO_PROVIDER_PORT', '0')),
    accessToken,
    wabaId,
    webhook: { url: `${baseUrl}/webhooks/whatsapp`, appSecret },
    autoStatuses: { delaysMs: [700, 1800, 6500] },
  });
  fake.setTemplates(TEMPLATES);

  if (databaseUrl.startsWith('sqlite:data/')) mkdirSync(join(root, 'data'), { recursive: true });
  const server = spawn(process.execPath, [join(root, 'server', 'dist', 'main.js')], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      PORT: port,
      DATABASE_URL: databaseUrl,
      ADMIN_EMAIL: adminEmail,
      ADMIN_PASSWORD: adminPassword,
      WHATSAPP_API_BASE: fake.baseUrl,
      WHATSAPP_APP_SECRET: appSecret,
      WHATSAPP_VERIFY_TOKEN: setting('WHATSAPP_VERIFY_TOKEN', 'ingang-demo-verify-token'),
      WHATSAPP_ACCESS_TOKEN: accessToken,
      WHATSAPP_BUSINESS_ACCOUNT_ID: wabaId,
    },
  });

  const stream = new CitizenStream(fake, baseUrl, appSecret, intervalMs, limit);
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) process.exit(code);
    stopping = true;
    stream.stop();
    console.log('\n[demo] stopping the server and the fake WhatsApp …');
    await stopServer(server);
    await fake.close();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  server.once('exit', (code, signal) => {
    if (stopping) return;
    console.error(`[demo] the server stopped (${signal ?? `exit code ${String(code)}`})`);
    void shutdown(code === null || code === 0 ? 1 : code);
  });

  try {
    await waitForHealth(baseUrl, server);
  } catch (error) {
    console.error(`[demo] ${(error as Error).message}`);
    await shutdown(1);
    return;
  }
  const passwordShown = process.env.ADMIN_PASSWORD ? '(your ADMIN_PASSWORD)' : adminPassword;
  console.log(
    [
      '',
      '  Ingang demo',
      `  Inbox:          http://localhost:${port}`,
      `  Log in as:      ${adminEmail} / ${passwordShown}`,
      `  Fake WhatsApp:  ${fake.baseUrl} (Graph API, templates: ${TEMPLATES.map((t) => t.name).join(', ')})`,
      `  Citizens write about every ${intervalMs / 1000} s${Number.isFinite(limit) ? `, ${limit} messages in all` : ''}. Ctrl+C stops.`,
      '',
    ].join('\n'),
  );
  await stream.start();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

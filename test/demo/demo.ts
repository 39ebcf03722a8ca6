import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { repoRoot } from '../support/server-process';
import { setting, type ChannelSettings, type DemoChannel } from './channels/channel';
import { startEmail } from './channels/email';
import { startFacebook } from './channels/facebook';
import { startWhatsApp } from './channels/whatsapp';
import { startX } from './channels/x';
import { CitizenStream } from './stream';
import { seedTeam } from './team';

// `npm run demo`: the real server against fake providers for every channel — WhatsApp, Facebook (Messenger and
// Page comments), X (DMs and mentions) and e-mail (SMTP in, an SMTP sink as relay out) — with citizens writing in
// all the time and reacting to the answers.
// Settings: PORT (3000), DATABASE_URL (sqlite:data/demo.sqlite), DEMO_INTERVAL_MS (4000), DEMO_COUNT (no limit),
// ADMIN_EMAIL / ADMIN_PASSWORD, MAIL_INBOX_ADDRESS (vragen@gemeente.demo), SMTP_PORT (a free port), and each
// channel's secrets (see channels/*.ts); everything else (MEDIA_DIR, REDIS_*) goes to the server as it is.

const CHANNELS: ((settings: ChannelSettings) => Promise<DemoChannel>)[] = [
  startWhatsApp,
  startFacebook,
  startX,
  startEmail,
];

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
  const intervalMs = Math.max(200, Number(setting('DEMO_INTERVAL_MS', '4000')) || 4000);
  const count = process.env.DEMO_COUNT ? Number(process.env.DEMO_COUNT) : NaN;
  const limit = Number.isFinite(count) && count >= 0 ? count : Infinity;
  const serverUrl = `http://127.0.0.1:${port}`;
  if (!(await portIsFree(Number(port)))) {
    console.error(`[demo] port ${port} is already in use: stop what runs there or start with PORT=<another port>`);
    process.exit(1);
  }

  // The fakes first: the server is told where they are; they post their webhooks to the server once it runs.
  const stream = new CitizenStream(intervalMs, limit);
  const channels: DemoChannel[] = [];
  for (const start of CHANNELS) channels.push(await start({ serverUrl, context: stream }));
  for (const channel of channels) stream.add(channel.name, channel.citizens);

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
      ...Object.assign({}, ...channels.map((channel) => channel.env)),
    },
  });

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) process.exit(code);
    stopping = true;
    stream.stop();
    console.log('\n[demo] stopping the server and the fake providers …');
    await stopServer(server);
    await Promise.all(channels.map((channel) => channel.close()));
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
    await waitForHealth(serverUrl, server);
  } catch (error) {
    console.error(`[demo] ${(error as Error).message}`);
    await shutdown(1);
    return;
  }
  const passwordShown = process.env.ADMIN_PASSWORD ? '(your ADMIN_PASSWORD)' : adminPassword;
  // The team needs a password of 12 characters or more.
  const team = await seedTeam(serverUrl, { email: adminEmail, password: adminPassword }, 'ingang-demo-team');
  const width = Math.max(...channels.map((channel) => channel.name.length)) + 3;
  console.log(
    [
      '',
      '  Ingang demo',
      `  ${'Inbox:'.padEnd(width)}http://localhost:${port}`,
      `  ${'Log in:'.padEnd(width)}${adminEmail} / ${passwordShown}`,
      ...team.map((line) => `  ${''.padEnd(width)}${line}`),
      ...channels.map((channel) => `  ${`${channel.name}:`.padEnd(width)}${channel.banner}`),
      `  Citizens write about every ${intervalMs / 1000} s on every channel${Number.isFinite(limit) ? `, ${limit} messages in all` : ''}; some on two channels under the same name. Ctrl+C stops.`,
      '',
    ].join('\n'),
  );
  await stream.start();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

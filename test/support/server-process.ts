import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

// The real server as a child process, with its own database, media folder, port and Redis prefix, so e2e tests
// can run in parallel against one Redis.

export interface ApiResponse<T> {
  status: number;
  body: T;
  headers: Headers;
}

export interface ServerHandle {
  baseUrl: string;
  port: number;
  /** Everything the test set for the server (secrets included); the inherited PATH etc. are not listed. */
  env: Record<string, string>;
  admin: { email: string; password: string };
  /** The data folder (SQLite file and media) that survives restarts. */
  dataDir: string;
  logs(): string;
  login(email?: string, password?: string): Promise<string>;
  api<T>(path: string, init?: { method?: string; body?: unknown; token?: string }): Promise<ApiResponse<T>>;
  /** SIGKILL, as in a crash; waits for the exit. */
  kill9(): Promise<void>;
  /** The end: SIGTERM, then the data folder is removed (KEEP_TEST_DATA=1 keeps it). */
  stop(): Promise<void>;
  /** Same env, port and data folder; after kill9() or on a running server. */
  restart(): Promise<void>;
}

export interface WhatsAppSecrets {
  appSecret: string;
  verifyToken: string;
  accessToken: string;
  businessAccountId: string;
}

const READY_TIMEOUT_MS = 20_000;
const READY_POLL_MS = 50;
const STOP_TIMEOUT_MS = 10_000;
const MAX_LOG_CHARS = 2_000_000;
// The variables a Node process needs from the parent; the rest of the parent's environment stays out so a
// developer's own PORT or DATABASE_URL cannot leak into a test.
const INHERITED = ['PATH', 'HOME', 'TMPDIR', 'TMP', 'TEMP', 'LANG', 'TZ', 'SYSTEMROOT', 'REDIS_AUTOSTART'];

const running = new Set<ChildProcess>();
const dataDirs = new Set<string>();
// A safety net for scripts that forget stop(); under Jest, stop() in afterAll is what cleans up.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
  if (process.env.KEEP_TEST_DATA) return;
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

/** The repository root: the nearest folder upwards whose package.json declares workspaces. */
export function repoRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && 'workspaces' in (JSON.parse(readFileSync(manifest, 'utf8')) as object)) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no workspace root above ${from}`);
    dir = parent;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function secret(bytes = 16): string {
  return randomBytes(bytes).toString('hex');
}

/** The WhatsApp settings the server was started with, to sign webhooks and configure a FakeWhatsApp. */
export function whatsappSecrets(server: Pick<ServerHandle, 'env'>): WhatsAppSecrets {
  return {
    appSecret: server.env.WHATSAPP_APP_SECRET,
    verifyToken: server.env.WHATSAPP_VERIFY_TOKEN,
    accessToken: server.env.WHATSAPP_ACCESS_TOKEN,
    businessAccountId: server.env.WHATSAPP_BUSINESS_ACCOUNT_ID,
  };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

class ServerProcess implements ServerHandle {
  readonly baseUrl: string;
  readonly admin: { email: string; password: string };
  private child: ChildProcess | null = null;
  private output = '';
  private stopped = false;

  constructor(
    readonly port: number,
    readonly env: Record<string, string>,
    readonly dataDir: string,
    private readonly entry: string,
    private readonly cwd: string,
  ) {
    this.baseUrl = `http://127.0.0.1:${port}`;
    this.admin = { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD };
  }

  logs(): string {
    return this.output;
  }

  private log(text: string): void {
    this.output += text;
    if (this.output.length > MAX_LOG_CHARS) this.output = this.output.slice(-MAX_LOG_CHARS);
    if (process.env.TEST_SERVER_LOGS) process.stderr.write(text);
  }

  async start(): Promise<void> {
    const inherited = Object.fromEntries(
      INHERITED.flatMap((name) => (process.env[name] === undefined ? [] : [[name, process.env[name] as string]])),
    );
    const child = spawn(process.execPath, [this.entry], {
      cwd: this.cwd,
      env: { ...inherited, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    running.add(child);
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => this.log(chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => this.log(chunk));
    let exited: string | null = null;
    child.once('exit', () => running.delete(child));
    // 'close' comes after the output has been read to the end, so the logs in the error are complete.
    child.once('close', (code, signal) => {
      exited = `exited with ${signal ?? `code ${String(code)}`}`;
    });

    const deadline = Date.now() + READY_TIMEOUT_MS;
    for (;;) {
      if (exited !== null) throw new Error(`server ${exited} before it was ready:\n${this.output}`);
      try {
        const response = await fetch(`${this.baseUrl}/api/health`, { signal: AbortSignal.timeout(1000) });
        if (response.status === 200) return;
      } catch {
        // Not listening yet.
      }
      if (Date.now() > deadline) {
        await this.kill9();
        throw new Error(`server not healthy within ${READY_TIMEOUT_MS} ms:\n${this.output}`);
      }
      await delay(READY_POLL_MS);
    }
  }

  async login(email = this.admin.email, password = this.admin.password): Promise<string> {
    const response = await this.api<{ token?: string }>('/api/auth/login', {
      method: 'POST',
      body: { email, password },
    });
    if (response.status !== 200 && response.status !== 201) {
      throw new Error(`login as ${email} answered ${response.status}: ${JSON.stringify(response.body)}`);
    }
    if (typeof response.body.token !== 'string') throw new Error(`login answered without a token`);
    return response.body.token;
  }

  async api<T>(path: string, init: { method?: string; body?: unknown; token?: string } = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    const response = await fetch(`${this.baseUrl}${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const text = await response.text();
    let body: unknown = text;
    if ((response.headers.get('content-type') ?? '').includes('json') && text !== '') body = JSON.parse(text);
    return { status: response.status, body: body as T, headers: response.headers };
  }

  private async terminate(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    if (signal === 'SIGKILL') {
      await exited;
      return;
    }
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }

  kill9(): Promise<void> {
    return this.terminate('SIGKILL');
  }

  /** Ends the server for good (SIGTERM, then SIGKILL after 10 s) and removes its data folder. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.terminate('SIGTERM');
    if (process.env.KEEP_TEST_DATA) return;
    rmSync(this.dataDir, { recursive: true, force: true });
    dataDirs.delete(this.dataDir);
  }

  /** Stops the server gracefully (if it still runs) and starts it again on the same port, env and data. */
  async restart(): Promise<void> {
    if (this.stopped) throw new Error('restart() after stop(): the data folder is gone; restart() stops by itself');
    await this.terminate('SIGTERM');
    this.log(`\n--- restart ---\n`);
    await this.start();
  }
}

/**
 * Starts `server/dist/main.js` (build it first) on a free port with a fresh data folder and its own Redis
 * prefix. `env` overrides any default, e.g. `WHATSAPP_API_BASE` of a FakeWhatsApp or a PostgreSQL `DATABASE_URL`.
 */
export async function startServer(env: Record<string, string> = {}): Promise<ServerHandle> {
  const root = repoRoot();
  const entry = join(root, 'server', 'dist', 'main.js');
  if (!existsSync(entry)) throw new Error(`${entry} does not exist: build the server first (npm run build)`);
  const dataDir = mkdtempSync(join(tmpdir(), 'ingang-e2e-'));
  dataDirs.add(dataDir);

  // A port found free can be taken before the server binds it; try again with another.
  for (let attempt = 1; ; attempt += 1) {
    const port = env.PORT ? Number(env.PORT) : await freePort();
    const settings: Record<string, string> = {
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: `sqlite:${join(dataDir, 'ingang.sqlite')}`,
      MEDIA_DIR: join(dataDir, 'media'),
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      REDIS_PREFIX: `t-${secret(6)}`,
      ADMIN_EMAIL: 'admin@ingang.test',
      ADMIN_PASSWORD: secret(12),
      WHATSAPP_APP_SECRET: secret(),
      WHATSAPP_VERIFY_TOKEN: secret(),
      WHATSAPP_ACCESS_TOKEN: `EAAG${secret(24)}`,
      WHATSAPP_BUSINESS_ACCOUNT_ID: String(100_000_000_000_000 + randomBytes(4).readUInt32BE(0)),
      OUTBOUND_BACKOFF_MS: '50',
      PROVIDER_TIMEOUT_MS: '2000',
      ...env,
    };
    const server = new ServerProcess(port, settings, dataDir, entry, root);
    try {
      await server.start();
      return server;
    } catch (error) {
      const portTaken = /EADDRINUSE/.test((error as Error).message);
      if (!portTaken || env.PORT || attempt >= 3) throw error;
    }
  }
}

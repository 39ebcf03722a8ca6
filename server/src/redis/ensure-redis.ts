import { spawn } from 'node:child_process';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import { delimiter, join, resolve } from 'node:path';
import { redactedRedisUrl } from './redis-connection';

export class StartupError extends Error {}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** Whether something speaking Redis answers at host:port (a NOAUTH error counts: it is there). */
export function redisAnswers(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolveAnswer) => {
    const socket = connect({ host: host.replace(/^\[|\]$/g, ''), port });
    const done = (answer: boolean) => {
      socket.destroy();
      resolveAnswer(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(/^(\+PONG|-NOAUTH|-ERR)/.test(data.toString())));
  });
}

function onPath(binary: string, path = process.env.PATH ?? ''): string | null {
  for (const directory of path.split(delimiter)) {
    const candidate = join(directory, binary);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

/**
 * Makes sure Redis answers at REDIS_URL: when nothing does and the address is this machine, starts `redis-server`
 * from PATH (append-only file under data/redis); otherwise stops with one line saying what to do.
 */
export async function ensureRedis(
  redisUrl: string,
  autostart: boolean,
  dataDir: string,
): Promise<'running' | 'started'> {
  const url = new URL(redisUrl);
  const port = Number(url.port || 6379);
  if (await redisAnswers(url.hostname, port)) return 'running';
  const shown = redactedRedisUrl(redisUrl);
  if (!LOCAL_HOSTS.has(url.hostname) || !autostart) {
    throw new StartupError(`Redis does not answer at ${shown}: start it, or set REDIS_URL to a running Redis.`);
  }
  const binary = onPath('redis-server');
  if (!binary) {
    throw new StartupError(
      `Redis does not answer at ${shown} and redis-server is not installed: install it with "sudo apt-get install redis-server" (or set REDIS_URL to a running Redis).`,
    );
  }
  const directory = resolve(dataDir);
  mkdirSync(directory, { recursive: true });
  const child = spawn(
    binary,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'yes', '--dir', directory],
    { detached: true, stdio: 'ignore' },
  );
  child.unref();
  for (let waited = 0; waited < 10_000; waited += 100) {
    if (await redisAnswers('127.0.0.1', port)) return 'started';
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new StartupError(
    `Started ${binary} on port ${port}, but it does not answer: see its log or start Redis yourself.`,
  );
}

import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';
import { freePort } from './server-process';

// A private Dovecot IMAP server for the tests: its own configuration in a temporary folder, on a loopback port,
// one user in a passwd file, maildir storage in the same folder. No system service is involved.
// Install it with `apt-get install dovecot-imapd`.

export interface DovecotHandle {
  port: number;
  user: string;
  password: string;
  mailbox: string;
  /** IMAP_URL for Ingang. */
  imapUrl: string;
  /** Puts a message in the mailbox as a mail client or delivery agent would (IMAP APPEND); resolves with its UID. */
  append(raw: Buffer | string, flags?: string[]): Promise<number>;
  flagsOf(uid: number): Promise<Set<string>>;
  /** Resolves once the message carries `flag`, watching the mailbox with IDLE. */
  waitForFlag(uid: number, flag: string, timeoutMs?: number): Promise<void>;
  logs(): string;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 10_000;
const BINARIES = ['/usr/sbin/dovecot', '/usr/local/sbin/dovecot'];

function dovecotBinary(): string {
  const found = BINARIES.find((path) => existsSync(path));
  if (!found) throw new Error('Dovecot is not installed: apt-get install dovecot-imapd');
  return found;
}

/** uid and gid of a system account, from /etc/passwd. */
function account(name: string): { uid: number; gid: number } | null {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((each) => each.startsWith(`${name}:`));
  if (!line) return null;
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port }, () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export async function startDovecot(): Promise<DovecotHandle> {
  const binary = dovecotBinary();
  const dir = mkdtempSync(join(tmpdir(), 'ingang-dovecot-'));
  const port = await freePort();
  const user = 'inbox@gemeente.test';
  const password = randomBytes(12).toString('hex');
  const mailbox = 'INBOX';
  const root = process.getuid?.() === 0;
  // Dovecot refuses to run its login processes, or to deliver mail, as root: as root it uses its own service
  // accounts and keeps the mail as `nobody`; as an ordinary user everything runs as that user.
  const mailOwner = root ? account('nobody') : { uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 };
  if (!mailOwner) throw new Error('no "nobody" account to own the test mail');
  const me = userInfo().username;
  const mailDir = join(dir, 'mail');
  mkdirSync(mailDir);
  mkdirSync(join(dir, 'run'));
  if (root) {
    chmodSync(dir, 0o755);
    chownSync(mailDir, mailOwner.uid, mailOwner.gid);
  }
  writeFileSync(join(dir, 'passwd'), `${user}:{PLAIN}${password}::::::\n`);
  const config = join(dir, 'dovecot.conf');
  writeFileSync(
    config,
    [
      `base_dir = ${join(dir, 'run')}`,
      `state_dir = ${join(dir, 'state')}`,
      `log_path = ${join(dir, 'dovecot.log')}`,
      'protocols = imap',
      'listen = 127.0.0.1',
      'ssl = no',
      'disable_plaintext_auth = no',
      'auth_mechanisms = plain login',
      `mail_location = maildir:${mailDir}/%n`,
      // Tell an IDLE-ing client about changes promptly, also where inotify is not available.
      'mailbox_idle_check_interval = 1 secs',
      `default_login_user = ${root ? 'dovenull' : me}`,
      `default_internal_user = ${root ? 'dovecot' : me}`,
      'passdb {',
      '  driver = passwd-file',
      `  args = scheme=PLAIN username_format=%u ${join(dir, 'passwd')}`,
      '}',
      'userdb {',
      '  driver = static',
      `  args = uid=${mailOwner.uid} gid=${mailOwner.gid} home=${mailDir}/%n`,
      '}',
      'service imap-login {',
      '  chroot =',
      '  inet_listener imap {',
      '    address = 127.0.0.1',
      `    port = ${port}`,
      '  }',
      '  inet_listener imaps {',
      '    port = 0',
      '  }',
      '}',
      'service anvil {',
      '  chroot =',
      '}',
      '',
    ].join('\n'),
  );

  let output = '';
  const child: ChildProcess = spawn(binary, ['-F', '-c', config], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  let exited: string | null = null;
  child.once('exit', (code, signal) => (exited = signal ?? `code ${String(code)}`));
  const logs = () => {
    const logFile = join(dir, 'dovecot.log');
    return output + (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');
  };

  const stop = async () => {
    if (exited === null) {
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await gone;
    }
    if (!process.env.KEEP_TEST_DATA) rmSync(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await listening(port))) {
    if (exited !== null || Date.now() > deadline) {
      const why = exited !== null ? `exited (${exited})` : `not listening within ${READY_TIMEOUT_MS} ms`;
      const log = logs();
      await stop();
      throw new Error(`Dovecot ${why}:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  const client = (autoIdle = false) =>
    new ImapFlow({
      host: '127.0.0.1',
      port,
      secure: false,
      auth: { user, pass: password },
      logger: false,
      disableAutoIdle: !autoIdle,
      autoIdleDelay: 20,
    });

  async function withMailbox<T>(work: (imap: ImapFlow) => Promise<T>, autoIdle = false): Promise<T> {
    const imap = client(autoIdle);
    imap.on('error', () => undefined);
    await imap.connect();
    try {
      await imap.mailboxOpen(mailbox);
      return await work(imap);
    } finally {
      await imap.logout().catch(() => imap.close());
    }
  }

  return {
    port,
    user,
    password,
    mailbox,
    imapUrl: `imap://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}`,
    append: (raw, flags = []) =>
      withMailbox(async (imap) => {
        const appended = await imap.append(mailbox, typeof raw === 'string' ? Buffer.from(raw) : raw, flags);
        if (!appended || appended.uid === undefined) throw new Error('Dovecot did not report the appended UID');
        return appended.uid;
      }),
    flagsOf: (uid) =>
      withMailbox(async (imap) => {
        const message = await imap.fetchOne(String(uid), { flags: true }, { uid: true });
        return message && message.flags ? message.flags : new Set<string>();
      }),
    waitForFlag: (uid, flag, timeoutMs = 5000) =>
      withMailbox(async (imap) => {
        const current = await imap.fetchOne(String(uid), { flags: true }, { uid: true });
        if (!current) throw new Error(`no message with UID ${uid}`);
        if (current.flags?.has(flag)) return;
        // Dovecot tells an IDLE-ing client at once when another session changes the flags.
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => {
            imap.off('flags', listener);
            reject(new Error(`message ${uid} did not get ${flag} within ${timeoutMs} ms`));
          }, timeoutMs);
          const listener = (event: { seq: number; uid?: number; flags: Set<string> }) => {
            if ((event.uid === uid || event.seq === current.seq) && event.flags.has(flag)) {
              clearTimeout(timer);
              imap.off('flags', listener);
              resolve();
            }
          };
          imap.on('flags', listener);
        });
      }, true),
    logs,
    stop,
  };
}

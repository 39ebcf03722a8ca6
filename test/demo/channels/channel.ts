// The shape every channel of the demo has: a fake provider, the server settings that point Ingang at it, and the
// citizens who write in through it. The stream (../stream.ts) decides who writes when; a channel only knows how.

/** When a question was asked before the demo started: to show the reply windows, the templates and the SLA clock. */
export type Backlog = 'last-friday-afternoon' | 'two-days-ago-evening' | 'this-morning';

export interface DemoCitizen {
  /** The citizen's name as the inbox will show it (same name on two channels: one person, to be merged). */
  readonly name: string;
  /** Where they write from, for the log: "WhatsApp +31 6 1248 0733", "X @daanvisser", "e-mail f.yilmaz@…". */
  readonly where: string;
  readonly backlog?: Backlog;
  /** How many things the citizen has to say, in order. */
  readonly lineCount: number;
  /** Whether line `index` belongs to the one before it (a photo after its text) and follows a few seconds later. */
  attached(index: number): boolean;
  /**
   * Says line `index`, sent at `at` (in the past for the backlog), through the provider's real path. Line 0 always
   * starts afresh — a new mail, tweet or comment rather than a reply in an old thread — as the stream starts a
   * citizen over when everyone has had their say.
   */
  say(index: number, at: Date): Promise<void>;
}

/** An answer of the municipality, as the fake provider received it. */
export interface DemoAnswer {
  citizen: DemoCitizen;
  /** What was sent, for the log. */
  summary: string;
  /** What the citizen does when they have no further question: thanks, a 👍, a reply tweet … */
  react(): Promise<void>;
  /** The citizen always reacts with `react` (the answer to a WhatsApp template), never with a next question. */
  reactOnly?: boolean;
}

/** What the stream offers the channels. */
export interface DemoContext {
  /**
   * Sends one citizen message (`send`), logs it with `summary` and counts it against DEMO_COUNT; does nothing once
   * DEMO_COUNT is reached.
   */
  post(citizen: DemoCitizen, summary: string, send: () => Promise<void>, at?: Date): Promise<void>;
  /** The municipality answered one of this channel's citizens: they react a little later, like people do. */
  answered(answer: DemoAnswer): void;
  /** Runs `action` after `delayMs`, unless the demo stops first; errors are logged. */
  later(delayMs: number, action: () => Promise<void>): void;
  log(line: string): void;
}

export interface DemoChannel {
  /** "WhatsApp", "Facebook", "X", "E-mail". */
  readonly name: string;
  /** The server settings this channel needs: its secrets and the fake provider's address. */
  readonly env: Record<string, string>;
  /** What the fake is and where it listens, for the start banner. */
  readonly banner: string;
  readonly citizens: DemoCitizen[];
  close(): Promise<void>;
}

export interface ChannelSettings {
  /** Where the server will listen, e.g. http://127.0.0.1:3000 (webhooks go there). */
  serverUrl: string;
  context: DemoContext;
}

/** An environment setting, or the fallback when it is unset or empty. */
export function setting(name: string, fallback: string): string {
  const value = process.env[name];
  return value === undefined || value === '' ? fallback : value;
}

export function pick<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)];
}

export function between(minMs: number, maxMs: number): number {
  return minMs + Math.random() * (maxMs - minMs);
}

/** Throws when the server did not take a webhook, so the log shows it. */
export function expectOk(response: Response): void {
  if (!response.ok) throw new Error(`the server answered the webhook with ${response.status}`);
}

/**
 * Calls `onItem` for every item added to `items` from now on. The fakes record what they receive in arrays (their
 * tests wait on them); the demo looks every `everyMs`. Returns the function that stops looking.
 */
export function watchNew<T>(items: readonly T[], onItem: (item: T) => void, everyMs = 250): () => void {
  let seen = items.length;
  const timer = setInterval(() => {
    // A fake's reset() empties its arrays; start counting again.
    if (items.length < seen) seen = 0;
    while (seen < items.length) {
      const item = items[seen];
      seen += 1;
      onItem(item);
    }
  }, everyMs);
  return () => clearInterval(timer);
}

import { between, pick, type Backlog, type DemoAnswer, type DemoCitizen, type DemoContext } from './channels/channel';

// Who writes when, on every channel: first the questions that were already waiting when the demo started, then
// about one message per DEMO_INTERVAL_MS — a new citizen, or one asking on — and a reaction some seconds after each
// answer of the municipality.

const HOUR = 3_600_000;

function clock(date: Date): string {
  return date.toLocaleTimeString('nl-NL', { hour12: false });
}

/** A moment before the demo started; the minutes vary per citizen so the backlog does not look generated. */
export function backlogMoment(backlog: Backlog, now: Date, minute: number): Date {
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
  // Friday afternoon, and more than 24 hours ago: WhatsApp's window has closed, only a template can go out.
  at.setHours(15 + (minute % 2), minute % 60, 0, 0);
  while (at.getDay() !== 5 || now.getTime() - at.getTime() < 24 * HOUR) at.setDate(at.getDate() - 1);
  return at;
}

interface CitizenState {
  citizen: DemoCitizen;
  channel: string;
  next: number;
  started: boolean;
  // Waiting for the municipality (an old question): no spontaneous follow-ups.
  dormant: boolean;
  lastAt: number;
  answerPending: boolean;
}

export class CitizenStream implements DemoContext {
  private readonly states = new Map<DemoCitizen, CitizenState>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private posted = 0;
  private stopped = false;
  private limitAnnounced = false;

  constructor(
    private readonly intervalMs: number,
    private readonly limit: number,
  ) {}

  /** The citizens of one channel. */
  add(channel: string, citizens: DemoCitizen[]): void {
    for (const citizen of citizens) {
      this.states.set(citizen, {
        citizen,
        channel,
        next: 0,
        started: false,
        dormant: false,
        lastAt: 0,
        answerPending: false,
      });
    }
  }

  async start(): Promise<void> {
    await this.sendBacklog();
    this.scheduleTick();
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  log(line: string): void {
    console.log(`[demo] ${clock(new Date())} ${line}`);
  }

  later(delayMs: number, action: () => Promise<void>): void {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.stopped) action().catch((error: unknown) => console.error(`[demo] ${(error as Error).message}`));
    }, delayMs);
    this.timers.add(timer);
  }

  async post(citizen: DemoCitizen, summary: string, send: () => Promise<void>, at = new Date()): Promise<void> {
    if (this.limitReached()) return;
    this.posted += 1;
    const state = this.states.get(citizen);
    if (state) state.lastAt = Date.now();
    const past = Date.now() - at.getTime() > 60_000 ? ` (sent ${at.toLocaleString('nl-NL')})` : '';
    this.log(`${citizen.name} · ${citizen.where}${past}: ${summary}`);
    try {
      await send();
    } catch (error) {
      console.warn(`[demo]   did not arrive: ${(error as Error).message}`);
    }
  }

  answered(answer: DemoAnswer): void {
    this.log(`gemeente → ${answer.citizen.name} · ${answer.citizen.where}: ${answer.summary}`);
    const state = this.states.get(answer.citizen);
    if (!state || state.answerPending) return;
    state.answerPending = true;
    this.later(between(5000, 15000), async () => {
      state.answerPending = false;
      state.dormant = false;
      if (this.limitReached()) return;
      if (!answer.reactOnly && Math.random() < 0.45 && this.hasNext(state)) await this.sendBurst(state);
      else await answer.react();
    });
  }

  private limitReached(): boolean {
    if (this.posted < this.limit) return false;
    if (!this.limitAnnounced) {
      this.limitAnnounced = true;
      console.log(`[demo] DEMO_COUNT=${this.limit} reached: no more citizens write in. Ctrl+C stops the demo.`);
    }
    return true;
  }

  private hasNext(state: CitizenState): boolean {
    return state.next < state.citizen.lineCount;
  }

  private async sendBacklog(): Promise<void> {
    const now = new Date();
    const backlog = [...this.states.values()]
      .filter((state) => state.citizen.backlog)
      .map((state, index) => ({ state, at: backlogMoment(state.citizen.backlog as Backlog, now, 7 + index * 23) }))
      .sort((a, b) => a.at.getTime() - b.at.getTime());
    for (const { state, at } of backlog) {
      if (this.limitReached()) return;
      state.started = true;
      state.dormant = true;
      await this.sendLine(state, at);
      // The photo and location of a report come right after its text.
      while (this.hasNext(state) && state.citizen.attached(state.next) && !this.limitReached()) {
        await this.sendLine(state, new Date(at.getTime() + 40_000));
      }
    }
  }

  private scheduleTick(): void {
    this.later(this.intervalMs * between(0.5, 1.5) + 1, () => this.tick());
  }

  private async tick(): Promise<void> {
    if (this.limitReached()) return;
    const now = Date.now();
    const states = [...this.states.values()];
    const followUps = states.filter(
      (state) =>
        state.started &&
        !state.dormant &&
        !state.answerPending &&
        this.hasNext(state) &&
        now - state.lastAt > 3 * this.intervalMs,
    );
    const newcomers = states.filter((state) => !state.started);
    if (followUps.length > 0 && (newcomers.length === 0 || Math.random() < 0.4)) {
      await this.sendBurst(pick(followUps));
    } else if (newcomers.length > 0) {
      // Every channel gets its turn, however many citizens each has.
      const channel = pick([...new Set(newcomers.map((state) => state.channel))]);
      const state = pick(newcomers.filter((candidate) => candidate.channel === channel));
      state.started = true;
      await this.sendBurst(state);
    } else {
      // Everyone has had their say: someone who is done comes back with the same kind of question a while later.
      const waiting = states.filter(
        (candidate) =>
          !candidate.dormant &&
          !candidate.answerPending &&
          !this.hasNext(candidate) &&
          now - candidate.lastAt > 25 * this.intervalMs,
      );
      if (waiting.length > 0) {
        const state = pick(waiting);
        state.next = 0;
        await this.sendBurst(state);
      }
    }
    this.scheduleTick();
  }

  /** One line, then what belongs to it (a photo, a location) a few seconds later. */
  private async sendBurst(state: CitizenState): Promise<void> {
    await this.sendLine(state, new Date());
    if (this.hasNext(state) && state.citizen.attached(state.next)) {
      this.later(between(1500, 4000), () => this.sendBurst(state));
    }
  }

  private async sendLine(state: CitizenState, at: Date): Promise<void> {
    if (!this.hasNext(state) || this.limitReached()) return;
    const index = state.next;
    state.next += 1;
    await state.citizen.say(index, at);
  }
}

import type { EntityManager } from 'typeorm';
import type { Clock } from '../common/clock';
import type { Transactions } from '../database/transactions';
import { AuditEvent } from './audit-event.entity';
import { AuditLog } from './audit-log';

const NOW = new Date('2026-03-02T09:15:00.000Z');
const admin = { id: '5d9a1c3e-2b4f-4a6d-8e1c-3f5a7b9d1e2f', email: 'admin@gemeente.nl', name: 'Ada Beheer' };

describe(AuditLog.name, () => {
  let stored: AuditEvent[][];
  let failures: number;
  let stdout: jest.SpyInstance;
  let sut: AuditLog;

  beforeEach(() => {
    stored = [];
    failures = 0;
    const manager = {
      insert: jest.fn(async (_entity: unknown, rows: AuditEvent[]) => {
        if (failures > 0) {
          failures -= 1;
          throw new Error('database is locked');
        }
        stored.push(rows);
      }),
    } as unknown as EntityManager;
    const transactions = { run: jest.fn((work: (m: EntityManager) => Promise<unknown>) => work(manager)) };
    const clock = { now: () => NOW } as Clock;
    sut = new AuditLog(clock, transactions as unknown as Transactions);
    stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });

  afterEach(() => {
    stdout.mockRestore();
  });

  it('stores an event with its actor’s name, object and detail', async () => {
    sut.record(admin, 'user.updated', { type: 'user', id: 'u1' }, 'role agent → supervisor');
    await sut.flush();
    expect(stored).toEqual([
      [
        {
          id: expect.stringMatching(/^[0-9a-f-]{36}$/),
          at: NOW,
          actorId: admin.id,
          actorName: 'Ada Beheer',
          action: 'user.updated',
          objectType: 'user',
          objectId: 'u1',
          detail: 'role agent → supervisor',
        },
      ],
    ]);
    expect(stdout).toHaveBeenCalledWith(
      `audit ${NOW.toISOString()} user.updated user u1 (role agent → supervisor) by admin@gemeente.nl (${admin.id})\n`,
    );
  });

  it('keeps the older two-argument form: the sentence as action, the e-mail address as name', async () => {
    sut.record({ id: admin.id, email: admin.email }, 'department d1 (Belastingen) created');
    await sut.flush();
    expect(stored[0][0]).toMatchObject({
      actorName: 'admin@gemeente.nl',
      action: 'department d1 (Belastingen) created',
      objectType: null,
      objectId: null,
      detail: null,
    });
    expect(stdout).toHaveBeenCalledWith(
      `audit ${NOW.toISOString()} department d1 (Belastingen) created by admin@gemeente.nl (${admin.id})\n`,
    );
  });

  it('clips a long sentence to the column and keeps all of it as detail', async () => {
    const sentence = `channel account x updated (${'secrets.appSecret, '.repeat(10)})`;
    sut.record(admin, sentence);
    await sut.flush();
    expect(stored[0][0].action).toHaveLength(100);
    expect(stored[0][0].detail).toBe(sentence);
  });

  it('records what the system did by itself without an actor id', async () => {
    sut.record('system', 'conversation.released', { type: 'conversation', id: 'c1' });
    await sut.flush();
    expect(stored[0][0]).toMatchObject({ actorId: null, actorName: 'system' });
    expect(stdout).toHaveBeenCalledWith(`audit ${NOW.toISOString()} conversation.released conversation c1 by system\n`);
  });

  it('cannot be made to forge a second line', async () => {
    sut.record({ ...admin, name: 'Ada\nBeheer' }, 'user.updated', { type: 'user', id: 'u1' }, 'x\naudit forged');
    await sut.flush();
    expect(stored[0][0]).toMatchObject({ actorName: 'Ada Beheer', detail: 'x audit forged' });
    expect(stdout.mock.calls[0][0]).not.toMatch(/\n./);
  });

  it('writes what was recorded in one turn in one transaction, in order, without holding up the caller', async () => {
    sut.record(admin, 'user.updated', { type: 'user', id: 'u1' });
    sut.record(admin, 'user.disabled', { type: 'user', id: 'u1' });
    expect(stored).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    await sut.flush();
    expect(stored).toHaveLength(1);
    expect(stored[0].map((event) => event.action)).toEqual(['user.updated', 'user.disabled']);
    expect(stored[0][0].id < stored[0][1].id).toBe(true);
  });

  it('retries a failed write and gives up after three attempts with an error', async () => {
    const errors = jest.spyOn(sut['logger'], 'error').mockImplementation(() => undefined);
    failures = 1;
    sut.record(admin, 'user.updated', { type: 'user', id: 'u1' });
    await sut.flush();
    expect(stored).toEqual([]);
    await sut.flush();
    expect(stored).toHaveLength(1);

    failures = 3;
    sut.record(admin, 'user.enabled', { type: 'user', id: 'u1' });
    await sut.flush();
    await sut.flush();
    await sut.flush();
    await sut.flush();
    expect(stored).toHaveLength(1);
    expect(errors).toHaveBeenLastCalledWith(expect.stringContaining('0 retried, 1 only on stdout'));
  });
});

import { createAuditIdFactory } from './audit-id';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe(createAuditIdFactory.name, () => {
  it('makes version-7 UUIDs that begin with the moment', () => {
    const sut = createAuditIdFactory();
    const at = Date.parse('2026-03-02T09:15:00.123Z');
    const id = sut(at);
    expect(id).toMatch(UUID_V7);
    expect(parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBe(at);
  });

  it('orders ids of one millisecond by when they were made, whatever the random bits', () => {
    let fill = 0xff;
    const sut = createAuditIdFactory((bytes) => Buffer.alloc(bytes, (fill -= 17)));
    const at = Date.parse('2026-03-02T09:15:00.000Z');
    const ids = [sut(at), sut(at), sut(at), sut(at + 1), sut(at + 1)];
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('starts the counter again in the next millisecond', () => {
    const sut = createAuditIdFactory(() => Buffer.alloc(16));
    const at = 1_700_000_000_000;
    sut(at);
    sut(at);
    expect(sut(at + 1).slice(14, 18)).toBe('7000');
  });
});

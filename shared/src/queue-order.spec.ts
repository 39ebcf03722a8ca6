import { compareQueueOrder, queueSortKey } from './queue-order';

describe(compareQueueOrder.name, () => {
  const row = (id: string, deadlineAt: string | null, lastMessageAt: string) => ({ id, deadlineAt, lastMessageAt });

  it('puts the nearest deadline first, then answered ones newest first', () => {
    const rows = [
      row('a', null, '2026-11-20T10:00:00Z'),
      row('b', '2026-11-20T09:00:00Z', '2026-11-20T11:00:00Z'),
      row('c', null, '2026-11-20T12:00:00Z'),
      row('d', '2026-11-19T09:00:00Z', '2026-11-19T09:00:00Z'),
    ];
    expect([...rows].sort(compareQueueOrder).map((r) => r.id)).toEqual(['d', 'b', 'c', 'a']);
  });

  it('breaks ties by id, as the server pages', () => {
    expect(
      compareQueueOrder(row('b', null, '2026-11-20T10:00:00Z'), row('a', null, '2026-11-20T10:00:00Z')),
    ).toBeGreaterThan(0);
  });

  it('gives every waiting conversation a smaller key than any answered one', () => {
    expect(queueSortKey('2100-01-01T00:00:00Z', '2100-01-01T00:00:00Z')).toBeLessThan(
      queueSortKey(null, '2100-01-01T00:00:00Z'),
    );
  });
});

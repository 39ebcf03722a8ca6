import { orderChanges } from './list-order';

const entries = [
  { id: 'a', sortOrder: 0 },
  { id: 'b', sortOrder: 1 },
  { id: 'c', sortOrder: 2 },
];

describe(orderChanges.name, () => {
  it('moves only the entries whose place changes', () => {
    expect(orderChanges(entries, ['b', 'a', 'c'])).toEqual(
      new Map([
        ['b', 0],
        ['a', 1],
      ]),
    );
  });

  it('moves nothing when the order stays', () => {
    expect(orderChanges(entries, ['a', 'b', 'c'])).toEqual(new Map());
  });

  it('numbers gaps and ties from the old order anew', () => {
    const gappy = [
      { id: 'a', sortOrder: 5 },
      { id: 'b', sortOrder: 5 },
      { id: 'c', sortOrder: 9 },
    ];
    expect(orderChanges(gappy, ['a', 'b', 'c'])).toEqual(
      new Map([
        ['a', 0],
        ['b', 1],
        ['c', 2],
      ]),
    );
  });

  it.each([
    ['an entry left out', ['a', 'b']],
    ['an unknown entry', ['a', 'b', 'x']],
    ['an entry twice', ['a', 'b', 'b']],
    ['an entry too many', ['a', 'b', 'c', 'x']],
    ['nothing', []],
  ])('refuses an order with %s (the list changed meanwhile)', (_case, ids) => {
    expect(orderChanges(entries, ids)).toBeNull();
  });
});

import { describe, expect, it } from '@jest/globals';
import { moveEntry } from './topic-order';

describe(moveEntry.name, () => {
  const list = ['Afval', 'Paspoort', 'Rijbewijs'];

  it('moves an entry one place up', () => {
    expect(moveEntry(list, 1, -1)).toEqual(['Paspoort', 'Afval', 'Rijbewijs']);
  });

  it('moves an entry one place down', () => {
    expect(moveEntry(list, 1, 1)).toEqual(['Afval', 'Rijbewijs', 'Paspoort']);
  });

  it('moves nothing past either end', () => {
    expect(moveEntry(list, 0, -1)).toBeNull();
    expect(moveEntry(list, 2, 1)).toBeNull();
    expect(moveEntry(list, 5, -1)).toBeNull();
  });

  it('leaves the list it was given as it was', () => {
    moveEntry(list, 0, 1);
    expect(list).toEqual(['Afval', 'Paspoort', 'Rijbewijs']);
  });
});

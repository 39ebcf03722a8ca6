import { describe, expect, it } from '@jest/globals';
import { nextActiveIndex } from './list-navigation';

describe(nextActiveIndex.name, () => {
  it('moves down and up, wrapping round at the ends', () => {
    expect(nextActiveIndex(0, 'ArrowDown', 3)).toBe(1);
    expect(nextActiveIndex(2, 'ArrowDown', 3)).toBe(0);
    expect(nextActiveIndex(1, 'ArrowUp', 3)).toBe(0);
    expect(nextActiveIndex(0, 'ArrowUp', 3)).toBe(2);
  });

  it('starts at the first or last option when none is active, or the list got shorter', () => {
    expect(nextActiveIndex(-1, 'ArrowDown', 3)).toBe(0);
    expect(nextActiveIndex(-1, 'ArrowUp', 3)).toBe(2);
    expect(nextActiveIndex(5, 'ArrowUp', 3)).toBe(2);
  });

  it('leaves other keys, and an empty list, to the text field', () => {
    expect(nextActiveIndex(0, 'Home', 3)).toBeNull();
    expect(nextActiveIndex(0, 'a', 3)).toBeNull();
    expect(nextActiveIndex(0, 'ArrowDown', 0)).toBeNull();
  });
});

import { describe, expect, it } from '@jest/globals';
import { slashQueryAt } from './slash-query';

describe(slashQueryAt.name, () => {
  it('reads a slash at the start of an empty draft', () => {
    expect(slashQueryAt('/', 1)).toEqual({ start: 0, end: 1, query: '' });
  });

  it('reads what follows the slash up to the caret', () => {
    expect(slashQueryAt('/pasp', 5)).toEqual({ start: 0, end: 5, query: 'pasp' });
    expect(slashQueryAt('/paspoort aanvragen', 19)).toEqual({ start: 0, end: 19, query: 'paspoort aanvragen' });
    expect(slashQueryAt('/paspoort', 3)).toEqual({ start: 0, end: 3, query: 'pa' });
  });

  it('reads a slash at the start of a later line', () => {
    const draft = 'Beste Jan,\n\n/verh';
    expect(slashQueryAt(draft, draft.length)).toEqual({ start: 12, end: 17, query: 'verh' });
  });

  it('ignores a slash inside a line', () => {
    expect(slashQueryAt('en/of', 5)).toBeNull();
    expect(slashQueryAt('Zie https://gemeente.nl/paspoort', 32)).toBeNull();
    expect(slashQueryAt(' /pasp', 6)).toBeNull();
  });

  it('ignores a slash followed by a space, a path and a slash on an earlier line', () => {
    expect(slashQueryAt('/ ja', 4)).toBeNull();
    expect(slashQueryAt('/home/jan', 9)).toBeNull();
    expect(slashQueryAt('/pasp\nverder', 12)).toBeNull();
  });

  it('ignores a caret before the slash and a very long text after it', () => {
    expect(slashQueryAt('/pasp', 0)).toBeNull();
    expect(slashQueryAt(`/${'a'.repeat(61)}`, 62)).toBeNull();
  });
});

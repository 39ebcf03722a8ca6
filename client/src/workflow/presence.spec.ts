import { describe, expect, it } from '@jest/globals';
import { colleaguesPresent, presenceGroups } from './presence';

describe(colleaguesPresent.name, () => {
  it('leaves yourself out and lists a colleague with two tabs once, typing if they type in either', () => {
    const sut = colleaguesPresent(
      [
        { userId: 'me', name: 'Anna', typing: true },
        { userId: 'bram', name: 'Bram', typing: false },
        { userId: 'bram', name: 'Bram', typing: true },
        { userId: 'bert', name: 'Bert', typing: false },
      ],
      'me',
    );
    expect(sut).toEqual([
      { userId: 'bert', name: 'Bert', typing: false },
      { userId: 'bram', name: 'Bram', typing: true },
    ]);
  });
});

describe(presenceGroups.name, () => {
  it('separates who types from who only looks', () => {
    expect(
      presenceGroups([
        { userId: 'b', name: 'Bram', typing: true },
        { userId: 'a', name: 'Anna', typing: false },
      ]),
    ).toEqual({ typing: ['Bram'], viewing: ['Anna'] });
  });
});

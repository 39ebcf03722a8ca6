import { describe, expect, it } from '@jest/globals';
import { initials } from './initials';

describe(initials.name, () => {
  it('takes the first letters of the first and last word', () => {
    expect(initials('Anna de Vries')).toBe('AV');
    expect(initials('bram')).toBe('B');
    expect(initials('  Özlem   Yıldız ')).toBe('ÖY');
  });

  it('shows a question mark for a missing name', () => {
    expect(initials('   ')).toBe('?');
  });
});

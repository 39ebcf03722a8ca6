import { describe, expect, it } from '@jest/globals';
import { templateSegments } from './template-body';

describe(templateSegments.name, () => {
  it('splits text and numbered placeholders', () => {
    expect(templateSegments('Beste {{1}}, uw afspraak is op {{2}}.')).toEqual([
      { kind: 'text', text: 'Beste ' },
      { kind: 'parameter', number: 1 },
      { kind: 'text', text: ', uw afspraak is op ' },
      { kind: 'parameter', number: 2 },
      { kind: 'text', text: '.' },
    ]);
  });

  it('accepts spaces inside the braces and a body without placeholders', () => {
    expect(templateSegments('{{ 1 }}')).toEqual([{ kind: 'parameter', number: 1 }]);
    expect(templateSegments('Goedendag')).toEqual([{ kind: 'text', text: 'Goedendag' }]);
  });
});

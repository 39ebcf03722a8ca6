import { describe, expect, it } from '@jest/globals';
import { fillPlaceholders } from '@ingang/shared';
import { placeholderSegments } from './placeholder-segments';

describe(placeholderSegments.name, () => {
  it('marks filled values and placeholders left as written', () => {
    expect(
      placeholderSegments('Beste {{voornaam}}, groet {{medewerker}} ({{gemeente}})', { voornaam: 'Fatima' }),
    ).toEqual([
      { kind: 'text', text: 'Beste ' },
      { kind: 'value', text: 'Fatima', name: 'voornaam' },
      { kind: 'text', text: ', groet ' },
      { kind: 'unfilled', text: '{{medewerker}}', name: 'medewerker', known: true },
      { kind: 'text', text: ' (' },
      { kind: 'unfilled', text: '{{gemeente}}', name: 'gemeente', known: false },
      { kind: 'text', text: ')' },
    ]);
  });

  it('reads, joined, as the filled-in text', () => {
    const body = '{{naam}}: {{voornaam}}\n\n<b>niet vet</b> {{ medewerker }}';
    const values = { naam: 'Jan de Vries', voornaam: 'Jan' };
    const joined = placeholderSegments(body, values)
      .map((segment) => segment.text)
      .join('');
    expect(joined).toBe(fillPlaceholders(body, values).text);
  });

  it('gives a text without placeholders as one piece, and nothing for nothing', () => {
    expect(placeholderSegments('Tot ziens.', {})).toEqual([{ kind: 'text', text: 'Tot ziens.' }]);
    expect(placeholderSegments('', {})).toEqual([]);
  });
});

import {
  fillPlaceholders,
  findPlaceholders,
  firstNameOf,
  fullNameOf,
  placeholderValuesFor,
  PLACEHOLDERS,
} from './placeholders';

describe(firstNameOf.name, () => {
  it.each([
    ['Jan de Vries', 'Jan'],
    ['Fatima El Amrani', 'Fatima'],
    ['  Mohammed   El Amrani ', 'Mohammed'],
    ['Anne-Marie Jansen', 'Anne-Marie'],
    ['Zoë van den Berg', 'Zoë'],
    ['Zoe\u0308', 'Zoë'],
    ['jan de vries', 'Jan'],
    ['JAN DE VRIES', 'Jan'],
    ['ijsbrand', 'IJsbrand'],
    ['anne-marie', 'Anne-Marie'],
    ['DeShawn Smith', 'DeShawn'],
    ['🌻 Fatima', 'Fatima'],
    ['Jan, de Vries', 'Jan'],
    ["O'Neill", "O'Neill"],
  ])('takes the first name of "%s": %s', (name, expected) => {
    expect(firstNameOf(name)).toBe(expected);
  });

  it.each([
    ['a phone number', '31612345678'],
    ['a phone number as written', '+31 (6) 12-34 56 78'],
    ['an e-mail address', 'j.jansen@example.nl'],
    ['an X handle', '@gemeente_fan'],
    ['a handle with digits', 'jan1980'],
    ['a handle with an underscore', 'jan_jansen'],
    ['a link', 'https://example.nl'],
    ['an initial', 'J. de Vries'],
    ['initials', 'J.P. Jansen'],
    ['a title', 'Dhr. Jansen'],
    ['a title in full', 'mevrouw Bakker'],
    ['a surname with its prefix', 'de Vries'],
    ['a family', 'Fam. Yılmaz'],
    ['only emoji', '🌻🌻'],
    ['nothing', '   '],
    ['null', null],
    ['undefined', undefined],
  ])('gives no first name for %s', (_case, name) => {
    expect(firstNameOf(name)).toBeNull();
  });
});

describe(fullNameOf.name, () => {
  it('tidies the white space of a name and keeps it as written', () => {
    expect(fullNameOf('  Fatima   El Amrani ')).toBe('Fatima El Amrani');
    expect(fullNameOf('Dhr. Jansen')).toBe('Dhr. Jansen');
  });

  it('gives no name for a number or an address', () => {
    expect(fullNameOf('31612345678')).toBeNull();
    expect(fullNameOf('j.jansen@example.nl')).toBeNull();
    expect(fullNameOf('')).toBeNull();
  });
});

describe(findPlaceholders.name, () => {
  it('finds placeholders with and without spaces, in any case, and tells known from unknown', () => {
    expect(findPlaceholders('Beste {{voornaam}}, groet {{ Medewerker }} van {{gemeente}}.')).toEqual([
      { name: 'voornaam', start: 6, end: 18, known: true },
      { name: 'medewerker', start: 26, end: 42, known: true },
      { name: 'gemeente', start: 47, end: 59, known: false },
    ]);
  });

  it('ignores braces that are no placeholder', () => {
    expect(findPlaceholders('{voornaam} {{}} {{twee woorden}} {{1}} {{{x}')).toEqual([]);
  });
});

describe(fillPlaceholders.name, () => {
  const body =
    'Beste {{voornaam}},\n\nU kunt een afspraak maken via de website.\n\nMet vriendelijke groet,\n{{medewerker}}';

  it('fills every placeholder that has a value', () => {
    const sut = fillPlaceholders(body, { voornaam: 'Jan', naam: 'Jan de Vries', medewerker: 'Anna' });
    expect(sut).toEqual({
      text: 'Beste Jan,\n\nU kunt een afspraak maken via de website.\n\nMet vriendelijke groet,\nAnna',
      unfilled: [],
      missing: [],
      unknown: [],
    });
  });

  it('leaves a placeholder without a value visibly in the text, and says where it is', () => {
    const sut = fillPlaceholders(body, { voornaam: null, medewerker: 'Anna' });
    expect(sut.text.startsWith('Beste {{voornaam}},')).toBe(true);
    expect(sut.missing).toEqual(['voornaam']);
    expect(sut.unfilled).toEqual([{ name: 'voornaam', start: 6, end: 18, known: true }]);
    expect(sut.text.slice(6, 18)).toBe('{{voornaam}}');
  });

  it('treats an empty or blank value as no value', () => {
    expect(fillPlaceholders('Dag {{voornaam}}', { voornaam: '  ' }).missing).toEqual(['voornaam']);
    expect(fillPlaceholders('Dag {{voornaam}}', {}).text).toBe('Dag {{voornaam}}');
  });

  it('keeps an unknown placeholder as written and reports it once', () => {
    const sut = fillPlaceholders('{{Gemeente}} en {{gemeente}}: {{voornaam}}', { voornaam: 'Fatima' });
    expect(sut.text).toBe('{{Gemeente}} en {{gemeente}}: Fatima');
    expect(sut.unknown).toEqual(['gemeente']);
    expect(sut.unfilled.map((span) => sut.text.slice(span.start, span.end))).toEqual(['{{Gemeente}}', '{{gemeente}}']);
  });

  it('gives positions in the filled text, after values longer or shorter than their placeholder', () => {
    const sut = fillPlaceholders('{{naam}} / {{voornaam}} / {{medewerker}}', {
      naam: 'Fatima El Amrani',
      medewerker: 'Bo',
    });
    expect(sut.text).toBe('Fatima El Amrani / {{voornaam}} / Bo');
    expect(sut.unfilled).toEqual([{ name: 'voornaam', start: 19, end: 31, known: true }]);
  });

  it('inserts a value as it is, never filling placeholders inside it', () => {
    const sut = fillPlaceholders('Beste {{naam}}', { naam: '{{medewerker}}', medewerker: 'Anna' });
    expect(sut).toEqual({ text: 'Beste {{medewerker}}', unfilled: [], missing: [], unknown: [] });
  });

  it('keeps text without placeholders, and HTML, exactly', () => {
    const text = '<script>alert(1)</script> & {voornaam}';
    expect(fillPlaceholders(text, { voornaam: 'Jan' }).text).toBe(text);
  });
});

describe(placeholderValuesFor.name, () => {
  it('addresses the citizen by first name and signs with the agent’s first name', () => {
    expect(placeholderValuesFor({ contactName: 'Jan de Vries', agentName: 'Anna Agent' })).toEqual({
      voornaam: 'Jan',
      naam: 'Jan de Vries',
      medewerker: 'Anna',
    });
  });

  it('leaves the citizen’s names empty when all there is, is a phone number', () => {
    expect(placeholderValuesFor({ contactName: '31612345678', agentName: 'Beheerder' })).toEqual({
      voornaam: null,
      naam: null,
      medewerker: 'Beheerder',
    });
  });

  it('signs with the agent’s whole name when it has no first name to take', () => {
    expect(placeholderValuesFor({ contactName: null, agentName: 'J. Bakker' }).medewerker).toBe('J. Bakker');
  });

  it('has a value for every placeholder', () => {
    expect(Object.keys(placeholderValuesFor({ contactName: 'Jan', agentName: 'Anna' })).sort()).toEqual(
      [...PLACEHOLDERS].sort(),
    );
  });
});

import {
  matchRank,
  MAX_SEARCH_TERMS,
  rankStandardAnswers,
  searchKey,
  searchTerms,
  standardAnswerSearchText,
  type SearchableAnswer,
} from './search';

const answer = (id: string, fields: Partial<SearchableAnswer>): SearchableAnswer => ({
  id,
  title: '',
  keywords: [],
  body: '',
  usageCount: 0,
  ...fields,
});

describe(searchKey.name, () => {
  it('ignores case, accents and composition', () => {
    expect(searchKey('Één Financiële Regeling')).toBe('een financiele regeling');
    expect(searchKey('Cafe\u0301')).toBe(searchKey('CAFÉ'));
    expect(searchKey('Ĳsselmonde')).toBe('ijsselmonde');
    expect(searchKey('İstanbul')).toBe('istanbul');
  });

  it('makes every run of white space one space', () => {
    expect(searchKey('  paspoort\n\taanvragen  ')).toBe('paspoort aanvragen');
  });
});

describe(searchTerms.name, () => {
  it('splits a search into normalised words, each once', () => {
    expect(searchTerms(' Paspoort  PASPOORT kwijt ')).toEqual(['paspoort', 'kwijt']);
    expect(searchTerms('   ')).toEqual([]);
  });

  it('takes no more than the first few words', () => {
    expect(searchTerms('a b c d e f g h i j k')).toHaveLength(MAX_SEARCH_TERMS);
  });
});

describe(standardAnswerSearchText.name, () => {
  it('holds title, keywords and body normalised, a line each', () => {
    expect(
      standardAnswerSearchText({
        title: 'Paspoort aanvragen',
        keywords: ['Reisdocument', 'ID'],
        body: 'Maak een afspraak.',
      }),
    ).toBe('paspoort aanvragen\nreisdocument\nid\nmaak een afspraak.');
  });
});

describe(matchRank.name, () => {
  const paspoort = answer('1', {
    title: 'Paspoort aanvragen',
    keywords: ['reisdocument'],
    body: 'Maak een afspraak bij Burgerzaken.',
  });

  it('ranks a title that starts with the search first, then title and keywords, then the body', () => {
    expect(matchRank(paspoort, ['pasp'])).toBe(0);
    expect(matchRank(paspoort, ['paspoort', 'aanvragen'])).toBe(0);
    expect(matchRank(paspoort, ['aanvragen'])).toBe(1);
    expect(matchRank(paspoort, ['reisdocument'])).toBe(1);
    expect(matchRank(paspoort, ['burgerzaken'])).toBe(2);
    expect(matchRank(paspoort, ['paspoort', 'afspraak'])).toBe(2);
  });

  it('needs every word somewhere', () => {
    expect(matchRank(paspoort, ['paspoort', 'rijbewijs'])).toBeNull();
  });
});

describe(rankStandardAnswers.name, () => {
  const answers = [
    answer('a', {
      title: 'Afspraak maken',
      body: 'Voor een paspoort of ID-kaart maakt u een afspraak.',
      usageCount: 50,
    }),
    answer('b', { title: 'Paspoort aanvragen', body: 'U vraagt een paspoort aan in het stadhuis.', usageCount: 3 }),
    answer('c', { title: 'Reisdocument kwijt', keywords: ['paspoort', 'vermissing'], body: 'Doe aangifte.' }),
    answer('d', { title: 'Verhuizing doorgeven', keywords: ['verhuizen'], body: 'Geef uw verhuizing door.' }),
  ];

  it('puts title and keyword matches before body matches, whatever their use', () => {
    expect(rankStandardAnswers(answers, 'paspoort').map((each) => each.id)).toEqual(['b', 'c', 'a']);
  });

  it('finds regardless of case and accents', () => {
    expect(rankStandardAnswers(answers, 'PÁSPOORT').map((each) => each.id)).toEqual(['b', 'c', 'a']);
    expect(rankStandardAnswers(answers, 'Verhuízen').map((each) => each.id)).toEqual(['d']);
  });

  it('keeps every answer for an empty search, most used first, then by title', () => {
    expect(rankStandardAnswers(answers, '').map((each) => each.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('orders equal matches by use, then by title', () => {
    const equal = [
      answer('x', { title: 'Zwerfvuil melden', keywords: ['afval'] }),
      answer('y', { title: 'Grofvuil ophalen', keywords: ['afval'] }),
      answer('z', { title: 'Container kapot', keywords: ['afval'], usageCount: 1 }),
    ];
    expect(rankStandardAnswers(equal, 'afval').map((each) => each.id)).toEqual(['z', 'y', 'x']);
  });

  it('finds nothing when a word is nowhere', () => {
    expect(rankStandardAnswers(answers, 'paspoort parkeervergunning')).toEqual([]);
  });
});

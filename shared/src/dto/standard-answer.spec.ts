import {
  createStandardAnswerRequestSchema,
  MAX_STANDARD_ANSWER_BODY_LENGTH,
  MAX_STANDARD_ANSWER_KEYWORD_LENGTH,
  MAX_STANDARD_ANSWER_KEYWORDS,
  MAX_STANDARD_ANSWER_TITLE_LENGTH,
  searchStandardAnswersQuerySchema,
  updateStandardAnswerRequestSchema,
} from './standard-answer';

const valid = { title: 'Paspoort aanvragen', body: 'Beste {{voornaam}},\n\nMaak een afspraak.' };

describe('createStandardAnswerRequestSchema', () => {
  it('accepts a title and a body, with no keywords and every channel', () => {
    expect(createStandardAnswerRequestSchema.parse(valid)).toEqual({ ...valid, keywords: [], channels: [] });
  });

  it('trims the title and body, joins spaces in the title and keeps the body’s paragraphs', () => {
    const parsed = createStandardAnswerRequestSchema.parse({
      title: '  Paspoort   aanvragen ',
      body: '\r\n Beste Jan,\r\n\r\n\tMaak een afspraak. \n',
    });
    expect(parsed.title).toBe('Paspoort aanvragen');
    expect(parsed.body).toBe('Beste Jan,\n\n\tMaak een afspraak.');
  });

  it('composes accents', () => {
    expect(createStandardAnswerRequestSchema.parse({ ...valid, title: 'Cafe\u0301' }).title).toBe('Caf\u00e9');
  });

  it('trims keywords and drops doubles that differ only in case or accents', () => {
    const parsed = createStandardAnswerRequestSchema.parse({
      ...valid,
      keywords: [' Verhuizen ', 'verhuizen', 'adreswijziging', 'Adreswíjziging'],
    });
    expect(parsed.keywords).toEqual(['Verhuizen', 'adreswijziging']);
  });

  it('keeps the channels in their usual order', () => {
    const parsed = createStandardAnswerRequestSchema.parse({ ...valid, channels: ['email', 'whatsapp'] });
    expect(parsed.channels).toEqual(['whatsapp', 'email']);
  });

  it('keeps markup as text', () => {
    const body = '<script>alert("x")</script><b>vet</b>';
    expect(createStandardAnswerRequestSchema.parse({ ...valid, body }).body).toBe(body);
  });

  it('accepts fields of exactly the maximum length', () => {
    const parsed = createStandardAnswerRequestSchema.parse({
      title: 't'.repeat(MAX_STANDARD_ANSWER_TITLE_LENGTH),
      body: 'b'.repeat(MAX_STANDARD_ANSWER_BODY_LENGTH),
      keywords: Array.from({ length: MAX_STANDARD_ANSWER_KEYWORDS }, (_, index) =>
        `${index}`.padEnd(MAX_STANDARD_ANSWER_KEYWORD_LENGTH, 'k'),
      ),
    });
    expect(parsed.keywords).toHaveLength(MAX_STANDARD_ANSWER_KEYWORDS);
  });

  it.each([
    ['no title', { body: 'x' }],
    ['no body', { title: 'x' }],
    ['an empty title', { ...valid, title: '  ' }],
    ['an empty body', { ...valid, body: '\n \n' }],
    ['a title that is too long', { ...valid, title: 't'.repeat(MAX_STANDARD_ANSWER_TITLE_LENGTH + 1) }],
    ['a body that is too long', { ...valid, body: 'b'.repeat(MAX_STANDARD_ANSWER_BODY_LENGTH + 1) }],
    ['a title with a line break', { ...valid, title: 'Paspoort\naanvragen' }],
    ['a body with a control character', { ...valid, body: 'Beste\u0007 Jan' }],
    ['too many keywords', { ...valid, keywords: Array.from({ length: 21 }, (_, index) => `k${index}`) }],
    ['a keyword that is too long', { ...valid, keywords: ['k'.repeat(MAX_STANDARD_ANSWER_KEYWORD_LENGTH + 1)] }],
    ['an empty keyword', { ...valid, keywords: [' '] }],
    ['keywords as one text', { ...valid, keywords: 'paspoort, id' }],
    ['an unknown channel', { ...valid, channels: ['instagram'] }],
    ['a title that is a number', { ...valid, title: 42 }],
    ['a body that is an object', { ...valid, body: { $ne: '' } }],
    ['an unknown field', { ...valid, id: 'x' }],
    ['an active flag', { ...valid, active: false }],
    ['a use count', { ...valid, usageCount: 1000 }],
  ])('refuses %s', (_case, input) => {
    expect(createStandardAnswerRequestSchema.safeParse(input).success).toBe(false);
  });
});

describe('updateStandardAnswerRequestSchema', () => {
  it('takes any part of a standard answer, and nothing at all', () => {
    expect(updateStandardAnswerRequestSchema.parse({})).toEqual({});
    expect(updateStandardAnswerRequestSchema.parse({ active: false })).toEqual({ active: false });
    expect(updateStandardAnswerRequestSchema.parse({ channels: [] })).toEqual({ channels: [] });
    expect(updateStandardAnswerRequestSchema.parse({ title: ' Nieuw ' })).toEqual({ title: 'Nieuw' });
  });

  it.each([
    ['a null title', { title: null }],
    ['an empty body', { body: '' }],
    ['active as text', { active: 'false' }],
    ['a use count', { usageCount: 0 }],
    ['an updatedBy', { updatedBy: { id: 'x', name: 'y' } }],
  ])('refuses %s', (_case, input) => {
    expect(updateStandardAnswerRequestSchema.safeParse(input).success).toBe(false);
  });
});

describe('searchStandardAnswersQuerySchema', () => {
  it('reads the query string, with ten results by default', () => {
    expect(searchStandardAnswersQuerySchema.parse({})).toEqual({ limit: 10 });
    expect(searchStandardAnswersQuerySchema.parse({ q: 'pasp', channel: 'whatsapp', limit: '5' })).toEqual({
      q: 'pasp',
      channel: 'whatsapp',
      limit: 5,
    });
  });

  it.each([
    ['an unknown channel', { channel: 'fax' }],
    ['a limit of zero', { limit: '0' }],
    ['a limit that is too high', { limit: '51' }],
    ['a limit that is no number', { limit: 'tien' }],
    ['a search that is too long', { q: 'q'.repeat(201) }],
    ['a search given twice', { q: ['a', 'b'] }],
  ])('refuses %s', (_case, input) => {
    expect(searchStandardAnswersQuerySchema.safeParse(input).success).toBe(false);
  });
});

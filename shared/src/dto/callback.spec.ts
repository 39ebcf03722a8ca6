import {
  callbackAttemptRequestSchema,
  completeCallbackRequestSchema,
  createCallbackRequestSchema,
  formatPhoneNumber,
  listCallbacksQuerySchema,
  normalisePhoneNumber,
} from './callback';

describe(normalisePhoneNumber.name, () => {
  it.each([
    ['06-12345678', '+31612345678'],
    ['+31 6 1234 5678', '+31612345678'],
    ['0031612345678', '+31612345678'],
    ['020 624 1111', '+31206241111'],
    ['(020) 624 11 11', '+31206241111'],
    ['+31 (0)20 624 1111', '+31206241111'],
    ['+31 06 12345678', '+31612345678'],
    ['  06.12.34.56.78 ', '+31612345678'],
    ['0546/123456', '+31546123456'],
    ['+31612345678', '+31612345678'],
    ['+32 2 555 12 34', '+3225551234'],
    ['0044 20 7946 0958', '+442079460958'],
    ['+1 (202) 555-0143', '+12025550143'],
  ])('turns %j into %j', (typed, e164) => {
    expect(normalisePhoneNumber(typed)).toBe(e164);
  });

  it.each([
    ['letters', '06-1234567a'],
    ['a word', 'bel mij'],
    ['an extension', '020 624 1111 ext 12'],
    ['too short a Dutch number', '06-1234567'],
    ['too long a Dutch number', '06-123456789'],
    ['a Dutch number without its 0', '612345678'],
    ['digits without a country code', '31612345678'],
    ['too short a foreign number', '+32 123 45'],
    ['more than 15 digits', '+1234567890123456'],
    ['a country code starting with 0', '+0123456789'],
    ['a plus in the middle', '06+12345678'],
    ['nothing', '   '],
    ['a dash only', '-'],
    ['Arabic-Indic digits', '٠٦١٢٣٤٥٦٧٨'],
    ['far too long an input', `06 ${'1'.repeat(60)}`],
  ])('refuses %s', (_what, typed) => {
    expect(normalisePhoneNumber(typed)).toBeNull();
  });
});

describe(formatPhoneNumber.name, () => {
  it.each([
    ['+31612345678', '+31 6 1234 5678'],
    ['+31206241111', '+31 20 624 1111'],
    ['+31546123456', '+31 546 123 456'],
    ['+3225551234', '+3225551234'],
  ])('groups %s as %s', (e164, shown) => {
    expect(formatPhoneNumber(e164)).toBe(shown);
  });
});

describe('createCallbackRequestSchema', () => {
  const sut = createCallbackRequestSchema;

  it('normalises the phone number and fills in the defaults', () => {
    expect(sut.parse({ phone: '06-12345678', note: '  Vraag over de WOZ-beschikking ' })).toEqual({
      phone: '+31612345678',
      preferredMoment: null,
      note: 'Vraag over de WOZ-beschikking',
      departmentId: null,
    });
  });

  it('keeps a preferred moment, and an empty one means any time', () => {
    expect(sut.parse({ phone: '0206241111', note: 'x', preferredMoment: ' na 14:00 ' }).preferredMoment).toBe(
      'na 14:00',
    );
    expect(sut.parse({ phone: '0206241111', note: 'x', preferredMoment: '  ' }).preferredMoment).toBeNull();
  });

  it.each([
    ['a bad phone number', { phone: '06-CALLME', note: 'x' }],
    ['a phone number that is a number', { phone: 612345678, note: 'x' }],
    ['no note', { phone: '0612345678', note: ' ' }],
    ['an unknown field', { phone: '0612345678', note: 'x', priority: 'high' }],
    ['a department that is no id', { phone: '0612345678', note: 'x', departmentId: 'Burgerzaken' }],
    ['a control character', { phone: '0612345678', note: 'x', preferredMoment: 'na\u000714:00' }],
    ['too long a note', { phone: '0612345678', note: 'x'.repeat(2001) }],
  ])('refuses %s', (_what, input) => {
    expect(sut.safeParse(input).success).toBe(false);
  });

  it('says what is wrong with the phone number, at its path', () => {
    const result = sut.safeParse({ phone: 'bel mij', note: 'x' });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['phone'] })]);
  });
});

describe('callbackAttemptRequestSchema', () => {
  it('needs to know whether the citizen was reached', () => {
    expect(callbackAttemptRequestSchema.parse({ reached: false })).toEqual({ reached: false, note: '' });
    expect(callbackAttemptRequestSchema.safeParse({ reached: 'yes' }).success).toBe(false);
    expect(callbackAttemptRequestSchema.safeParse({ note: 'voicemail' }).success).toBe(false);
  });

  it('keeps the lines of a note', () => {
    expect(callbackAttemptRequestSchema.parse({ reached: true, note: 'Gesproken.\nVolgt per brief.' }).note).toBe(
      'Gesproken.\nVolgt per brief.',
    );
  });
});

describe('completeCallbackRequestSchema', () => {
  it('takes an outcome, and a cancellation needs a reason', () => {
    expect(completeCallbackRequestSchema.parse({ outcome: 'reached' })).toEqual({ outcome: 'reached', note: '' });
    expect(completeCallbackRequestSchema.safeParse({ outcome: 'cancelled' }).success).toBe(false);
    expect(completeCallbackRequestSchema.parse({ outcome: 'cancelled', note: 'Al per mail beantwoord' }).note).toBe(
      'Al per mail beantwoord',
    );
    expect(completeCallbackRequestSchema.safeParse({ outcome: 'done' }).success).toBe(false);
  });
});

describe('listCallbacksQuerySchema', () => {
  it('lists open callbacks of everyone by default', () => {
    expect(listCallbacksQuerySchema.parse({})).toEqual({ status: 'open', mine: false, limit: 200 });
  });

  it('filters on the KCC, a department, or my own', () => {
    expect(listCallbacksQuerySchema.parse({ departmentId: 'kcc', mine: 'true', status: 'done' })).toEqual({
      status: 'done',
      departmentId: 'kcc',
      mine: true,
      limit: 200,
    });
    expect(listCallbacksQuerySchema.safeParse({ departmentId: 'Burgerzaken' }).success).toBe(false);
    expect(listCallbacksQuerySchema.safeParse({ status: ['open', 'done'] }).success).toBe(false);
    expect(listCallbacksQuerySchema.safeParse({ mine: 'yes' }).success).toBe(false);
  });
});

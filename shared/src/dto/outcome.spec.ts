import { createOutcomeRequestSchema, OUTCOME_KINDS, updateOutcomeRequestSchema } from './outcome';

describe('createOutcomeRequestSchema', () => {
  it.each(OUTCOME_KINDS)('takes a name and the kind %s', (kind) => {
    expect(createOutcomeRequestSchema.parse({ name: ' Teruggebeld ', kind })).toEqual({ name: 'Teruggebeld', kind });
  });

  it.each([
    ['no kind', { name: 'Teruggebeld' }],
    ['an unknown kind', { name: 'Teruggebeld', kind: 'resolved' }],
    ['a kind in Dutch', { name: 'Teruggebeld', kind: 'teruggebeld' }],
    ['an empty name', { name: '', kind: 'other' }],
    ['an unknown field', { name: 'Teruggebeld', kind: 'other', active: true }],
  ])('refuses %s', (_case, input) => {
    expect(createOutcomeRequestSchema.safeParse(input).success).toBe(false);
  });
});

describe('updateOutcomeRequestSchema', () => {
  it('takes any part of an outcome', () => {
    expect(updateOutcomeRequestSchema.parse({})).toEqual({});
    expect(updateOutcomeRequestSchema.parse({ kind: 'escalated', active: false })).toEqual({
      kind: 'escalated',
      active: false,
    });
  });

  it('refuses an unknown kind and a null one', () => {
    expect(updateOutcomeRequestSchema.safeParse({ kind: 'done' }).success).toBe(false);
    expect(updateOutcomeRequestSchema.safeParse({ kind: null }).success).toBe(false);
  });
});

import {
  createDepartmentRequestSchema,
  departmentNameKey,
  MAX_DEPARTMENT_NAME_LENGTH,
  updateDepartmentRequestSchema,
} from './department';

describe('createDepartmentRequestSchema', () => {
  it('accepts a name alone, and a name with its own escalation policy or with none', () => {
    expect(createDepartmentRequestSchema.parse({ name: 'Belastingen' })).toEqual({ name: 'Belastingen' });
    expect(
      createDepartmentRequestSchema.parse({
        name: 'Vergunningen',
        escalationPolicy: { answerWithinHours: 16, atRiskHours: 4 },
      }),
    ).toEqual({ name: 'Vergunningen', escalationPolicy: { answerWithinHours: 16, atRiskHours: 4 } });
    expect(createDepartmentRequestSchema.parse({ name: 'Burgerzaken', escalationPolicy: null })).toEqual({
      name: 'Burgerzaken',
      escalationPolicy: null,
    });
  });

  it('trims the name, joins runs of spaces and composes accents', () => {
    expect(createDepartmentRequestSchema.parse({ name: '  Burger \u00a0 zaken ' }).name).toBe('Burger zaken');
    expect(createDepartmentRequestSchema.parse({ name: 'Cafe\u0301s' }).name).toBe('Caf\u00e9s');
  });

  it.each([
    ['no name', {}],
    ['an empty name', { name: '   ' }],
    ['a name that is too long', { name: 'a'.repeat(MAX_DEPARTMENT_NAME_LENGTH + 1) }],
    ['a name with a line break', { name: 'Belastingen\naudit forged' }],
    ['a name that is not a string', { name: 42 }],
    ['an unknown field', { name: 'Belastingen', id: 'x' }],
    ['zero hours', { name: 'B', escalationPolicy: { answerWithinHours: 0, atRiskHours: 0 } }],
    ['negative hours', { name: 'B', escalationPolicy: { answerWithinHours: 8, atRiskHours: -1 } }],
    ['at risk at the deadline', { name: 'B', escalationPolicy: { answerWithinHours: 8, atRiskHours: 8 } }],
    ['hours as text', { name: 'B', escalationPolicy: { answerWithinHours: '8', atRiskHours: 2 } }],
    ['half a policy', { name: 'B', escalationPolicy: { answerWithinHours: 8 } }],
  ])('refuses %s', (_case, input) => {
    expect(createDepartmentRequestSchema.safeParse(input).success).toBe(false);
  });

  it('accepts a name of exactly the maximum length', () => {
    const name = 'a'.repeat(MAX_DEPARTMENT_NAME_LENGTH);
    expect(createDepartmentRequestSchema.parse({ name }).name).toBe(name);
  });
});

describe('updateDepartmentRequestSchema', () => {
  it('takes any part of a department, and nothing at all', () => {
    expect(updateDepartmentRequestSchema.parse({})).toEqual({});
    expect(updateDepartmentRequestSchema.parse({ active: false })).toEqual({ active: false });
    expect(updateDepartmentRequestSchema.parse({ escalationPolicy: null })).toEqual({ escalationPolicy: null });
    expect(updateDepartmentRequestSchema.parse({ name: ' Stadstoezicht ' })).toEqual({ name: 'Stadstoezicht' });
  });

  it.each([
    ['an empty name', { name: '' }],
    ['a null name', { name: null }],
    ['active as text', { active: 'false' }],
    ['an id', { id: '0f8fad5b-d9cb-469f-a165-70867728950e' }],
    ['a createdAt', { createdAt: '2026-01-01T00:00:00Z' }],
  ])('refuses %s', (_case, input) => {
    expect(updateDepartmentRequestSchema.safeParse(input).success).toBe(false);
  });
});

describe(departmentNameKey.name, () => {
  it('is the same for names that differ only in case, spacing or accent composition', () => {
    expect(departmentNameKey('Burgerzaken')).toBe(departmentNameKey('BURGERZAKEN'));
    expect(departmentNameKey(' Burger   Zaken ')).toBe(departmentNameKey('burger zaken'));
    expect(departmentNameKey('Cafe\u0301')).toBe(departmentNameKey('CAF\u00c9'));
    expect(departmentNameKey('Belastingen')).not.toBe(departmentNameKey('Burgerzaken'));
  });
});

import { describe, expect, it } from '@jest/globals';
import type { DepartmentDto } from '@ingang/shared';
import {
  changesOf,
  departmentErrorsOf,
  departmentFormFor,
  emptyDepartmentForm,
  validateDepartmentForm,
  type DepartmentFormState,
} from './department-form';

const defaultPolicy = { answerWithinHours: 48, atRiskHours: 8 };

const vergunningen: DepartmentDto = {
  id: '7b0e3c52-4f8e-4d6a-9c43-0d2b6f1e9a11',
  name: 'Vergunningen',
  escalationPolicy: { answerWithinHours: 16, atRiskHours: 2.5 },
  active: true,
  createdAt: '2026-03-02T09:00:00.000Z',
  updatedAt: '2026-03-02T09:00:00.000Z',
};
const belastingen: DepartmentDto = { ...vergunningen, name: 'Belastingen', escalationPolicy: null };

const form = (changes: Partial<DepartmentFormState>): DepartmentFormState => ({
  ...emptyDepartmentForm(defaultPolicy),
  name: 'Stadstoezicht',
  ...changes,
});

describe('department form', () => {
  it('starts on the default policy, with its hours ready should the administrator choose an own one', () => {
    expect(emptyDepartmentForm(defaultPolicy)).toEqual({
      name: '',
      ownPolicy: false,
      answerWithinHours: '48',
      atRiskHours: '8',
    });
  });

  it('shows a department with its own policy, or with the default hours when it has none', () => {
    expect(departmentFormFor(vergunningen, defaultPolicy)).toEqual({
      name: 'Vergunningen',
      ownPolicy: true,
      answerWithinHours: '16',
      atRiskHours: '2.5',
    });
    expect(departmentFormFor(belastingen, defaultPolicy)).toMatchObject({ ownPolicy: false, answerWithinHours: '48' });
  });

  it('sends no policy unless the department has its own, whatever the hours say', () => {
    expect(validateDepartmentForm(form({ answerWithinHours: 'x' }))).toEqual({
      valid: true,
      department: { name: 'Stadstoezicht', escalationPolicy: null },
    });
  });

  it('reads hours with a decimal comma', () => {
    expect(validateDepartmentForm(form({ ownPolicy: true, answerWithinHours: '1,5', atRiskHours: ' 0,25 ' }))).toEqual({
      valid: true,
      department: { name: 'Stadstoezicht', escalationPolicy: { answerWithinHours: 1.5, atRiskHours: 0.25 } },
    });
  });

  it.each([
    [{ name: '  ' }, { name: { key: 'nameRequired' } }],
    [{ name: 'a'.repeat(101) }, { name: { key: 'nameTooLong', values: { max: 100 } } }],
    [{ name: 'a\tb' }, { name: { key: 'nameInvalid' } }],
    [{ ownPolicy: true, answerWithinHours: '' }, { answerWithinHours: { key: 'notANumber' } }],
    [{ ownPolicy: true, answerWithinHours: '0', atRiskHours: '0' }, { answerWithinHours: { key: 'positive' } }],
    [{ ownPolicy: true, atRiskHours: '-1' }, { atRiskHours: { key: 'notNegative' } }],
    [{ ownPolicy: true, answerWithinHours: '8', atRiskHours: '8' }, { atRiskHours: { key: 'atRiskBeforeDeadline' } }],
    [{ ownPolicy: true, answerWithinHours: '1,001' }, { answerWithinHours: { key: 'wholeMinutes' } }],
  ])('names the input that is wrong: %j', (changes, errors) => {
    expect(validateDepartmentForm(form(changes))).toEqual({ valid: false, errors });
  });

  it('names the inputs an API answer names, and the name when it names none of them', () => {
    expect(
      departmentErrorsOf([
        { path: 'escalationPolicy.atRiskHours', message: 'the at-risk warning must come before the deadline' },
      ]),
    ).toEqual({ atRiskHours: { key: 'atRiskBeforeDeadline' } });
    expect(departmentErrorsOf([{ path: '', message: 'Unrecognized key: "id"' }])).toEqual({ name: { key: 'other' } });
    expect(departmentErrorsOf([])).toEqual({});
  });

  it('changes only what was edited', () => {
    const same = validateDepartmentForm(departmentFormFor(vergunningen, defaultPolicy));
    if (!same.valid) throw new Error('expected a valid form');
    expect(changesOf(vergunningen, same.department)).toEqual({});
    expect(
      changesOf(vergunningen, { name: 'Vergunningen en handhaving', escalationPolicy: vergunningen.escalationPolicy }),
    ).toEqual({ name: 'Vergunningen en handhaving' });
    expect(changesOf(vergunningen, { name: 'Vergunningen', escalationPolicy: null })).toEqual({
      escalationPolicy: null,
    });
    expect(changesOf(belastingen, { name: 'Belastingen', escalationPolicy: defaultPolicy })).toEqual({
      escalationPolicy: defaultPolicy,
    });
  });
});

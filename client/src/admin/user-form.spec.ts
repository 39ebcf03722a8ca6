import { describe, expect, it } from '@jest/globals';
import type { AdminUserDto } from '@ingang/shared';
import {
  emptyUserForm,
  parseCapacity,
  userErrorsOf,
  userFormFor,
  validateNewUser,
  validateUserChanges,
} from './user-form';

const BELASTINGEN = '6f1c2f0e-4a4b-4c8e-9d1a-2b3c4d5e6f70';
const anna: AdminUserDto = {
  id: '5d9a1c3e-2b4f-4a6d-8e1c-3f5a7b9d1e2f',
  email: 'anna@gemeente.nl',
  name: 'Anna Agent',
  role: 'agent',
  departmentId: null,
  maxConversations: null,
  createdAt: '2026-03-02T09:00:00.000Z',
  disabledAt: null,
};

describe(parseCapacity.name, () => {
  it('reads no limit, and whole numbers from 1 to 100', () => {
    expect(parseCapacity('')).toBeNull();
    expect(parseCapacity(' 7 ')).toBe(7);
    expect(parseCapacity('100')).toBe(100);
  });

  it.each(['0', '101', '2,5', '-1', 'tien', '1e2'])('refuses %p', (text) => {
    expect(parseCapacity(text)).toBeUndefined();
  });
});

describe(validateUserChanges.name, () => {
  it('sends only what changed', () => {
    const form = { ...userFormFor(anna), name: 'Anna de Vries', capacity: '6' };
    expect(validateUserChanges(anna, form)).toEqual({
      valid: true,
      request: { name: 'Anna de Vries', maxConversations: 6 },
    });
    expect(validateUserChanges(anna, userFormFor(anna))).toEqual({ valid: true, request: {} });
  });

  it('makes a back-office user with the chosen department, and drops it for another role', () => {
    const backoffice = { ...userFormFor(anna), role: 'backoffice' as const, departmentId: BELASTINGEN };
    expect(validateUserChanges(anna, backoffice)).toEqual({
      valid: true,
      request: { role: 'backoffice', departmentId: BELASTINGEN },
    });
    const bert = { ...anna, role: 'backoffice' as const, departmentId: BELASTINGEN };
    expect(validateUserChanges(bert, { ...userFormFor(bert), role: 'supervisor' })).toEqual({
      valid: true,
      request: { role: 'supervisor', departmentId: null },
    });
  });

  it('disables, enables and sets a password', () => {
    expect(
      validateUserChanges(anna, { ...userFormFor(anna), disabled: true, password: 'een lang wachtwoord' }),
    ).toEqual({
      valid: true,
      request: { disabled: true, password: 'een lang wachtwoord' },
    });
    const disabled = { ...anna, disabledAt: '2026-03-02T10:00:00.000Z' };
    expect(validateUserChanges(disabled, { ...userFormFor(disabled), disabled: false })).toEqual({
      valid: true,
      request: { disabled: false },
    });
  });

  it('names each problem beside its input', () => {
    const form = { ...userFormFor(anna), name: ' ', role: 'backoffice' as const, capacity: '0', password: 'kort' };
    expect(validateUserChanges(anna, form)).toEqual({
      valid: false,
      errors: {
        name: 'nameRequired',
        departmentId: 'departmentRequired',
        capacity: 'capacityInvalid',
        password: 'passwordTooShort',
      },
    });
  });
});

describe(validateNewUser.name, () => {
  const form = { ...emptyUserForm(), name: 'Bert', email: 'Bert@Gemeente.nl', password: 'een lang wachtwoord' };

  it('gives the request the server takes', () => {
    expect(validateNewUser({ ...form, role: 'backoffice', departmentId: BELASTINGEN, capacity: '3' })).toEqual({
      valid: true,
      request: {
        name: 'Bert',
        email: 'bert@gemeente.nl',
        role: 'backoffice',
        password: 'een lang wachtwoord',
        departmentId: BELASTINGEN,
        maxConversations: 3,
      },
    });
  });

  it('asks a department of a back-office user, and a valid address', () => {
    expect(validateNewUser({ ...form, role: 'backoffice', email: 'geen adres' })).toEqual({
      valid: false,
      errors: { email: 'emailInvalid', departmentId: 'departmentRequired' },
    });
  });
});

describe(userErrorsOf.name, () => {
  it('reads the server’s issues, the capacity under its own name', () => {
    expect(
      userErrorsOf([
        { path: 'maxConversations', message: 'Too big' },
        { path: 'departmentId', message: 'the department does not exist or is not active' },
      ]),
    ).toEqual({ capacity: 'capacityInvalid', departmentId: 'departmentInactive' });
  });
});

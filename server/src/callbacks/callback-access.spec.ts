import { DomainError } from '../common/domain-error';
import { assertMayBook, callbackListScope, canSeeCallback } from './callback-access';

const BURGERZAKEN = '0b6f7c1e-93f4-4c0e-9b7a-1f2d3c4b5a60';
const BELASTINGEN = '5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6';
const agent = { id: 'a', role: 'agent' as const, departmentId: null };
const supervisor = { id: 's', role: 'supervisor' as const, departmentId: null };
const backOffice = { id: 'b', role: 'backoffice' as const, departmentId: BURGERZAKEN };
const unassigned = { id: 'u', role: 'backoffice' as const, departmentId: null };

const forbidden = expect.objectContaining({ code: 'FORBIDDEN' }) as DomainError;

describe(callbackListScope.name, () => {
  it('gives webcare every callback, or the KCC’s, or one department’s', () => {
    expect(callbackListScope(agent, undefined)).toEqual({ kind: 'all' });
    expect(callbackListScope(supervisor, 'kcc')).toEqual({ kind: 'kcc' });
    expect(callbackListScope(agent, BELASTINGEN)).toEqual({ kind: 'department', departmentId: BELASTINGEN });
  });

  it('gives a back office its own department’s only', () => {
    expect(callbackListScope(backOffice, undefined)).toEqual({ kind: 'department', departmentId: BURGERZAKEN });
    expect(callbackListScope(backOffice, BURGERZAKEN)).toEqual({ kind: 'department', departmentId: BURGERZAKEN });
  });

  it('refuses a back office another department or the KCC', () => {
    expect(() => callbackListScope(backOffice, BELASTINGEN)).toThrow(forbidden);
    expect(() => callbackListScope(backOffice, 'kcc')).toThrow(forbidden);
  });

  it('gives a back-office user without a department nothing', () => {
    expect(callbackListScope(unassigned, undefined)).toEqual({ kind: 'none' });
  });
});

describe(canSeeCallback.name, () => {
  it('lets webcare see all, a back office its own department’s', () => {
    expect(canSeeCallback(agent, { departmentId: BELASTINGEN })).toBe(true);
    expect(canSeeCallback(agent, { departmentId: null })).toBe(true);
    expect(canSeeCallback(backOffice, { departmentId: BURGERZAKEN })).toBe(true);
    expect(canSeeCallback(backOffice, { departmentId: BELASTINGEN })).toBe(false);
    expect(canSeeCallback(backOffice, { departmentId: null })).toBe(false);
    expect(canSeeCallback(unassigned, { departmentId: null })).toBe(false);
  });
});

describe(assertMayBook.name, () => {
  it('lets webcare book for the KCC and any department', () => {
    expect(() => assertMayBook(agent, null)).not.toThrow();
    expect(() => assertMayBook(supervisor, BELASTINGEN)).not.toThrow();
  });

  it('lets a back office book for itself only', () => {
    expect(() => assertMayBook(backOffice, BURGERZAKEN)).not.toThrow();
    expect(() => assertMayBook(backOffice, BELASTINGEN)).toThrow(forbidden);
    expect(() => assertMayBook(backOffice, null)).toThrow(forbidden);
    expect(() => assertMayBook(unassigned, null)).toThrow(forbidden);
  });
});

import { createUserRequestSchema, departmentRuleIssue } from '@ingang/shared';
import { DomainError } from '../common/domain-error';
import { describeUserChange, planUserUpdate, removesAdministrator, type UserState } from './user-rules';

const BELASTINGEN = '6f1c2f0e-4a4b-4c8e-9d1a-2b3c4d5e6f70';
const BURGERZAKEN = '7a2d3e1f-5b6c-4d9f-8e2b-3c4d5e6f7081';
const CLOSED = '8b3e4f20-6c7d-4ea0-9f3c-4d5e6f708192';
const active = new Set([BELASTINGEN, BURGERZAKEN]);

const agent: UserState = { name: 'Anna', role: 'agent', departmentId: null, maxConversations: null, disabled: false };
const backoffice: UserState = { ...agent, name: 'Bert', role: 'backoffice', departmentId: BELASTINGEN };
const admin: UserState = { ...agent, name: 'Beheerder', role: 'admin' };

function refusal(work: () => unknown): { code: string; details: unknown } {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, details: error.details };
    throw error;
  }
  throw new Error('not refused');
}

describe(departmentRuleIssue.name, () => {
  it('asks a department of a back-office user and of nobody else', () => {
    expect(departmentRuleIssue('backoffice', BELASTINGEN)).toBeNull();
    expect(departmentRuleIssue('agent', null)).toBeNull();
    expect(departmentRuleIssue('backoffice', null)).toMatch(/needs a department/);
    for (const role of ['agent', 'supervisor', 'admin'] as const) {
      expect(departmentRuleIssue(role, BELASTINGEN)).toMatch(/only a back-office user/);
    }
  });
});

describe('createUserRequestSchema', () => {
  const user = { email: 'b@gemeente.nl', name: 'B', password: 'twelve chars' };

  it('takes a back-office user with a department and a capacity', () => {
    const parsed = createUserRequestSchema.parse({
      ...user,
      role: 'backoffice',
      departmentId: BELASTINGEN,
      maxConversations: 5,
    });
    expect(parsed).toMatchObject({ departmentId: BELASTINGEN, maxConversations: 5 });
  });

  it.each([
    ['a back-office user without a department', { role: 'backoffice' }],
    ['an agent with a department', { role: 'agent', departmentId: BELASTINGEN }],
  ])('refuses %s, naming departmentId', (_case, fields) => {
    const result = createUserRequestSchema.safeParse({ ...user, ...fields });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['departmentId']);
  });

  it.each([0, 101, 2.5, '5'])('refuses a capacity of %p', (maxConversations) => {
    expect(createUserRequestSchema.safeParse({ ...user, role: 'agent', maxConversations }).success).toBe(false);
  });
});

describe(planUserUpdate.name, () => {
  const plan = (current: UserState, changes: Parameters<typeof planUserUpdate>[1], self = false) =>
    planUserUpdate(current, changes, { self, activeDepartmentIds: active });

  it('makes an agent a back-office user of an active department', () => {
    expect(plan(agent, { role: 'backoffice', departmentId: BURGERZAKEN })).toEqual({
      next: { ...agent, role: 'backoffice', departmentId: BURGERZAKEN },
      changed: ['role', 'departmentId'],
    });
  });

  it('drops the department when a back-office user gets another role', () => {
    expect(plan(backoffice, { role: 'supervisor' }).next).toMatchObject({ role: 'supervisor', departmentId: null });
  });

  it('moves a back-office user to another department', () => {
    expect(plan(backoffice, { departmentId: BURGERZAKEN }).changed).toEqual(['departmentId']);
  });

  it('keeps a department that was deactivated after it was given', () => {
    const held = { ...backoffice, departmentId: CLOSED };
    expect(plan(held, { maxConversations: 3 }).next).toMatchObject({ departmentId: CLOSED, maxConversations: 3 });
  });

  it.each([
    ['a back-office role without a department', agent, { role: 'backoffice' as const }],
    ['taking a back-office user’s department away', backoffice, { departmentId: null }],
    ['a department for an agent', agent, { departmentId: BELASTINGEN }],
    ['another role with a department', backoffice, { role: 'agent' as const, departmentId: BELASTINGEN }],
    ['a deactivated department', agent, { role: 'backoffice' as const, departmentId: CLOSED }],
    ['moving to a deactivated department', backoffice, { departmentId: CLOSED }],
  ])('refuses %s (400, departmentId)', (_case, current, changes) => {
    expect(refusal(() => plan(current, changes))).toEqual({
      code: 'VALIDATION_FAILED',
      details: [{ path: 'departmentId', message: expect.any(String) }],
    });
  });

  it('refuses an administrator disabling or demoting themselves (409)', () => {
    expect(refusal(() => plan(admin, { disabled: true }, true))).toEqual({
      code: 'CONFLICT',
      details: { reason: 'SELF_DISABLE' },
    });
    expect(refusal(() => plan(admin, { role: 'supervisor' }, true))).toEqual({
      code: 'CONFLICT',
      details: { reason: 'SELF_DEMOTION' },
    });
  });

  it('lets an administrator change their own name, capacity and password, and keep their role', () => {
    expect(plan(admin, { name: 'Beheer', role: 'admin', maxConversations: 2, disabled: false }, true)).toEqual({
      next: { ...admin, name: 'Beheer', maxConversations: 2 },
      changed: ['name', 'maxConversations'],
    });
  });

  it('disables and enables, and lifts a capacity', () => {
    expect(plan(agent, { disabled: true }).changed).toEqual(['disabled']);
    expect(plan({ ...agent, disabled: true }, { disabled: false }).next.disabled).toBe(false);
    expect(plan({ ...agent, maxConversations: 4 }, { maxConversations: null }).next.maxConversations).toBeNull();
  });

  it('changes nothing when every field is as it was', () => {
    expect(plan(backoffice, { name: 'Bert', role: 'backoffice', departmentId: BELASTINGEN }).changed).toEqual([]);
  });
});

describe(removesAdministrator.name, () => {
  it('is true when an active administrator is demoted or disabled', () => {
    expect(removesAdministrator(admin, { ...admin, role: 'supervisor' })).toBe(true);
    expect(removesAdministrator(admin, { ...admin, disabled: true })).toBe(true);
  });

  it('is false otherwise', () => {
    expect(removesAdministrator(admin, { ...admin, name: 'Beheer' })).toBe(false);
    expect(removesAdministrator({ ...admin, disabled: true }, { ...admin, disabled: true, role: 'agent' })).toBe(false);
    expect(removesAdministrator(agent, { ...agent, disabled: true })).toBe(false);
  });
});

describe(describeUserChange.name, () => {
  const names = new Map([
    [BELASTINGEN, 'Belastingen'],
    [BURGERZAKEN, 'Burgerzaken'],
  ]);
  const name = (id: string) => names.get(id) ?? id;

  it('names each field that changed, departments by name', () => {
    const next: UserState = {
      ...agent,
      name: 'Anna B',
      role: 'backoffice',
      departmentId: BURGERZAKEN,
      maxConversations: 5,
    };
    expect(describeUserChange(agent, next, name)).toBe(
      'name Anna → Anna B; role agent → backoffice; department none → Burgerzaken; capacity no limit → 5',
    );
  });

  it('says nothing when only the disabled flag changed (that has its own event)', () => {
    expect(describeUserChange(agent, { ...agent, disabled: true }, name)).toBeNull();
  });
});

import { canSee, isLead, mayHold } from './conversation-access';

const agent = { id: 'a', role: 'agent' as const, departmentId: null };
const lead = { id: 's', role: 'supervisor' as const, departmentId: null };
const taxes = { id: 'b', role: 'backoffice' as const, departmentId: 'taxes' };
const orphan = { id: 'o', role: 'backoffice' as const, departmentId: null };

describe('conversation access', () => {
  it('lets webcare see everything and hold what webcare has', () => {
    expect(canSee(agent, { departmentId: 'taxes' })).toBe(true);
    expect(mayHold(agent, { departmentId: null })).toBe(true);
    expect(mayHold(lead, { departmentId: 'taxes' })).toBe(false);
  });

  it('lets a back office see and hold only what its own department has now', () => {
    expect(canSee(taxes, { departmentId: 'taxes' })).toBe(true);
    expect(canSee(taxes, { departmentId: 'parking' })).toBe(false);
    expect(canSee(taxes, { departmentId: null })).toBe(false);
    expect(mayHold(taxes, { departmentId: 'taxes' })).toBe(true);
    expect(canSee(orphan, { departmentId: null })).toBe(false);
  });

  it('makes supervisors and administrators leads', () => {
    expect(isLead('supervisor')).toBe(true);
    expect(isLead('admin')).toBe(true);
    expect(isLead('agent')).toBe(false);
    expect(isLead('backoffice')).toBe(false);
  });
});

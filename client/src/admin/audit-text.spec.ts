import { describe, expect, it } from '@jest/globals';
import {
  auditActionKey,
  auditObjectPath,
  auditQueryOf,
  formatAuditTime,
  hasAuditFilters,
  NO_AUDIT_FILTERS,
} from './audit-text';

describe(auditQueryOf.name, () => {
  it('sends only the filters that are set, trimmed', () => {
    expect(auditQueryOf(NO_AUDIT_FILTERS)).toEqual({});
    expect(auditQueryOf({ actorId: 'system', action: ' user. ', objectType: '', objectId: 'x' })).toEqual({
      actorId: 'system',
      action: 'user.',
    });
    expect(auditQueryOf({ ...NO_AUDIT_FILTERS, objectType: 'user', objectId: 'u1' })).toEqual({
      objectType: 'user',
      objectId: 'u1',
    });
  });

  it('knows when anything is filtered', () => {
    expect(hasAuditFilters(NO_AUDIT_FILTERS)).toBe(false);
    expect(hasAuditFilters({ ...NO_AUDIT_FILTERS, action: 'user' })).toBe(true);
    expect(hasAuditFilters({ ...NO_AUDIT_FILTERS, action: '  ' })).toBe(false);
  });
});

describe(auditActionKey.name, () => {
  it('labels a dotted action, and leaves an older sentence as it is', () => {
    expect(auditActionKey('user.password-reset')).toBe('admin.audit.actions.user_password-reset');
    expect(auditActionKey('conversation.claimed')).toBe('admin.audit.actions.conversation_claimed');
    expect(auditActionKey('department 6f1c (Belastingen) created')).toBeNull();
    expect(auditActionKey('user')).toBeNull();
  });
});

describe(auditObjectPath.name, () => {
  it('opens a conversation, and nothing else', () => {
    expect(auditObjectPath({ objectType: 'conversation', objectId: 'c1' })).toBe('/conversations/c1');
    expect(auditObjectPath({ objectType: 'user', objectId: 'u1' })).toBeNull();
    expect(auditObjectPath({ objectType: null, objectId: null })).toBeNull();
  });
});

describe(formatAuditTime.name, () => {
  it('shows the second, in Amsterdam time', () => {
    expect(formatAuditTime('2026-03-02T09:15:07.000Z', 'nl')).toBe('2 mrt 2026, 10:15:07');
    expect(formatAuditTime('2026-07-02T09:15:07.000Z', 'en')).toBe('2 Jul 2026, 11:15:07');
  });
});

import { describe, expect, it } from 'vitest';
import { can, permissionsOf, roleConflict, type Actor } from './permissions.js';

const user = (roles: Actor['roles']): Actor => ({ kind: 'user', id: 'u', name: 'x', unitId: 'a', unitPath: '/a/', roles });

describe('permissions', () => {
  it('lets only admins manage units and users, and only auditors read the trail', () => {
    expect(can(user(['admin']), 'unit.manage')).toBe(true);
    expect(can(user(['registrar']), 'unit.manage')).toBe(false);
    expect(can(user(['admin']), 'audit.read')).toBe(false);
    expect(can(user(['auditor']), 'audit.read')).toBe(true);
    expect(can(user(['auditor']), 'user.manage')).toBe(false);
  });

  it('shows statistics to those who analyse and lead, not to registrars, handlers or the administrator', () => {
    for (const role of ['unitHead', 'leader', 'supervisor', 'analyst'] as const) expect(can(user([role]), 'statistics.read')).toBe(true);
    for (const role of ['registrar', 'handler', 'liaison', 'admin', 'auditor'] as const) expect(can(user([role]), 'statistics.read')).toBe(false);
  });

  it('gives tokens exactly the permissions they carry', () => {
    const token: Actor = { ...user([]), kind: 'token', permissions: ['unit.read'] };
    expect(can(token, 'unit.read')).toBe(true);
    expect(can(token, 'unit.manage')).toBe(false);
  });

  it('lists permissions of a role set and refuses an auditor with another role', () => {
    expect(permissionsOf(['auditor'])).toEqual(['unit.read', 'audit.read', 'reference.read']);
    expect(roleConflict(['auditor', 'admin'])).toMatch('三员分立');
    expect(roleConflict(['admin', 'registrar'])).toBeNull();
  });
});

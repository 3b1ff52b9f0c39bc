import { describe, expect, it } from 'vitest';
import { lockoutMessage, passwordProblem } from './password-policy.js';

describe('password policy', () => {
  it('refuses short, single-class and username-bearing passwords', () => {
    expect(passwordProblem('Ab1!')).toMatch('至少需要 10 位');
    expect(passwordProblem('abcdefghijkl')).toMatch('至少三类');
    expect(passwordProblem('Zhangsan2026!', 'zhangsan')).toMatch('用户名');
  });
  it('accepts a long mixed password', () => {
    expect(passwordProblem('Xinfang#2026a', 'admin')).toBeNull();
  });
  it('tells the locked user when to retry, in China time', () => {
    expect(lockoutMessage(new Date('2026-11-29T02:30:00Z'))).toContain('10:30');
  });
});

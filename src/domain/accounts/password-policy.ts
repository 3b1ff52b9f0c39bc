/** Password rules for staff accounts (等级保护 practice: length and mixed character classes). */
export const MIN_PASSWORD_LENGTH = 10;

export function passwordProblem(password: string, username?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `密码至少需要 ${MIN_PASSWORD_LENGTH} 位`;
  if (password.length > 128) return '密码不能超过 128 位';
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(password)).length;
  if (classes < 3) return '密码须包含大写字母、小写字母、数字、符号中的至少三类';
  if (username && password.toLowerCase().includes(username.toLowerCase())) return '密码不能包含用户名';
  return null;
}

/** Consecutive failures that lock an account, and for how long. */
export const LOCKOUT = { maxFailures: 5, minutes: 30 } as const;

export function lockoutMessage(until: Date): string {
  const hhmm = until.toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' });
  return `账号因连续 ${LOCKOUT.maxFailures} 次密码错误已被锁定，请于 ${hhmm} 后重试，或请系统管理员解锁`;
}

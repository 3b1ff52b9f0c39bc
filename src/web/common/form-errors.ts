import type { FormInstance } from 'antd';
import { ApiError } from './api.js';

/**
 * Puts the server's field messages beside the form's fields ("roles.0" belongs to the field "roles").
 * Returns the overall message, shown above the form.
 */
export function showFieldErrors(form: FormInstance, error: unknown): string {
  if (!(error instanceof ApiError)) return '操作失败，请稍后重试';
  const byField = new Map<string, string[]>();
  for (const f of error.fields) {
    const name = f.field.split('.')[0] ?? '';
    byField.set(name, [...(byField.get(name) ?? []), f.message]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return error.message;
}

/** Optional text fields: an empty box means "none" (null), not an empty string. */
export function blankToNull<T extends object>(values: T, keys: (keyof T)[]): T {
  const out = { ...values };
  for (const k of keys) {
    const v = out[k];
    if (v === undefined || (typeof v === 'string' && v.trim() === ''))
      (out as Record<keyof T, unknown>)[k] = null;
  }
  return out;
}

import { z } from 'zod';

/**
 * Chinese validation messages for every schema of the system (server and web alike).
 * A schema names its field for users with `.describe('用户名')`; the message then reads「用户名：…」.
 */
const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '是/否',
  array: '列表',
  object: '对象',
  date: '日期',
  bigint: '整数',
  undefined: '空',
  null: '空',
  nan: '非数字',
};

const typeOf = (v: unknown): string => {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && Number.isNaN(v)) return 'nan';
  return typeof v;
};

const FORMAT_NAMES: Record<string, string> = {
  email: '电子邮箱',
  uuid: '编号',
  url: '网址',
  datetime: '日期时间',
  date: '日期',
  regex: '格式',
};

function describe(iss: z.core.$ZodRawIssue): string {
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return '为必填项';
      return `应为${TYPE_NAMES[iss.expected] ?? iss.expected}，收到的是${TYPE_NAMES[typeOf(iss.input)] ?? typeOf(iss.input)}`;
    case 'too_small': {
      const n = String(iss.minimum);
      if (iss.origin === 'string') return Number(n) <= 1 ? '不能为空' : `至少 ${n} 个字`;
      if (iss.origin === 'array' || iss.origin === 'set') return `至少选择 ${n} 项`;
      return `不能小于 ${n}`;
    }
    case 'too_big': {
      const n = String(iss.maximum);
      if (iss.origin === 'string') return `不能超过 ${n} 个字`;
      if (iss.origin === 'array' || iss.origin === 'set') return `最多 ${n} 项`;
      return `不能大于 ${n}`;
    }
    case 'invalid_format':
      return `格式不正确（应为${FORMAT_NAMES[iss.format] ?? iss.format}）`;
    case 'invalid_value':
      // The accepted values are identifiers, not words a user reads; forms offer them as choices anyway.
      return '取值不在可选范围内';
    case 'unrecognized_keys':
      return `不允许的字段：${iss.keys.join('、')}`;
    case 'not_multiple_of':
      return `必须是 ${String(iss.divisor)} 的倍数`;
    case 'invalid_union':
      return '取值无效';
    case 'invalid_key':
      return '键无效';
    case 'invalid_element':
      return '包含无效的项';
    default:
      return '取值无效';
  }
}

let installed = false;
export function useChineseMessages() {
  if (installed) return;
  installed = true;
  z.config({
    customError: (iss) => {
      const label = (iss.inst as { description?: string } | undefined)?.description;
      const text = describe(iss);
      return label ? `${label}${text.startsWith('应为') || text.startsWith('为') ? '' : '：'}${text}` : text;
    },
  });
}

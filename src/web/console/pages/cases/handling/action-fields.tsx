import { DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { DEFAULT_MAX_EXTENSION_DAYS, fieldLabel } from '../../../../../domain/workflow/guards.js';
import { TRANSITIONS, type CaseAction } from '../../../../../domain/workflow/transitions.js';
import {
  EVALUATION_LABELS,
  EVALUATIONS,
  FINDING_LABELS,
  FINDINGS,
} from '../../../../../domain/vocabulary/index.js';

/** Fields an action may carry besides the ones it requires (recorded in the trail or the letter). */
const OPTIONAL: Partial<Record<CaseAction, string[]>> = {
  instruct: ['documentNo'],
  assign: ['opinion'],
  transfer: ['opinion'],
  escalate: ['reason'],
  supervise: ['requirement'],
  remind: ['opinion'],
  accept: ['opinion'],
  startHandling: ['opinion'],
  approveConclusion: ['opinion'],
  approveExtension: ['opinion'],
  resume: ['opinion'],
};
const OPTIONAL_LABELS: Partial<Record<CaseAction, Record<string, string>>> = {
  assign: { opinion: '办理要求' },
  transfer: { opinion: '办理要求' },
  escalate: { reason: '上报说明' },
  remind: { opinion: '催办意见' },
  approveConclusion: { opinion: '审核意见' },
};
const GENERAL_OPTIONAL: Record<string, string> = {
  documentNo: '文号',
  requirement: '督办要求',
  opinion: '意见',
};

export const DATE_FIELDS = ['dueDate', 'requestDate'];
/** Fields drawn by RouteField, not here. */
const ROUTE_FIELDS = ['targetUnitId'];

export interface FieldSpec {
  name: string;
  label: string;
  required: boolean;
}

/** Exactly the fields of an action: what it requires, then what it may carry. */
export function fieldsOf(action: CaseAction): FieldSpec[] {
  const t = TRANSITIONS[action];
  const required = t.requires.map((name) => ({ name, label: fieldLabel(t, name), required: true }));
  const optional = (OPTIONAL[action] ?? [])
    .filter((name) => !t.requires.includes(name))
    .map((name) => ({
      name,
      label: OPTIONAL_LABELS[action]?.[name] ?? GENERAL_OPTIONAL[name] ?? fieldLabel(t, name),
      required: false,
    }));
  return [...required, ...optional].filter((f) => !ROUTE_FIELDS.includes(f.name));
}

const today = () => dayjs().startOf('day');

function control(field: FieldSpec): ReactNode {
  switch (field.name) {
    case 'dueDate':
      return (
        <DatePicker
          style={{ width: 200 }}
          disabledDate={(d: Dayjs) => d.isBefore(today())}
          placeholder="请选择日期"
        />
      );
    case 'requestDate':
      return (
        <DatePicker
          style={{ width: 200 }}
          disabledDate={(d: Dayjs) => d.isAfter(today())}
          placeholder="请选择日期"
        />
      );
    case 'finding':
      return (
        <Select
          style={{ width: 200 }}
          placeholder="请选择"
          options={FINDINGS.map((f) => ({ value: f, label: FINDING_LABELS[f] }))}
        />
      );
    case 'evaluation':
      return <Radio.Group options={EVALUATIONS.map((e) => ({ value: e, label: EVALUATION_LABELS[e] }))} />;
    case 'days':
      return (
        <InputNumber
          min={1}
          max={DEFAULT_MAX_EXTENSION_DAYS}
          precision={0}
          suffix="日"
          style={{ width: 160 }}
        />
      );
    case 'documentNo':
      return <Input maxLength={60} placeholder="如 德纪批〔2026〕3号" />;
    case 'redirectTo':
      return <Input maxLength={200} placeholder="有权处理的机关或途径" />;
    case 'report':
      return <Input.TextArea rows={5} maxLength={5000} showCount />;
    default:
      return <Input.TextArea rows={3} maxLength={2000} />;
  }
}

export function ActionFields({ fields }: { fields: FieldSpec[] }) {
  return (
    <>
      {fields.map((f) => (
        <Form.Item
          key={f.name}
          name={f.name}
          label={f.label}
          extra={f.name === 'days' ? `延期只能申请一次，最长 ${DEFAULT_MAX_EXTENSION_DAYS} 日` : undefined}
          rules={
            f.required
              ? [
                  [...DATE_FIELDS, 'finding', 'evaluation'].includes(f.name)
                    ? { required: true, message: `请选择${f.label}` }
                    : { required: true, whitespace: f.name !== 'days', message: `请填写${f.label}` },
                ]
              : undefined
          }
        >
          {control(f)}
        </Form.Item>
      ))}
    </>
  );
}

/** Form values as the API takes them: dates as YYYY-MM-DD, blanks left out. */
export function toPayload(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) continue;
    out[k] = dayjs.isDayjs(v) ? v.format('YYYY-MM-DD') : typeof v === 'string' ? v.trim() : v;
  }
  return out;
}

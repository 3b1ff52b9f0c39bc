// Guards beyond state, role and unit: what the case itself allows now, and whether the payload is complete
// and well formed. Messages are the Chinese sentences the user reads.
import { formatChineseDate, isIsoDate } from '../deadlines/dates.js';
import { EVALUATIONS, EVALUATION_LABELS, FINDINGS, FINDING_LABELS } from '../vocabulary/index.js';
import type { CaseAction } from './transitions.js';
import type { CaseView, Payload, Transition } from './types.js';

export const DEFAULT_MAX_EXTENSION_DAYS = 30;

const FIELD_LABELS: Readonly<Record<string, string>> = {
  opinion: '意见',
  reason: '理由',
  instruction: '批示内容',
  targetUnitId: '接收单位',
  dueDate: '办理期限',
  redirectTo: '告知的有权处理机关或途径',
  report: '办结报告',
  finding: '属实程度',
  evaluation: '评价结果',
  days: '延期天数',
  requestDate: '申请日期',
};

export const fieldLabel = (t: Transition, field: string): string =>
  t.fieldLabels?.[field] ?? FIELD_LABELS[field] ?? field;

/** Why the case does not allow the action now, whatever the payload; null when it does. */
export function caseGuard(action: CaseAction, view: CaseView): string | null {
  switch (action) {
    case 'requestExtension':
      if (view.extensionUsed) return '本件已延期一次，延期只能申请一次';
      if (view.extensionPending) return '本件已有待审批的延期申请';
      return null;
    case 'approveExtension':
    case 'rejectExtension':
      return view.extensionPending ? null : '本件没有待审批的延期申请';
    case 'refuseFinal':
      return view.state === 'reReviewed' || view.reReviewedBefore
        ? null
        : '只有经过复核的信访事项，信访人以同一事实和理由再次提出的，才能不再受理';
    case 'fileAsRepeat':
      return view.isRepeat ? null : '本件尚未确认为重复件，请先关联原信访件';
    case 'evaluate':
      return view.pipeline === 'discipline' && !view.realName ? '匿名检举控告不反馈处理结果，无需评价' : null;
    default:
      return null;
  }
}

const isBlank = (v: unknown): boolean =>
  v === undefined ||
  v === null ||
  (typeof v === 'string' && v.trim() === '') ||
  (Array.isArray(v) && v.length === 0);

export function missingFields(t: Transition, payload: Payload): string[] {
  return t.requires.filter((f) => isBlank(payload[f]));
}

type FieldProblem = { field: string; message: string };

function lateRequest(payload: Payload, due: string | null | undefined, what: string): FieldProblem | null {
  const asked = payload.requestDate;
  if (typeof asked !== 'string' || !isIsoDate(asked))
    return { field: 'requestDate', message: '申请日期应为有效日期（如 2025-03-01）' };
  if (due && isIsoDate(due) && asked > due) {
    return { field: 'requestDate', message: `已超过申请${what}期限（应于${formatChineseDate(due)}前提出）` };
  }
  return null;
}

/** Problems with fields that are present but wrong. */
export function payloadProblems(
  action: CaseAction,
  t: Transition,
  view: CaseView,
  payload: Payload,
): FieldProblem[] {
  const problems: (FieldProblem | null)[] = [];
  const has = (f: string) => !isBlank(payload[f]);
  if (has('finding') && !(FINDINGS as readonly unknown[]).includes(payload.finding)) {
    problems.push({
      field: 'finding',
      message: `属实程度应为${Object.values(FINDING_LABELS).join('、')}之一`,
    });
  }
  if (has('evaluation') && !(EVALUATIONS as readonly unknown[]).includes(payload.evaluation)) {
    problems.push({
      field: 'evaluation',
      message: `评价结果应为${Object.values(EVALUATION_LABELS).join('、')}之一`,
    });
  }
  if (has('dueDate') && (typeof payload.dueDate !== 'string' || !isIsoDate(payload.dueDate))) {
    problems.push({ field: 'dueDate', message: `${fieldLabel(t, 'dueDate')}应为有效日期（如 2025-03-01）` });
  }
  if (has('targetUnitId') && payload.targetUnitId === view.handlingUnitId) {
    problems.push({ field: 'targetUnitId', message: '接收单位不能是本单位' });
  }
  if (has('days')) {
    const max = view.maxExtensionDays ?? DEFAULT_MAX_EXTENSION_DAYS;
    const days = payload.days;
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > max) {
      problems.push({ field: 'days', message: `延期天数应为 1 至 ${max} 之间的整数` });
    }
  }
  if (action === 'requestReview' && has('requestDate'))
    problems.push(lateRequest(payload, view.reviewRequestDueDate, '复查'));
  if (action === 'requestReReview' && has('requestDate')) {
    problems.push(lateRequest(payload, view.reReviewRequestDueDate, '复核'));
  }
  return problems.filter((p): p is FieldProblem => p !== null);
}

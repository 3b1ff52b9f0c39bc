// Chinese names for what the trail API returns as identifiers. Workflow actions, states and notices come from the
// domain tables; the few trail entries written outside the transition table are named here.
import { DEFAULT_TIME_LIMIT_RULES } from '../../../../../domain/deadlines/rules.js';
import { NOTICE_LABELS, type NoticeKind } from '../../../../../domain/workflow/side-effects.js';
import { STATE_LABELS, type CaseState } from '../../../../../domain/workflow/states.js';
import { isCaseAction, TRANSITIONS } from '../../../../../domain/workflow/transitions.js';

/** Trail entries that are not workflow actions (registration, arrival from another unit, …). */
const EVENT_LABELS: Record<string, string> = {
  register: '登记',
  arrive: '收到（上级交办/转办/下级上报）',
  markRepeat: '认定为重复件',
  confirmNew: '确认为新件',
  undoRepeat: '撤销重复件认定',
  addAttachment: '上传附件',
  resultReported: '收到办理结果',
  returnedByReceiver: '被接收单位退回',
  replySupervision: '回复督办',
};

export const actionLabel = (action: string): string =>
  isCaseAction(action) ? TRANSITIONS[action].label : (EVENT_LABELS[action] ?? action);

export const stateLabel = (state: string | null | undefined): string =>
  state ? (STATE_LABELS[state as CaseState] ?? state) : '';

const LETTER_LABELS: Record<string, string> = { assignLetter: '交办函', transferLetter: '转办函' };
export const noticeLabel = (kind: string): string =>
  NOTICE_LABELS[kind as NoticeKind] ?? LETTER_LABELS[kind] ?? kind;

/** Link kinds as the sender names them; the receiver sees the same relation from the other side. */
const LINK_LABELS: Record<string, { out: string; in: string }> = {
  assignedTo: { out: '交办至', in: '上级交办自' },
  transferredTo: { out: '转办至', in: '转办自' },
  escalatedTo: { out: '上报至', in: '下级上报自' },
};
export const linkLabel = (kind: string, direction: string): string => {
  const l = LINK_LABELS[kind];
  if (!l) return kind;
  return direction === 'out' ? l.out : l.in;
};

export const stepLabel = (step: string): string =>
  DEFAULT_TIME_LIMIT_RULES.find((r) => r.step === step)?.name ?? step;

export const DEADLINE_STATUS_LABELS: Record<string, string> = {
  running: '计时中',
  met: '已完成',
  missed: '超期完成',
  stopped: '已停止',
};

export const PROVISIONAL_NOTE = '放假安排未公布，暂按法定节假日推算';

// Chinese names for what the trail API returns as identifiers: notices, links, deadline steps; trail entries and
// states come from the domain's one table.
import { DEFAULT_TIME_LIMIT_RULES } from '../../../../../domain/deadlines/rules.js';
import { NOTICE_LABELS, type NoticeKind } from '../../../../../domain/workflow/side-effects.js';

// Trail entries (workflow actions and the others) and states: one table in the domain, shared with the printout.
export { eventLabel as actionLabel, stateLabel } from '../../../../../domain/workflow/event-labels.js';

const LETTER_LABELS: Record<string, string> = { assignLetter: '交办函', transferLetter: '转办函' };
export const noticeLabel = (kind: string): string =>
  NOTICE_LABELS[kind as NoticeKind] ?? LETTER_LABELS[kind] ?? kind;

/** Link kinds as the sender names them; the receiver sees the same relation from the other side. */
const LINK_LABELS: Record<string, { out: string; in: string }> = {
  assignedTo: { out: '交办至', in: '上级交办自' },
  transferredTo: { out: '转办至', in: '转办自' },
  escalatedTo: { out: '上报至', in: '下级上报自' },
  repeatOf: { out: '重复于（原件）', in: '重复件' },
  reviewOf: { out: '复查原件', in: '复查件' },
};
export const linkLabel = (kind: string, direction: string): string => {
  const l = LINK_LABELS[kind];
  if (!l) return '关联件'; // a kind this page does not know yet: never show the code
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

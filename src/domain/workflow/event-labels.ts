// Names of trail entries (case_event.action): workflow actions by their transition's label, and the few entries
// written outside the transition table (registration, arrival from another unit, portal messages …).
import { STATE_LABELS, type CaseState } from './states.js';
import { isCaseAction, TRANSITIONS } from './transitions.js';

export const EVENT_LABELS: Record<string, string> = {
  register: '登记',
  arrive: '收到（上级交办/转办/下级上报）',
  markRepeat: '认定为重复件',
  confirmNew: '确认为新件',
  undoRepeat: '撤销重复件认定',
  addAttachment: '上传附件',
  resultReported: '收到办理结果',
  returnedByReceiver: '被接收单位退回',
  replySupervision: '回复督办',
  messageReporter: '向信访人留言',
  portalMessage: '信访人网上留言',
  reviewRequestedOnline: '信访人网上申请复查',
};

export const eventLabel = (action: string): string => (isCaseAction(action) ? TRANSITIONS[action].label : (EVENT_LABELS[action] ?? action));

export const stateLabel = (state: string | null | undefined): string => (state ? (STATE_LABELS[state as CaseState] ?? state) : '');

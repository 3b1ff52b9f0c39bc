// Intake: 拟办 → 批示 → 分类处理 (handle here, 交办, 转办, 上报, 不予受理, 业务范围外, 重复件存档), and at a
// receiving unit 受理 or 退回. 《信访工作条例》第二十二、二十三条; 《纪检监察机关处理检举控告工作规则》第十四至十六条.
import type { DeclaredSideEffect } from './side-effects.js';
import { TRIAGE_STATES } from './states.js';
import type { Transition } from './types.js';

export const INTAKE_ACTIONS = [
  'propose',
  'sendBackProposal',
  'instruct',
  'accept',
  'return',
  'assign',
  'transfer',
  'escalate',
  'decline',
  'outOfScope',
  'fileAsRepeat',
  'takeBack',
  'refuseFinal',
] as const;
export type IntakeAction = (typeof INTAKE_ACTIONS)[number];

const BOTH = ['government', 'discipline'] as const;

/** A triage decision ends the sender's routing clocks and answers the acceptance-notice duty (or hands it on). */
const TRIAGE_DONE: readonly DeclaredSideEffect[] = [
  { kind: 'freezeDeadline', step: 'transferOrAssign', when: ['government'] },
  { kind: 'freezeDeadline', step: 'objection', when: ['government'] },
  { kind: 'freezeDeadline', step: 'lowerAccept', when: ['discipline'] },
  { kind: 'freezeDeadline', step: 'acceptanceNotice', when: ['government', 'realName'] },
  { kind: 'freezeDeadline', step: 'realNameAcceptNotice', when: ['discipline', 'realName', 'notRepeat'] },
];

export const INTAKE_TRANSITIONS: Record<IntakeAction, Transition> = {
  propose: {
    label: '拟办',
    from: ['registered'],
    to: 'proposed',
    roles: ['registrar'],
    pipelines: BOTH,
    scope: 'handling',
    requires: ['opinion'],
    fieldLabels: { opinion: '拟办意见' },
    sideEffects: [],
  },
  sendBackProposal: {
    label: '退回拟办意见',
    from: ['proposed'],
    to: 'registered',
    roles: ['leader', 'unitHead'],
    pipelines: BOTH,
    scope: 'handling',
    requires: ['reason'],
    fieldLabels: { reason: '退回理由' },
    sideEffects: [],
  },
  instruct: {
    label: '批示',
    from: ['proposed'],
    to: 'instructed',
    roles: ['leader', 'unitHead'],
    pipelines: BOTH,
    scope: 'handling',
    requires: ['instruction'],
    sideEffects: [],
  },
  accept: {
    label: '受理',
    from: TRIAGE_STATES,
    to: 'accepted',
    roles: ['registrar', 'unitHead'],
    pipelines: BOTH,
    scope: 'handling',
    requires: [],
    sideEffects: [
      ...TRIAGE_DONE,
      { kind: 'notifyPetitioner', notice: 'acceptance', when: ['government', 'realName'] },
      { kind: 'notifyPetitioner', notice: 'acceptance', when: ['discipline', 'realName', 'notRepeat'] },
      { kind: 'startDeadline', step: 'conclude', when: ['government'] },
      { kind: 'notifyCaseManagement', when: ['discipline'] },
    ],
  },
  return: {
    label: '退回',
    from: ['pendingAcceptance'],
    to: 'returned',
    roles: ['registrar', 'unitHead'],
    pipelines: BOTH,
    scope: 'handling',
    requires: ['reason'],
    fieldLabels: { reason: '退回理由' },
    sideEffects: [
      { kind: 'freezeDeadline', step: 'objection', when: ['government'] },
      { kind: 'freezeDeadline', step: 'lowerAccept', when: ['discipline'] },
      { kind: 'reopenSource' },
    ],
  },
  assign: {
    label: '交办',
    from: TRIAGE_STATES,
    to: 'assigned',
    roles: ['registrar', 'unitHead'],
    pipelines: BOTH,
    scope: 'handling',
    requires: ['targetUnitId', 'dueDate'],
    fieldLabels: { dueDate: '结果报送期限' },
    sideEffects: [
      ...TRIAGE_DONE,
      { kind: 'createLinkedCase', relation: 'assign', initialState: 'pendingAcceptance', restricted: false },
      { kind: 'startDeadline', step: 'assignmentResult' },
      { kind: 'notifyPetitioner', notice: 'forwarded', when: ['government', 'realName'] },
    ],
  },
  transfer: {
    label: '转办',
    from: TRIAGE_STATES,
    to: 'transferred',
    roles: ['registrar', 'unitHead'],
    pipelines: BOTH,
    scope: 'handling',
    requires: ['targetUnitId'],
    sideEffects: [
      ...TRIAGE_DONE,
      {
        kind: 'createLinkedCase',
        relation: 'transfer',
        initialState: 'pendingAcceptance',
        restricted: false,
      },
      { kind: 'notifyPetitioner', notice: 'forwarded', when: ['government', 'realName'] },
    ],
  },
  escalate: {
    label: '上报',
    from: TRIAGE_STATES,
    to: 'escalated',
    roles: ['registrar', 'unitHead'],
    pipelines: BOTH,
    scope: 'handling',
    requires: ['targetUnitId'],
    // 规则第十五条: no content stays below, nothing is copied or entered into the lower platform.
    sideEffects: [
      ...TRIAGE_DONE,
      { kind: 'freezeDeadline', step: 'sendUp', when: ['discipline'] },
      { kind: 'createLinkedCase', relation: 'escalate', initialState: 'registered', restricted: true },
      { kind: 'restrictRecord' },
    ],
  },
  decline: {
    label: '不予受理',
    from: ['instructed'],
    to: 'declined',
    roles: ['registrar', 'unitHead'],
    pipelines: BOTH,
    scope: 'handling',
    requires: ['reason'],
    fieldLabels: { reason: '不予受理理由' },
    sideEffects: [...TRIAGE_DONE, { kind: 'notifyPetitioner', notice: 'decline', when: ['realName'] }],
  },
  outOfScope: {
    label: '告知业务范围外',
    from: ['instructed'],
    to: 'outOfScope',
    roles: ['registrar', 'unitHead'],
    pipelines: BOTH,
    scope: 'handling',
    requires: ['redirectTo'],
    sideEffects: [...TRIAGE_DONE, { kind: 'notifyPetitioner', notice: 'redirect', when: ['realName'] }],
  },
  fileAsRepeat: {
    label: '重复件存档',
    from: ['registered', 'proposed', ...TRIAGE_STATES],
    to: 'filedAsRepeat',
    roles: ['registrar'],
    pipelines: BOTH,
    scope: 'handling',
    requires: [],
    // 登记后留存备查; no notice for a repeat (规则第十四条).
    sideEffects: [...TRIAGE_DONE],
  },
  takeBack: {
    label: '收回重新分办',
    from: ['transferred', 'assigned'],
    to: 'registered',
    roles: ['registrar', 'unitHead'],
    pipelines: BOTH,
    scope: 'handling',
    requires: ['reason'],
    fieldLabels: { reason: '收回理由' },
    sideEffects: [{ kind: 'freezeDeadline', step: 'assignmentResult' }],
  },
  refuseFinal: {
    label: '不再受理',
    // After 复核, or a new registration of facts already re-reviewed (guarded in guards.ts).
    from: ['reReviewed', 'registered', 'proposed', 'instructed'],
    to: 'refusedFinal',
    roles: ['registrar', 'unitHead'],
    pipelines: ['government'],
    scope: 'handling',
    requires: ['reason'],
    fieldLabels: { reason: '不再受理理由' },
    sideEffects: [
      { kind: 'freezeDeadline', step: 'transferOrAssign' },
      { kind: 'notifyPetitioner', notice: 'refuseFinal', when: ['realName'] },
    ],
  },
};

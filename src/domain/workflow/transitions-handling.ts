// Handling: 办理 (government) or 处置 (discipline: 谈话函询 / 初步核实 / 暂存待查 / 予以了结 / 移送审查调查,
// 规则第十七条), then 办结报告 → 审核 → 答复 → 评价 → 归档.
import { ARCHIVABLE_STATES } from './states.js';
import type { CaseView, Transition } from './types.js';

export const HANDLING_ACTIONS = [
  'startHandling',
  'inquiry',
  'preliminaryCheck',
  'shelve',
  'close',
  'referForInvestigation',
  'submitConclusion',
  'approveConclusion',
  'sendBackConclusion',
  'reply',
  'evaluate',
  'archive',
] as const;
export type HandlingAction = (typeof HANDLING_ACTIONS)[number];

const BOTH = ['government', 'discipline'] as const;

/** A disposition is decided collectively and approved (集体研究、报批), so it is recorded by the unit head or a leader. */
const disposition = (label: string, from: Transition['from'], to: Transition['to']): Transition => ({
  label,
  from,
  to,
  roles: ['unitHead', 'leader'],
  pipelines: ['discipline'],
  scope: 'handling',
  requires: ['opinion'],
  fieldLabels: { opinion: '处置意见' },
  sideEffects: [],
});

/** Where a sent-back report returns: the state it was written in. */
const backToWork = (view: CaseView) => view.priorState ?? 'handling';

export const HANDLING_TRANSITIONS: Record<HandlingAction, Transition> = {
  startHandling: {
    label: '开始办理',
    from: ['accepted'],
    to: 'handling',
    roles: ['handler', 'unitHead'],
    pipelines: BOTH,
    scope: 'handling',
    requires: [],
    sideEffects: [],
  },
  inquiry: disposition('谈话函询', ['accepted', 'handling', 'shelved'], 'inquiring'),
  preliminaryCheck: disposition('初步核实', ['accepted', 'handling', 'shelved', 'inquiring'], 'checking'),
  shelve: {
    ...disposition('暂存待查', ['accepted', 'handling', 'inquiring', 'checking'], 'shelved'),
    requires: ['reason'],
    fieldLabels: { reason: '暂存理由' },
  },
  close: {
    ...disposition('予以了结', ['accepted', 'handling', 'inquiring', 'checking', 'shelved'], 'concluded'),
    requires: ['reason', 'finding'],
    fieldLabels: { reason: '了结理由' },
    sideEffects: [{ kind: 'rememberPriorState' }],
  },
  referForInvestigation: disposition(
    '移送审查调查',
    ['accepted', 'handling', 'inquiring', 'checking', 'shelved'],
    'referred',
  ),
  submitConclusion: {
    label: '提交办结报告',
    // `assigned`: the assigning unit enters the result the lower unit reported.
    from: ['handling', 'inquiring', 'checking', 'referred', 'assigned'],
    to: 'concluded',
    roles: ['handler'],
    pipelines: BOTH,
    scope: 'handling',
    requires: ['report', 'finding'],
    sideEffects: [{ kind: 'rememberPriorState' }, { kind: 'freezeDeadline', step: 'assignmentResult' }],
  },
  approveConclusion: {
    label: '审核办结报告',
    from: ['concluded'],
    to: 'approved',
    roles: ['unitHead'],
    pipelines: BOTH,
    scope: 'handling',
    requires: [],
    sideEffects: [
      { kind: 'startDeadline', step: 'realNameResultNotice', when: ['discipline', 'realName'] },
      { kind: 'reportResultToSource', when: ['assignedFromAbove'] },
    ],
  },
  sendBackConclusion: {
    label: '退回办结报告',
    from: ['concluded'],
    to: backToWork,
    roles: ['unitHead'],
    pipelines: BOTH,
    scope: 'handling',
    requires: ['reason'],
    fieldLabels: { reason: '退回理由' },
    sideEffects: [],
  },
  reply: {
    label: '答复',
    from: ['approved'],
    to: 'replied',
    roles: ['handler', 'registrar'],
    pipelines: BOTH,
    scope: 'handling',
    requires: ['opinion'],
    fieldLabels: { opinion: '答复意见' },
    // Anonymous reporters get no feedback; the reply is still recorded (quarterly feedback, 规则第十八条).
    sideEffects: [
      { kind: 'notifyPetitioner', notice: 'result', when: ['realName'] },
      { kind: 'freezeDeadline', step: 'conclude', when: ['government'] },
      { kind: 'freezeDeadline', step: 'realNameResultNotice', when: ['discipline', 'realName'] },
      { kind: 'startDeadline', step: 'reviewRequest', when: ['government'] },
    ],
  },
  evaluate: {
    label: '评价',
    from: ['replied'],
    to: 'evaluated',
    roles: ['registrar'],
    petitioner: true,
    pipelines: BOTH,
    scope: 'handling',
    requires: ['evaluation'],
    sideEffects: [],
  },
  archive: {
    label: '归档',
    from: ARCHIVABLE_STATES,
    to: 'archived',
    roles: ['registrar'],
    pipelines: BOTH,
    scope: 'handling',
    requires: [],
    sideEffects: [],
  },
};

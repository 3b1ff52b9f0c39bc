// The states of a case (信访件) in either pipeline (domain-reference.md §4). One list for both pipelines:
// the transition table says which pipeline may reach which state.

export const CASE_STATES = [
  'registered',
  'proposed',
  'instructed',
  'pendingAcceptance',
  'accepted',
  'handling',
  'inquiring',
  'checking',
  'shelved',
  'referred',
  'assigned',
  'transferred',
  'escalated',
  'returned',
  'declined',
  'outOfScope',
  'filedAsRepeat',
  'paused',
  'concluded',
  'approved',
  'replied',
  'evaluated',
  'reviewing',
  'reviewed',
  'reReviewing',
  'reReviewed',
  'refusedFinal',
  'archived',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const STATE_LABELS: Record<CaseState, string> = {
  registered: '已登记',
  proposed: '已拟办',
  instructed: '已批示',
  pendingAcceptance: '待受理',
  accepted: '已受理',
  handling: '办理中',
  inquiring: '谈话函询中',
  checking: '初步核实中',
  shelved: '暂存待查',
  referred: '已移送审查调查',
  assigned: '已交办',
  transferred: '已转办',
  escalated: '已上报',
  returned: '已退回',
  declined: '不予受理',
  outOfScope: '业务范围外',
  filedAsRepeat: '重复件存档',
  paused: '已中止',
  concluded: '办结报告待审核',
  approved: '已办结',
  replied: '已答复',
  evaluated: '已评价',
  reviewing: '复查中',
  reviewed: '已复查',
  reReviewing: '复核中',
  reReviewed: '已复核',
  refusedFinal: '不再受理',
  archived: '已归档',
};

/** Nothing more happens to the case (not even 督办). */
export const TERMINAL_STATES: readonly CaseState[] = ['archived', 'filedAsRepeat'];

/** The handling clock runs: an extension may be asked for and approved here. */
export const WORKING_STATES: readonly CaseState[] = ['accepted', 'handling', 'inquiring', 'checking'];

/** States whose clock may be stopped (中止), e.g. awaiting material or a hearing (听证时间不计入). */
export const PAUSABLE_STATES: readonly CaseState[] = [...WORKING_STATES, 'reviewing', 'reReviewing'];

/** Still open somewhere in this unit: 督办 and 催办 make sense. */
export const SUPERVISABLE_STATES: readonly CaseState[] = [
  'registered',
  'proposed',
  'instructed',
  'pendingAcceptance',
  ...WORKING_STATES,
  'shelved',
  'referred',
  'assigned',
  'paused',
  'concluded',
  'approved',
  'reviewing',
  'reReviewing',
];

/** Finished at this unit; the file may be closed (归档). */
export const ARCHIVABLE_STATES: readonly CaseState[] = [
  'replied',
  'evaluated',
  'reviewed',
  'reReviewed',
  'refusedFinal',
  'declined',
  'outOfScope',
  'escalated',
  'transferred',
  'returned',
];

/** Where a triage decision (分类处理) is taken: after the leader's instruction, or on arrival from another unit. */
export const TRIAGE_STATES: readonly CaseState[] = ['instructed', 'pendingAcceptance'];

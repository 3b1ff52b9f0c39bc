// What a transition asks the services to do besides changing the state. The table only declares them;
// the use case carries them out in the same transaction (create the linked case, start a clock, write a notice).
import type { TimeLimitStep } from '../deadlines/rules.js';
import type { CaseState } from './states.js';
import type { CaseView } from './types.js';

/** 告知书 and other written notices to the petitioner. */
export const NOTICE_KINDS = [
  'acceptance',
  'forwarded',
  'decline',
  'redirect',
  'extension',
  'result',
  'reviewOpinion',
  'reReviewOpinion',
  'refuseFinal',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
export const NOTICE_LABELS: Record<NoticeKind, string> = {
  acceptance: '受理告知书',
  forwarded: '转送（交办）告知书',
  decline: '不予受理告知书',
  redirect: '告知书（向有权处理机关反映）',
  extension: '延长办理期限告知书',
  result: '处理意见书（答复）',
  reviewOpinion: '复查意见书',
  reReviewOpinion: '复核意见书',
  refuseFinal: '不再受理告知书',
};

export type SideEffect =
  /** A new case at payload.targetUnitId, linked to this one; `restricted`: this unit keeps only restrictedRecord(). */
  | {
      kind: 'createLinkedCase';
      relation: 'assign' | 'transfer' | 'escalate';
      initialState: CaseState;
      restricted: boolean;
    }
  /** Drop the content this unit holds; keep what routing's restrictedRecord() returns. */
  | { kind: 'restrictRecord' }
  | { kind: 'notifyPetitioner'; notice: NoticeKind }
  /** Start counting a time limit (deadlines/rules.ts). */
  | { kind: 'startDeadline'; step: TimeLimitStep }
  /** Stop a running time limit and record whether it was met, so statistics never drift. No-op if not running. */
  | { kind: 'freezeDeadline'; step: TimeLimitStep }
  | { kind: 'extendDeadline'; step: TimeLimitStep }
  | { kind: 'pauseDeadlines' }
  | { kind: 'resumeDeadlines' }
  /** Store the state left, so resume / send-back can return to it (CaseView.priorState). */
  | { kind: 'rememberPriorState' }
  /** The actor's unit becomes the handling unit (复查/复核 are handled one level up). */
  | { kind: 'moveToActorUnit' }
  /** The case this one was transferred or assigned from goes back to its sender for a new decision. */
  | { kind: 'reopenSource' }
  /** A case assigned from above (交办) reports its approved result to the assigning unit. */
  | { kind: 'reportResultToSource' }
  /** 移送本机关监督检查部门的，同时通报案件监督管理部门 (规则第十四条). */
  | { kind: 'notifyCaseManagement' }
  | { kind: 'notifyHandlingUnit'; about: 'supervise' | 'remind' };

export type SideEffectKind = SideEffect['kind'];

/** When a declared side effect applies; all listed conditions must hold. */
export type EffectCondition = 'government' | 'discipline' | 'realName' | 'notRepeat' | 'assignedFromAbove';

export type DeclaredSideEffect = SideEffect & { when?: readonly EffectCondition[] };

function holds(condition: EffectCondition, view: CaseView): boolean {
  switch (condition) {
    case 'government':
    case 'discipline':
      return view.pipeline === condition;
    case 'realName':
      return view.realName;
    case 'notRepeat':
      // 重复检举控告的，不再告知 (规则): a repeat records no acceptance notice due.
      return !(view.isRepeat ?? false);
    case 'assignedFromAbove':
      return view.sourceRelation === 'assign';
    default: {
      const unhandled: never = condition;
      return unhandled;
    }
  }
}

/** The declared side effects that apply to this case, without their conditions. */
export function applicableSideEffects(declared: readonly DeclaredSideEffect[], view: CaseView): SideEffect[] {
  return declared
    .filter((d) => (d.when ?? []).every((c) => holds(c, view)))
    .map(({ when: _when, ...effect }) => effect as SideEffect);
}

const ENTRY_EFFECTS: Record<'registered' | 'pendingAcceptance', readonly DeclaredSideEffect[]> = {
  registered: [
    { kind: 'startDeadline', step: 'transferOrAssign', when: ['government'] },
    { kind: 'startDeadline', step: 'acceptanceNotice', when: ['government', 'realName'] },
    { kind: 'startDeadline', step: 'realNameAcceptNotice', when: ['discipline', 'realName', 'notRepeat'] },
  ],
  pendingAcceptance: [
    { kind: 'startDeadline', step: 'objection', when: ['government'] },
    { kind: 'startDeadline', step: 'acceptanceNotice', when: ['government', 'realName'] },
    { kind: 'startDeadline', step: 'lowerAccept', when: ['discipline'] },
    { kind: 'startDeadline', step: 'realNameAcceptNotice', when: ['discipline', 'realName', 'notRepeat'] },
  ],
};

/** The workflow's view of a case about to be registered in a unit: state 登记, nothing handled, no clock yet. */
export function newCaseView(c: Pick<CaseView, 'pipeline' | 'handlingUnitId' | 'handlingUnitPath' | 'realName'>): CaseView & { state: 'registered' } {
  return {
    ...c,
    state: 'registered',
    isRepeat: false,
    extensionUsed: false,
    extensionPending: false,
    priorState: null,
    sourceRelation: null,
    reReviewedBefore: false,
    reviewRequestDueDate: null,
    reReviewRequestDueDate: null,
  };
}

/**
 * The clocks a new case starts with: on registration here, or on arrival from another unit (待受理).
 * A repeat real-name discipline report starts no acceptance-notice clock.
 */
export function entrySideEffects(
  view: CaseView & { state: 'registered' | 'pendingAcceptance' },
): SideEffect[] {
  return applicableSideEffects(ENTRY_EFFECTS[view.state], view);
}

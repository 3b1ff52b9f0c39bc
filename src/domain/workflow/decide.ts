// decide(): may this actor take this action on this case now, and what follows. allowedActions(): what the UI offers.
// Checks run in a fixed order so the message names the first reason: state, pipeline, role, unit, case, payload.
import { AppError, type ErrorCode } from '../errors.js';
import { PIPELINE_LABELS, ROLE_LABELS } from '../vocabulary/index.js';
import { caseGuard, fieldLabel, missingFields, payloadProblems } from './guards.js';
import { applicableSideEffects, type SideEffect } from './side-effects.js';
import { STATE_LABELS, type CaseState } from './states.js';
import { CASE_ACTIONS, TRANSITIONS, type CaseAction } from './transitions.js';
import type {
  CaseView,
  Payload,
  Refusal,
  RefusalCode,
  Transition,
  UnitScope,
  WorkflowActor,
} from './types.js';

export interface Approval {
  ok: true;
  action: CaseAction;
  from: CaseState;
  to: CaseState;
  sideEffects: SideEffect[];
}
export type Decision = Approval | Refusal;

const refuse = (code: RefusalCode, message: string, fields?: Refusal['fields']): Refusal =>
  fields ? { ok: false, code, message, fields } : { ok: false, code, message };

/** The actor's unit relative to the handling unit, read from the handling unit's path of ids. */
function unitRelation(actor: WorkflowActor, view: CaseView): 'handling' | 'ancestor' | 'other' {
  if (actor.unitId === view.handlingUnitId) return 'handling';
  const ids = (view.handlingUnitPath ?? '').split('/').filter(Boolean);
  return ids.includes(actor.unitId) ? 'ancestor' : 'other';
}

const SCOPE_WHO: Record<UnitScope, string> = {
  handling: '承办单位',
  ancestor: '承办单位的上级单位',
  handlingOrAncestor: '承办单位或其上级单位',
};

function scopeAllows(scope: UnitScope, relation: 'handling' | 'ancestor' | 'other'): boolean {
  switch (scope) {
    case 'handling':
      return relation === 'handling';
    case 'ancestor':
      return relation === 'ancestor';
    case 'handlingOrAncestor':
      return relation !== 'other';
    default: {
      const unhandled: never = scope;
      return unhandled;
    }
  }
}

/** Every check that does not depend on the payload. */
function checkCase(actor: WorkflowActor, view: CaseView, action: CaseAction, t: Transition): Refusal | null {
  if (!t.from.includes(view.state)) {
    return refuse('wrongState', `当前状态「${STATE_LABELS[view.state]}」不能执行「${t.label}」`);
  }
  if (!t.pipelines.includes(view.pipeline)) {
    return refuse('wrongPipeline', `${PIPELINE_LABELS[view.pipeline]}件不能执行「${t.label}」`);
  }
  if (actor.isPetitioner) {
    if (!t.petitioner) return refuse('wrongRole', `信访人不能执行「${t.label}」`);
  } else {
    if (!actor.roles.some((r) => t.roles.includes(r))) {
      const who = [...t.roles.map((r) => ROLE_LABELS[r]), ...(t.petitioner ? ['信访人'] : [])].join('、');
      return refuse('wrongRole', `只有${who}可以${t.label}`);
    }
    if (!scopeAllows(t.scope, unitRelation(actor, view))) {
      return refuse('wrongUnit', `只有${SCOPE_WHO[t.scope]}可以${t.label}`);
    }
  }
  const guard = caseGuard(action, view);
  return guard === null ? null : refuse('notAllowedNow', guard);
}

export function decide(
  actor: WorkflowActor,
  view: CaseView,
  action: CaseAction,
  payload: Payload = {},
): Decision {
  const t = TRANSITIONS[action];
  const refusal = checkCase(actor, view, action, t);
  if (refusal) return refusal;
  const missing = missingFields(t, payload);
  if (missing.length > 0) {
    const labels = missing.map((f) => fieldLabel(t, f));
    return refuse(
      'missingFields',
      `缺少必填项：${labels.join('、')}`,
      missing.map((f) => ({ field: f, message: `请填写${fieldLabel(t, f)}` })),
    );
  }
  const problems = payloadProblems(action, t, view, payload);
  const first = problems[0];
  if (first) return refuse('invalidField', first.message, problems);
  const to = typeof t.to === 'function' ? t.to(view) : t.to;
  return { ok: true, action, from: view.state, to, sideEffects: applicableSideEffects(t.sideEffects, view) };
}

/** The actions this actor may start on this case now (the payload is asked for afterwards). */
export function allowedActions(actor: WorkflowActor, view: CaseView): CaseAction[] {
  return CASE_ACTIONS.filter((a) => checkCase(actor, view, a, TRANSITIONS[a]) === null);
}

const ERROR_CODE_OF: Record<RefusalCode, ErrorCode> = {
  wrongState: 'conflict',
  wrongPipeline: 'conflict',
  notAllowedNow: 'conflict',
  wrongRole: 'forbidden',
  wrongUnit: 'forbidden',
  missingFields: 'validation',
  invalidField: 'validation',
};

/** The system's one error type for a refusal, so the HTTP layer maps it like any other. */
export const refusalToError = (r: Refusal): AppError =>
  new AppError(ERROR_CODE_OF[r.code], r.message, r.fields ?? []);

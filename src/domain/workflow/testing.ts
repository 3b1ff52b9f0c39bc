// Factories for the workflow tests (not exported from index.ts): a case view and a complete payload.
import type { Pipeline, Role } from '../vocabulary/index.js';
import type { CaseState } from './states.js';
import { TRANSITIONS, type CaseAction } from './transitions.js';
import type { CaseView, Payload, WorkflowActor } from './types.js';
import { newCaseView } from './side-effects.js';

/** Unit tree used by the tests: root → upper (市) → unit (县) → lower (乡镇); plus a stranger elsewhere. */
export const UNITS = {
  root: 'root',
  upper: 'upper',
  unit: 'unit',
  lower: 'lower',
  stranger: 'stranger',
} as const;
export const UNIT_PATH = '/root/upper/unit/';

export function buildCaseView(overrides: Partial<CaseView> = {}): CaseView {
  return {
    ...newCaseView({ pipeline: 'government', handlingUnitId: UNITS.unit, handlingUnitPath: UNIT_PATH, realName: true }),
    ...overrides,
  };
}

export const staff = (roles: Role | Role[], unitId: string = UNITS.unit): WorkflowActor => ({
  roles: Array.isArray(roles) ? roles : [roles],
  unitId,
});
export const PETITIONER: WorkflowActor = { roles: [], unitId: '', isPetitioner: true };

const VALID_FIELD: Readonly<Record<string, unknown>> = {
  opinion: '同意，按程序办理',
  reason: '材料不全，需补充',
  instruction: '请依法依规办理',
  targetUnitId: UNITS.lower,
  dueDate: '2025-03-01',
  redirectTo: '德庆县人民法院',
  report: '经核查，反映问题部分属实',
  finding: 'partlyTrue',
  evaluation: 'satisfied',
  days: 30,
  requestDate: '2025-01-10',
};

/** A payload with every required field of the action filled correctly. */
export function validPayload(action: CaseAction): Payload {
  return Object.fromEntries(TRANSITIONS[action].requires.map((f) => [f, VALID_FIELD[f]]));
}

/** A case on which the action's case guards pass (so only state, pipeline, role and unit decide). */
export function favourableView(action: CaseAction, state: CaseState, pipeline: Pipeline): CaseView {
  return buildCaseView({
    state,
    pipeline,
    isRepeat: action === 'fileAsRepeat',
    extensionPending: action === 'approveExtension' || action === 'rejectExtension',
    reReviewedBefore: true,
    priorState: 'checking',
  });
}

/** A staff member placed where the action's unit scope allows. */
export const actorFor = (action: CaseAction, role: Role): WorkflowActor =>
  staff(role, TRANSITIONS[action].scope === 'ancestor' ? UNITS.upper : UNITS.unit);

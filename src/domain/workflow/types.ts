import type { Pipeline, Role } from '../vocabulary/index.js';
import type { DeclaredSideEffect } from './side-effects.js';
import type { CaseState } from './states.js';

/** Who acts. Staff act through roles within their unit; the petitioner acts through the public portal. */
export interface WorkflowActor {
  roles: readonly Role[];
  unitId: string;
  /** The petitioner (信访人) acting with the query code; the caller has checked the code. */
  isPetitioner?: boolean;
}

/** What the rules need to know about a case. */
export interface CaseView {
  state: CaseState;
  pipeline: Pipeline;
  handlingUnitId: string;
  /** Path of the handling unit in the unit tree ('/<root>/…/<unit>/'): tells whether the actor's unit is above it. */
  handlingUnitPath?: string;
  /** Name and working contact given (实名): notices and feedback are due. */
  realName: boolean;
  /** Confirmed repeat (重信重访 / 重复检举控告). */
  isRepeat?: boolean;
  /** An extension has been approved already (only one per case). */
  extensionUsed?: boolean;
  /** An extension request awaits approval. */
  extensionPending?: boolean;
  /** The longest extension in days (default 30, from the time-limit rules). */
  maxExtensionDays?: number;
  /** The state before 中止 or before the conclusion report was submitted (recorded via rememberPriorState). */
  priorState?: CaseState | null;
  /** How this case came from another unit's case, if it did. */
  sourceRelation?: 'assign' | 'transfer' | 'escalate' | null;
  /** The same facts and reasons were already re-reviewed (复核) in an earlier case. */
  reReviewedBefore?: boolean;
  /** Last day on which the petitioner may ask for 复查 / 复核 (from the deadlines module). */
  reviewRequestDueDate?: string | null;
  reReviewRequestDueDate?: string | null;
}

export type Payload = Readonly<Record<string, unknown>>;

/** Which unit may act: the handling unit, a unit above it, or either. */
export type UnitScope = 'handling' | 'ancestor' | 'handlingOrAncestor';

export interface Transition {
  from: readonly CaseState[];
  to: CaseState | ((view: CaseView) => CaseState);
  roles: readonly Role[];
  /** The petitioner may also take this action through the portal. */
  petitioner?: boolean;
  pipelines: readonly Pipeline[];
  scope: UnitScope;
  /** Payload fields that must be present and non-blank. */
  requires: readonly string[];
  /** Chinese names for this action's fields where the general one is too vague (退回理由 rather than 理由). */
  fieldLabels?: Readonly<Record<string, string>>;
  sideEffects: readonly DeclaredSideEffect[];
  /** The Chinese verb shown on the button and in messages. */
  label: string;
}

export const REFUSAL_CODES = [
  'wrongState',
  'wrongPipeline',
  'wrongRole',
  'wrongUnit',
  'notAllowedNow',
  'missingFields',
  'invalidField',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export interface Refusal {
  ok: false;
  code: RefusalCode;
  message: string;
  /** Payload fields at fault, with their own messages. */
  fields?: { field: string; message: string }[];
}

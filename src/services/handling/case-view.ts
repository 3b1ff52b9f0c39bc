import type { CaseRow } from '../../db/index.js';
import type { CaseState, CaseView, WorkflowActor } from '../../domain/workflow/index.js';
import type { Actor } from '../../domain/policies/index.js';

/** What the workflow rules need to know about a stored case (and, for review requests, its running clocks). */
export function caseViewOf(c: CaseRow, deadlines: { step: string; status: string; dueOn: string }[] = []): CaseView {
  const due = (step: string) => deadlines.find((d) => d.step === step && d.status === 'running')?.dueOn ?? null;
  return {
    state: c.state as CaseState,
    pipeline: c.pipeline,
    // Under 复查 / 复核 the reviewing unit handles the case (it stays in its own unit's register).
    handlingUnitId: c.reviewUnitId ?? c.unitId,
    handlingUnitPath: c.reviewUnitPath ?? c.unitPath,
    realName: c.realName,
    isRepeat: c.repeatStatus === 'repeat',
    extensionUsed: c.extensionUsed,
    extensionPending: c.extensionPending,
    priorState: (c.priorState as CaseState | null) ?? null,
    sourceRelation: (c.sourceRelation as CaseView['sourceRelation']) ?? null,
    reReviewedBefore: c.reReviewedBefore,
    reviewRequestDueDate: due('reviewRequest'),
    reReviewRequestDueDate: due('reReviewRequest'),
  };
}

export const workflowActorOf = (a: Actor): WorkflowActor => ({ roles: a.roles, unitId: a.unitId, ...(a.kind === 'public' ? { isPetitioner: true } : {}) });

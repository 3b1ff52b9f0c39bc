// The one transition table of both pipelines: states, who may act, guards' inputs and side effects.
// Split over three files by stage only to keep each readable; this is the table the rest of the system reads.
import { FOLLOWUP_ACTIONS, FOLLOWUP_TRANSITIONS, type FollowupAction } from './transitions-followup.js';
import { HANDLING_ACTIONS, HANDLING_TRANSITIONS, type HandlingAction } from './transitions-handling.js';
import { INTAKE_ACTIONS, INTAKE_TRANSITIONS, type IntakeAction } from './transitions-intake.js';
import type { Transition } from './types.js';

export const CASE_ACTIONS = [...INTAKE_ACTIONS, ...HANDLING_ACTIONS, ...FOLLOWUP_ACTIONS] as const;
export type CaseAction = IntakeAction | HandlingAction | FollowupAction;

export const TRANSITIONS: Readonly<Record<CaseAction, Transition>> = {
  ...INTAKE_TRANSITIONS,
  ...HANDLING_TRANSITIONS,
  ...FOLLOWUP_TRANSITIONS,
};

export const isCaseAction = (value: string): value is CaseAction =>
  (CASE_ACTIONS as readonly string[]).includes(value);

/** The Chinese verb of each action (button text, audit trail). */
export const ACTION_LABELS = Object.fromEntries(CASE_ACTIONS.map((a) => [a, TRANSITIONS[a].label])) as Record<
  CaseAction,
  string
>;

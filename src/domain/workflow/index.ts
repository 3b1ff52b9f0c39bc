// The case workflow of both pipelines: one transition table, decide(), allowedActions() and the public status.
export * from './states.js';
export * from './types.js';
export * from './side-effects.js';
export * from './transitions.js';
export { INTAKE_ACTIONS, type IntakeAction } from './transitions-intake.js';
export { HANDLING_ACTIONS, type HandlingAction } from './transitions-handling.js';
export { FOLLOWUP_ACTIONS, type FollowupAction } from './transitions-followup.js';
export { DEFAULT_MAX_EXTENSION_DAYS, caseGuard } from './guards.js';
export * from './decide.js';
export * from './public-status.js';
export * from './queues.js';
export * from './event-labels.js';

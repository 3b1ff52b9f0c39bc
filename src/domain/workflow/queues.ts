// The work queues of a unit (待拟办, 待批示 …): which states each holds and who works it. Lists and counts on the
// console's home page read this one table.
import type { Role } from '../vocabulary/index.js';
import type { CaseState } from './states.js';

export const QUEUES = ['toPropose', 'toInstruct', 'toTriage', 'toAccept', 'handling', 'toReview', 'toReply', 'assignedOut', 'supervised', 'dueSoon', 'overdue'] as const;
export type Queue = (typeof QUEUES)[number];

export interface QueueDefinition {
  label: string;
  /** Cases of the unit in these states; `supervised`, 即将超期 and 已超期 are flags, not states. */
  states: readonly CaseState[];
  /** The queue of a deadline light instead of states. */
  light?: 'yellow' | 'red';
  roles: readonly Role[];
}

export const QUEUE_DEFINITIONS: Record<Queue, QueueDefinition> = {
  toPropose: { label: '待拟办', states: ['registered'], roles: ['registrar'] },
  toInstruct: { label: '待批示', states: ['proposed'], roles: ['leader', 'unitHead'] },
  toTriage: { label: '待分办', states: ['instructed'], roles: ['registrar', 'unitHead'] },
  toAccept: { label: '待受理', states: ['pendingAcceptance'], roles: ['registrar', 'unitHead'] },
  handling: { label: '办理中', states: ['accepted', 'handling', 'inquiring', 'checking', 'paused', 'reviewing', 'reReviewing'], roles: ['handler', 'unitHead'] },
  toReview: { label: '待审核', states: ['concluded'], roles: ['unitHead'] },
  toReply: { label: '待答复', states: ['approved'], roles: ['handler', 'registrar'] },
  assignedOut: { label: '交办待结果', states: ['assigned', 'transferred'], roles: ['registrar', 'unitHead', 'supervisor'] },
  supervised: { label: '督办件', states: [], roles: ['supervisor', 'leader', 'unitHead', 'handler', 'registrar'] },
  dueSoon: { label: '即将超期', states: [], light: 'yellow', roles: ['handler', 'unitHead', 'supervisor', 'registrar', 'leader'] },
  overdue: { label: '已超期', states: [], light: 'red', roles: ['handler', 'unitHead', 'supervisor', 'registrar', 'leader'] },
};

/** The queues a user with these roles works, in display order. */
export const queuesFor = (roles: readonly Role[]): Queue[] => QUEUES.filter((q) => QUEUE_DEFINITIONS[q].roles.some((r) => roles.includes(r)));

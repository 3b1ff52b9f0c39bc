// What the public portal shows for a case (查询码查询): a few plain words, never the internal step.
// The switch is exhaustive: a new state does not compile until it is placed here.
import type { CaseState } from './states.js';

export const PUBLIC_STATUSES = [
  'registered',
  'forwarded',
  'accepted',
  'inProgress',
  'suspended',
  'concluded',
  'replied',
  'declined',
  'filedAsRepeat',
  'reviewing',
  'reviewed',
  'reReviewing',
  'reReviewed',
  'refusedFinal',
] as const;
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];

export const PUBLIC_STATUS_LABELS: Record<PublicStatus, string> = {
  registered: '已登记',
  forwarded: '已转送',
  accepted: '已受理',
  inProgress: '办理中',
  suspended: '中止办理',
  concluded: '已办结',
  replied: '已答复',
  declined: '不予受理',
  filedAsRepeat: '重复反映，已存档',
  reviewing: '复查中',
  reviewed: '已复查',
  reReviewing: '复核中',
  reReviewed: '已复核',
  refusedFinal: '不再受理',
};

export function publicStatus(state: CaseState): PublicStatus {
  switch (state) {
    case 'registered':
    case 'proposed':
    case 'instructed':
    case 'returned': // the sender decides again; to the public the matter is back at registration
      return 'registered';
    case 'pendingAcceptance':
    case 'transferred':
    case 'escalated':
      return 'forwarded';
    case 'accepted':
      return 'accepted';
    case 'handling':
    case 'inquiring':
    case 'checking':
    case 'shelved':
    case 'referred':
    case 'assigned':
    case 'concluded': // the report is still under review
      return 'inProgress';
    case 'paused':
      return 'suspended';
    case 'approved':
    case 'archived':
      return 'concluded';
    case 'replied':
    case 'evaluated':
      return 'replied';
    case 'declined':
    case 'outOfScope':
      return 'declined';
    case 'filedAsRepeat':
      return 'filedAsRepeat';
    case 'reviewing':
      return 'reviewing';
    case 'reviewed':
      return 'reviewed';
    case 'reReviewing':
      return 'reReviewing';
    case 'reReviewed':
      return 'reReviewed';
    case 'refusedFinal':
      return 'refusedFinal';
    default: {
      const unhandled: never = state;
      throw new Error(`unhandled case state ${String(unhandled)}`);
    }
  }
}

export const publicStatusLabel = (state: CaseState): string => PUBLIC_STATUS_LABELS[publicStatus(state)];

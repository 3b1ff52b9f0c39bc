// 三会 and the half-monthly screening meeting: records with follow-ups tracked to done.
import { addDays, compareDates, daysBetween, type IsoDate } from '../deadlines/dates.js';

export const MEETING_KINDS = ['screening', 'partyCommittee', 'cadreForum', 'liaisonMeeting', 'petitionerTalk', 'other'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  screening: '信访隐患排查调处会议',
  partyCommittee: '党委信访工作专题会',
  cadreForum: '基层干部信访恳谈会',
  liaisonMeeting: '信访联络员工作会',
  petitionerTalk: '上访群众交心会',
  other: '其他会议',
};
/** How often a kind is due, in days (the source: 每半个月召开一次排查调处会议, 党委每半月专题研究). */
export const MEETING_CADENCE_DAYS: Partial<Record<MeetingKind, number>> = { screening: 15, partyCommittee: 15 };

export type FollowUpState = 'open' | 'dueSoon' | 'overdue' | 'done' | 'doneLate';
export const FOLLOW_UP_STATE_LABELS: Record<FollowUpState, string> = { open: '办理中', dueSoon: '即将到期', overdue: '已逾期', done: '已办结', doneLate: '逾期办结' };

/** A follow-up: done on or before its due date, done late, overdue, due within 3 days, or open. */
export function followUpState(f: { dueOn: IsoDate; doneOn?: IsoDate | null }, today: IsoDate): FollowUpState {
  if (f.doneOn) return compareDates(f.doneOn, f.dueOn) <= 0 ? 'done' : 'doneLate';
  if (compareDates(today, f.dueOn) > 0) return 'overdue';
  return daysBetween(today, f.dueOn) <= 3 ? 'dueSoon' : 'open';
}

/**
 * Whether a unit held each regular meeting in time: the last meeting of the kind, the day the next is due, and
 * whether that day has passed. A kind never held is overdue from `since`.
 */
export function meetingCadence(kind: MeetingKind, heldOn: readonly IsoDate[], today: IsoDate, since: IsoDate) {
  const days = MEETING_CADENCE_DAYS[kind];
  if (!days) return null;
  const last = [...heldOn].sort(compareDates).at(-1) ?? null;
  const nextDue = addDays(last ?? since, days);
  return { kind, last, nextDue, overdue: compareDates(today, nextDue) > 0 };
}

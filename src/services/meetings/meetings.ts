import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import { meeting, meetingFollowUp, unit } from '../../db/schema/index.js';
import { compareDates, isIsoDate, toChinaDate, type IsoDate } from '../../domain/deadlines/index.js';
import { conflict, invalid, notFound } from '../../domain/errors.js';
import { followUpState, MEETING_CADENCE_DAYS, meetingCadence, type MeetingKind } from '../../domain/meetings/index.js';
import { audit } from '../audit.js';
import { inScope, type ServiceContext } from '../context.js';

export interface NewMeeting {
  kind: MeetingKind;
  heldOn: IsoDate;
  attendees: string;
  topics: string;
  decisions: string;
  followUps: { task: string; ownerName: string; dueOn: IsoDate }[];
}

/** Records a meeting of the caller's unit with its follow-ups (owner and due date each). */
export const recordMeeting = (ctx: ServiceContext, m: NewMeeting) =>
  inScope(ctx, async (tx) => {
    const today = toChinaDate(ctx.now());
    if (!isIsoDate(m.heldOn) || compareDates(m.heldOn, today) > 0) throw invalid('会议日期不能晚于今天', [{ field: 'heldOn', message: '会议日期无效' }]);
    const bad = m.followUps.findIndex((f) => !isIsoDate(f.dueOn) || compareDates(f.dueOn, m.heldOn) < 0);
    if (bad >= 0) throw invalid(`第 ${bad + 1} 项落实事项的期限不能早于会议日期`, [{ field: `followUps.${bad}.dueOn`, message: '期限不能早于会议日期' }]);
    const [u] = await tx.select().from(unit).where(eq(unit.id, ctx.actor.unitId));
    if (!u) throw notFound('单位');
    const [row] = await tx
      .insert(meeting)
      .values({ unitId: u.id, unitPath: u.path, kind: m.kind, heldOn: m.heldOn, attendees: m.attendees.trim(), topics: m.topics.trim(), decisions: m.decisions.trim(), recordedBy: ctx.actor.name, createdAt: ctx.now() })
      .returning();
    if (m.followUps.length)
      await tx.insert(meetingFollowUp).values(m.followUps.map((f) => ({ meetingId: row!.id, unitPath: u.path, task: f.task.trim(), ownerName: f.ownerName.trim(), dueOn: f.dueOn })));
    await audit(tx, ctx, { action: 'meeting.record', objectType: 'meeting', objectId: row!.id, objectUnitId: u.id, detail: { kind: m.kind, heldOn: m.heldOn, followUps: m.followUps.length } });
    return row!;
  });

/** Meetings with their follow-ups' states, and whether the regular meetings of the caller's unit are on time. */
export const listMeetings = (ctx: ServiceContext) =>
  inScope(ctx, async (tx) => {
    const today = toChinaDate(ctx.now());
    const rows = await tx.select({ m: meeting, unitName: unit.name }).from(meeting).innerJoin(unit, eq(unit.id, meeting.unitId)).orderBy(desc(meeting.heldOn), desc(meeting.createdAt)).limit(200);
    const ids = rows.map((r) => r.m.id);
    const follow = ids.length ? await tx.select().from(meetingFollowUp).where(inArray(meetingFollowUp.meetingId, ids)).orderBy(asc(meetingFollowUp.dueOn)) : [];
    const [own] = await tx.select({ createdAt: unit.createdAt }).from(unit).where(eq(unit.id, ctx.actor.unitId));
    const since = toChinaDate(own?.createdAt ?? ctx.now());
    const mine = rows.filter((r) => r.m.unitId === ctx.actor.unitId);
    const cadence = (Object.keys(MEETING_CADENCE_DAYS) as MeetingKind[]).map((k) => meetingCadence(k, mine.filter((r) => r.m.kind === k).map((r) => r.m.heldOn), today, since)!);
    return {
      cadence,
      items: rows.map(({ m, unitName }) => ({
        ...m,
        unitName,
        createdAt: m.createdAt.toISOString(),
        followUps: follow.filter((f) => f.meetingId === m.id).map((f) => ({ id: f.id, task: f.task, ownerName: f.ownerName, dueOn: f.dueOn, doneOn: f.doneOn, doneNote: f.doneNote, state: followUpState(f, today) })),
      })),
    };
  });

/** A follow-up done, with what was done. */
export const completeFollowUp = (ctx: ServiceContext, id: string, note: string) =>
  inScope(ctx, async (tx) => {
    const today = toChinaDate(ctx.now());
    const [done] = await tx.update(meetingFollowUp).set({ doneOn: today, doneNote: note.trim() }).where(and(eq(meetingFollowUp.id, id), isNull(meetingFollowUp.doneOn))).returning();
    if (!done) {
      const [f] = await tx.select({ id: meetingFollowUp.id }).from(meetingFollowUp).where(eq(meetingFollowUp.id, id));
      throw f ? conflict('该事项已经办结') : notFound('落实事项');
    }
    await audit(tx, ctx, { action: 'meeting.followUpDone', objectType: 'meetingFollowUp', objectId: id, detail: { state: followUpState(done, today) } });
    return { ...done, state: followUpState(done, today) };
  });

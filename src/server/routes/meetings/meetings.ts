import { z } from 'zod';
import { FOLLOW_UP_STATE_LABELS, MEETING_KINDS } from '../../../domain/meetings/index.js';
import { completeFollowUp, listMeetings, recordMeeting } from '../../../services/meetings/meetings.js';
import { Id, IdParams } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

const text = (min: number, max: number, label: string) => z.string().trim().min(min).max(max).describe(label);
const FOLLOW_UP_STATES = Object.keys(FOLLOW_UP_STATE_LABELS) as [keyof typeof FOLLOW_UP_STATE_LABELS, ...(keyof typeof FOLLOW_UP_STATE_LABELS)[]];
const FollowUp = z.object({ id: Id, task: z.string(), ownerName: z.string(), dueOn: z.string(), doneOn: z.string().nullable(), doneNote: z.string().nullable(), state: z.enum(FOLLOW_UP_STATES) });

/** 三会 and the screening meeting, with follow-ups tracked to done. */
export default (app: ZodApp) => {
  app.post(
    `${API_PREFIX}/meetings`,
    {
      schema: {
        tags: ['会议'],
        summary: '记录本单位的会议：类型、日期、参会人员、议题、决定，以及落实事项（责任人、期限）',
        body: z.strictObject({
          kind: z.enum(MEETING_KINDS).describe('会议类型'),
          heldOn: z.iso.date().describe('会议日期'),
          attendees: text(2, 500, '参会人员'),
          topics: text(2, 2000, '议题'),
          decisions: text(2, 2000, '决定事项'),
          followUps: z.array(z.strictObject({ task: text(2, 300, '落实事项'), ownerName: text(2, 50, '责任人'), dueOn: z.iso.date().describe('期限') })).max(30).default([]).describe('落实事项'),
        }),
        response: { 201: z.object({ id: Id }) },
      },
      config: { permission: 'meeting.write' },
    },
    async (request, reply) => {
      const m = await recordMeeting(request.ctx(), request.body);
      reply.status(201);
      return { id: m.id };
    },
  );
  app.get(
    `${API_PREFIX}/meetings`,
    {
      schema: {
        tags: ['会议'],
        summary: '会议记录及落实事项（本单位及下级单位）；本单位定期会议是否按时召开',
        response: {
          200: z.object({
            cadence: z.array(z.object({ kind: z.enum(MEETING_KINDS), last: z.string().nullable(), nextDue: z.string(), overdue: z.boolean() })),
            items: z.array(z.object({ id: Id, unitId: Id, unitName: z.string(), kind: z.enum(MEETING_KINDS), heldOn: z.string(), attendees: z.string(), topics: z.string(), decisions: z.string(), recordedBy: z.string(), followUps: z.array(FollowUp) })),
          }),
        },
      },
      config: { permission: 'meeting.read' },
    },
    async (request) => listMeetings(request.ctx()),
  );
  app.post(
    `${API_PREFIX}/meeting-follow-ups/:id/done`,
    { schema: { tags: ['会议'], summary: '落实事项办结（写明落实情况）', params: IdParams, body: z.strictObject({ note: text(2, 500, '落实情况') }), response: { 200: FollowUp } }, config: { permission: 'meeting.write' } },
    async (request) => {
      const f = await completeFollowUp(request.ctx(), request.params.id, request.body.note);
      return { id: f.id, task: f.task, ownerName: f.ownerName, dueOn: f.dueOn, doneOn: f.doneOn, doneNote: f.doneNote, state: f.state };
    },
  );
};

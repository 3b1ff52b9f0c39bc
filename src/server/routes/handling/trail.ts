import { z } from 'zod';
import { caseTrail } from '../../../services/handling/trail.js';
import { IdParams } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/cases/:id/trail`,
    {
      schema: {
        tags: ['办理'],
        summary: '办理轨迹：每一步（人、单位、时间、意见）、领导批示、督办、告知书、期限与红黄绿灯、关联件，以及当前用户可执行的操作',
        params: IdParams,
        response: {
          200: z.object({
            caseNo: z.string(),
            unitId: z.string(),
            state: z.string(),
            version: z.number(),
            allowedActions: z.array(z.string()),
            events: z.array(z.object({ id: z.number(), at: z.string(), actorName: z.string(), action: z.string(), fromState: z.string().nullable(), toState: z.string().nullable(), opinion: z.string().nullable(), detail: z.unknown() })),
            deadlines: z.array(z.object({ step: z.string(), name: z.string(), startOn: z.string(), dueOn: z.string(), originalDueOn: z.string(), provisional: z.boolean(), status: z.string(), onTime: z.boolean().nullable(), paused: z.boolean(), light: z.string().nullable(), overdueGrade: z.string().nullable() })),
            instructions: z.array(z.object({ leaderName: z.string(), at: z.string(), text: z.string(), documentNo: z.string().nullable() })),
            supervisions: z.array(z.object({ id: z.string(), kind: z.string(), byName: z.string(), at: z.string(), reason: z.string().nullable(), requirement: z.string().nullable(), dueOn: z.string().nullable(), reply: z.string().nullable() })),
            notices: z.array(z.object({ id: z.string(), kind: z.string(), noticeNo: z.string(), issuedAt: z.string(), issuedBy: z.string() })),
            links: z.array(z.object({ kind: z.string(), direction: z.string(), caseId: z.string(), caseNo: z.string(), state: z.string(), unitName: z.string(), undone: z.boolean() })),
          }),
        },
      },
      config: { permission: 'case.read' },
    },
    async (request) => caseTrail(request.ctx(), request.params.id),
  );

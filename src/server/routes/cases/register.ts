import { AppError } from '../../../domain/errors.js';
import { registerCase } from '../../../services/register/register-case.js';
import { RegisterCaseBody, RegisterResult } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.post(
    `${API_PREFIX}/cases`,
    {
      schema: {
        tags: ['信访件'],
        summary: '登记信访件（各种信访形式；接口令牌调用时须带 Idempotency-Key，重复提交不会重复登记）',
        description:
          '示例（短信网关）：\n\n```\nPOST /api/v1/cases\nAuthorization: Bearer xft_…\nIdempotency-Key: sms-20261129-000123\n\n{"receivedOn":"2026-11-29","channel":"sms","source":"direct","pipeline":"discipline","nature":"accusation","categoryCode":"012301","matterRegionCode":"441226101","anonymous":false,"petitioners":[{"name":"张三","phones":["13812345678"]}],"accused":[{"name":"李四","unit":"新圩镇人民政府","position":"副镇长","rank":"section"}],"title":"反映新圩镇副镇长违规收受礼金","content":"……"}\n```',
        body: RegisterCaseBody,
        response: { 201: RegisterResult, 200: RegisterResult },
      },
      config: { permission: 'case.register', token: true },
    },
    async (request, reply) => {
      const key = request.headers['idempotency-key'];
      const isToken = request.actor?.kind === 'token';
      if (isToken && (typeof key !== 'string' || !/^[\w.:-]{8,100}$/.test(key)))
        throw new AppError('validation', '接口调用须带 Idempotency-Key 请求头（8–100 位字母、数字或 ._:-）');
      const externalKey = typeof key === 'string' ? `${request.actor!.unitId}:${key}` : undefined;
      const result = await registerCase(request.ctx(), request.body, { via: isToken ? 'api' : 'console', externalKey });
      reply.status(result.duplicate ? 200 : 201);
      return result;
    },
  );

import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode, type FieldError } from '../../domain/errors.js';
import { fieldLabel } from '../../shared/field-labels.js';

/** The one place where failures become HTTP answers: `{ error: { code, message, fields } }`. */
export const STATUS: Record<ErrorCode, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  notFound: 404,
  conflict: 409,
  locked: 423,
  tooMany: 429,
  payloadTooLarge: 413,
  unsupportedMedia: 415,
  passwordChangeRequired: 403,
  internal: 500,
};

export function errorBody(code: ErrorCode, message: string, fields: FieldError[] = []) {
  return { error: { code, message, fields } };
}

const withLabel = (path: string, message: string) => {
  if (!path) return message;
  const label = fieldLabel(path);
  return message.startsWith(label) ? message : `${label}（${path}）${/^[应为]/.test(message) ? '' : '：'}${message}`;
};

/** PostgreSQL errors that bad input can cause; anything else is a real fault. */
function fromDatabase(err: { code?: string; constraint?: string; message?: string }): AppError | null {
  switch (err.code) {
    case '23505':
      return new AppError('conflict', '数据重复：该编号、代码或名称已被使用');
    case '23503':
      return new AppError('validation', '引用的记录不存在');
    case '23514':
    case '22P02':
    case '22001':
    case '22007':
    case '22008':
      return new AppError('validation', '数据不符合要求，请检查输入');
    case '42501':
      return new AppError('notFound', '记录不存在或不在您的管辖范围内');
    case '40001':
    case '40P01':
      return new AppError('conflict', '系统繁忙，操作未保存，请重试');
    default:
      return null;
  }
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fields = error.validation.map((v) => {
      const params = v.params as { issue?: { path?: PropertyKey[] } };
      const path = (params.issue?.path ?? v.instancePath.split('/').filter(Boolean)).map(String).join('.');
      return { field: path, message: withLabel(path, v.message ?? '取值无效') };
    });
    const where = error.validationContext === 'querystring' ? '查询参数' : error.validationContext === 'params' ? '路径参数' : '';
    return new AppError('validation', `${where}${fields.map((f) => f.message).join('；')}`, fields);
  }
  const e = error as FastifyError & { constraint?: string; cause?: { code?: string } };
  // drizzle wraps the driver's error; the SQLSTATE is on the cause.
  const db = fromDatabase(e.cause?.code ? e.cause : e);
  if (db) return db;
  switch (e.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('validation', '请求内容不是有效的 JSON');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payloadTooLarge', '请求内容过大');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('unsupportedMedia', '不支持的请求内容类型');
    case 'FST_ERR_RATE_LIMIT_EXCEEDED':
      return new AppError('tooMany', '操作过于频繁，请稍后再试');
  }
  if (e.statusCode === 429) return new AppError('tooMany', '操作过于频繁，请稍后再试');
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) return new AppError('validation', '请求无效');
  return new AppError('internal', '服务器内部错误，请稍后重试或联系系统管理员');
}

export function errorsPlugin(app: FastifyInstance) {
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    const status = STATUS[appError.code];
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: appError.code, msg: appError.message }, 'request refused');
    return reply.status(status).send(errorBody(appError.code, appError.message, appError.fields));
  });
}

export const apiNotFound = (request: FastifyRequest, reply: FastifyReply) =>
  reply.status(404).send(errorBody('notFound', `接口不存在：${request.method} ${request.url.split('?')[0]}`));

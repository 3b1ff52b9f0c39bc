/**
 * The one error type of the system. A code names the kind of failure (it decides the HTTP status in
 * src/server/plugins/errors.ts); the message is the Chinese sentence the user reads.
 */
export const ERROR_CODES = [
  'validation',
  'unauthenticated',
  'forbidden',
  'notFound',
  'conflict',
  'locked',
  'tooMany',
  'payloadTooLarge',
  'unsupportedMedia',
  'passwordChangeRequired',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldError {
  /** Dot path of the field, e.g. `petitioners.0.idNumber`. */
  field: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const invalid = (message: string, fields: FieldError[] = []) => new AppError('validation', message, fields);
export const notFound = (what: string) => new AppError('notFound', `${what}不存在或不在您的管辖范围内`);
export const forbidden = (message = '您无权执行此操作') => new AppError('forbidden', message);
export const conflict = (message: string) => new AppError('conflict', message);
export const staleVersion = () => conflict('该记录已被他人修改，请刷新后重试（您的修改未保存）');

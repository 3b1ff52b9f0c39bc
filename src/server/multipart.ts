import multipart from '@fastify/multipart';
import type { ZodApp } from './zod-app.js';

/**
 * Routes that take file uploads get multipart parsing in their own encapsulated scope, so the JSON routes
 * never accept multipart bodies.
 */
export function withMultipart(app: ZodApp, fileSize: number, register: (scoped: ZodApp) => void) {
  return app.register(async (scoped) => {
    await scoped.register(multipart, { limits: { fileSize, files: 1, fields: 5, parts: 6 } });
    register(scoped as unknown as ZodApp);
  });
}

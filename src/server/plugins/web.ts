import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { errorBody } from './errors.js';


export const webRoot = fileURLToPath(new URL('../../../dist/web', import.meta.url));

/** Serves the built web console; unknown non-API paths fall back to index.html (client-side routes). */
export async function webPlugin(app: FastifyInstance): Promise<boolean> {
  if (!existsSync(webRoot)) {
    app.log.warn({ webRoot }, 'web console not built (npm run build:web)');
    return false;
  }
  // wildcard: files are looked up per request, so a rebuilt console is served without a restart.
  await app.register(fastifyStatic, { root: webRoot, wildcard: true, index: ['index.html'] });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (path.startsWith('/api/') || request.method !== 'GET' || /\.[a-z0-9]+$/i.test(path))
      return reply.status(404).send(errorBody('notFound', `接口不存在：${request.method} ${path}`));
    // The public portal has its own page; everything else is the staff console.
    if (path === '/portal' || path.startsWith('/portal/')) return reply.type('text/html').sendFile('portal/index.html');
    return reply.type('text/html').sendFile('index.html');
  });
  return true;
}

// The system under test as a separate process, started the way `xinfang start` runs (src/cli/main.ts), and a
// small keep-alive HTTP client on the loopback interface.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, openSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_KEY_ENV, BENCH_PASSWORD } from './database.js';

const root = new URL('..', import.meta.url).pathname;

export interface BenchServer {
  port: number;
  logFile: string;
  command: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/**
 * `BENCH_SERVER=dist` runs the built `dist/cli/main.js`; the default runs the current `src/cli/main.ts` through
 * tsx, so the bench never measures a stale build (tsx only transpiles at load; the running code is the same).
 */
export async function startServer(opts: {
  databaseUrl: string;
  poolSize?: number;
  logLevel: string;
  profileDir?: string;
}): Promise<BenchServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'xinfang-bench-'));
  const useDist = process.env.BENCH_SERVER === 'dist';
  const main = useDist ? join(root, 'dist/cli/main.js') : join(root, 'src/cli/main.ts');
  if (!existsSync(main)) throw new Error(`${main} is missing (BENCH_SERVER=dist needs npm run build:server)`);
  const args = [
    ...(useDist ? [] : ['--import', 'tsx']),
    ...(opts.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${opts.profileDir}`] : []),
    main,
    'start',
  ];
  const logFile = join(dir, 'server.log');
  const out = openSync(logFile, 'a');
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: {
      ...process.env,
      ...BENCH_KEY_ENV,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: opts.databaseUrl,
      ...(opts.poolSize ? { DATABASE_POOL_SIZE: String(opts.poolSize) } : {}),
      XINFANG_DATA_DIR: dir,
      XINFANG_DEMO: 'false',
      XINFANG_DEMO_PASSWORD: BENCH_PASSWORD,
      XINFANG_LOGIN_RATE_LIMIT: '1000',
      LOG_LEVEL: opts.logLevel,
    },
    stdio: ['ignore', out, out],
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}; see ${logFile}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`server did not start within 60 s; see ${logFile}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    port,
    logFile,
    command: `node ${args.join(' ').replace(root, '')}`,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export interface Session {
  username: string;
  cookie: string;
  csrf: string;
}

export async function signIn(port: number, username: string): Promise<Session> {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: BENCH_PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in of ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .find((c) => c.startsWith('xf_session='))!
    .split(';')[0]!;
  return { username, cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

export interface Reply {
  status: number;
  body: string;
}

/** A keep-alive client: one socket per concurrent caller, no per-request connection set-up. */
export function httpClient(port: number, sockets: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  const request = (method: string, path: string, session: Session, body?: Buffer) =>
    new Promise<Reply>((resolve, reject) => {
      const headers: Record<string, string | number> = {
        cookie: session.cookie,
        'x-csrf-token': session.csrf,
      };
      if (body) Object.assign(headers, { 'content-type': 'application/json', 'content-length': body.length });
      const req = http.request({ host: '127.0.0.1', port, method, path, agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
    });
  return { request, close: () => agent.destroy() };
}

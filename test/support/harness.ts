import { sql } from 'drizzle-orm';
import { createDb, rowsOf, type Database } from '../../src/db/index.js';
import { buildApp, type App } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { seedDemo } from '../../src/services/demo/seed.js';
import { loadRegions } from '../../src/cli/regions.js';
import { useKeyring } from '../../src/services/runtime.js';
import { useFileStore } from '../../src/services/files/file-store.js';
import { existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedReferenceData } from '../../src/services/reference-data.js';
import { loadCategories } from '../../src/services/register/categories.js';
import { loadTimeConfig } from '../../src/services/deadlines/calendar.js';
import type { Keyring } from '../../src/services/crypto/field-crypto.js';

/** Fixed test keys, so a test can decrypt what it reads raw from the database. */
export const TEST_KEYRING: Keyring = {
  currentId: 't1',
  keys: new Map([['t1', Buffer.alloc(32, 7)]]),
  macKey: Buffer.alloc(32, 9),
};

export const DEMO_PASSWORD = 'Demo#Pass2026';

/** Which engine the API suite runs on: PGlite by default, PostgreSQL when TEST_ENGINE=postgres. */
export const engine = process.env.TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite';

/**
 * A fresh database: an in-memory PGlite started from a template (migrated, with reference and demo data; built
 * once and cached in the temp folder, keyed by the migrations and seeds), or the PostgreSQL test database emptied
 * and migrated again.
 */
export async function freshDatabase(seeded = true): Promise<Database> {
  if (engine === 'pglite') {
    if (!seeded) return createDb({ dataDir: 'memory://' });
    const dump = await pgliteTemplate();
    return createDb({ dataDir: 'memory://', loadDump: new Blob([dump]) });
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_ENGINE=postgres needs TEST_DATABASE_URL');
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;');
  await client.end();
  return createDb({ databaseUrl: url, poolSize: 8 });
}

export interface TestApp {
  app: App;
  database: Database;
  clock: { now: Date };
  close(): Promise<void>;
}

/** The real application on a fresh database with the demo units and accounts. */
const START = new Date('2026-11-30T02:00:00Z');

/** Demo accounts in tests get a cheap Argon2id hash (verified on every sign-in); production parameters are unchanged. */
const testPasswordHash = () => hash(DEMO_PASSWORD, { algorithm: 2, memoryCost: 1024, timeCost: 1, parallelism: 1 });

async function seed(database: Database) {
  await seedReferenceData(database);
  await seedDemo(database, DEMO_PASSWORD, START, { passwordHash: await testPasswordHash(), activity: false });
}

async function pgliteTemplate(): Promise<Buffer> {
  const root = new URL('../../', import.meta.url).pathname;
  const key = createHash('sha256');
  // Every migration's text, not just the journal: a migration edited before it is committed must not meet a stale template.
  const migrations = readdirSync(join(root, 'src/db/migrations')).filter((f) => f.endsWith('.sql')).sort().map((f) => `src/db/migrations/${f}`);
  for (const f of ['src/db/migrations/meta/_journal.json', ...migrations, 'src/services/demo/units.ts', 'src/services/demo/accounts.ts', 'src/services/demo/seed.ts', 'src/db/seed/categories.ts'])
    key.update(readFileSync(join(root, f)));
  const file = join(tmpdir(), `xinfang-template-${key.digest('hex').slice(0, 16)}.tar.gz`);
  if (existsSync(file)) return readFileSync(file);
  const db = await createDb({ dataDir: 'memory://' });
  await seed(db);
  const dump = Buffer.from(await (await db.dump()).arrayBuffer());
  await db.close();
  writeFileSync(`${file}.${process.pid}`, dump);
  renameSync(`${file}.${process.pid}`, file);
  return dump;
}

export async function startApp(opts: { demo?: boolean; loginRateLimit?: number } = {}): Promise<TestApp> {
  loadRegions();
  useKeyring(TEST_KEYRING);
  useFileStore(mkdtempSync(join(tmpdir(), 'xinfang-files-')));
  const demo = opts.demo !== false;
  const database = await freshDatabase(demo);
  if (engine === 'postgres' && demo) await seed(database);
  else if (!demo) await seedReferenceData(database);
  await loadCategories(database);
  await loadTimeConfig(database.db);
  const clock = { now: START };
  const config = { ...loadConfig({}), demo: true, logLevel: 'silent', loginRateLimit: opts.loginRateLimit ?? 1000 };
  const app = await buildApp({ database, config, now: () => clock.now, web: false, logger: process.env.XF_TEST_LOG ? { level: 'error' } : false });
  await app.ready();
  return {
    app,
    database,
    clock,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** A signed-in client: carries the session cookie and the CSRF token like the browser does. */
export class Client {
  cookie = '';
  csrf = '';
  constructor(private readonly app: App) {}

  async login(username: string, password = DEMO_PASSWORD) {
    const res = await this.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
    this.cookie = res.cookies.find((c) => c.name === 'xf_session')!.value;
    this.csrf = res.json().csrfToken;
    return this;
  }

  request(method: string, url: string, payload?: unknown, headers: Record<string, string> = {}) {
    return this.app.inject({
      method: method as 'GET',
      url,
      ...(payload === undefined ? {} : { payload: payload as object }),
      headers: {
        ...(this.cookie ? { cookie: `xf_session=${this.cookie}` } : {}),
        ...(this.csrf ? { 'x-csrf-token': this.csrf } : {}),
        ...headers,
      },
    });
  }
  get = (url: string) => this.request('GET', url);
  post = (url: string, payload?: unknown) => this.request('POST', url, payload ?? {});
  put = (url: string, payload?: unknown) => this.request('PUT', url, payload);
}

export async function login(t: TestApp, username: string) {
  return new Client(t.app).login(username);
}

/** Unscoped lookups for assertions (what is really in the database). */
export async function unitId(t: TestApp, code: string): Promise<string> {
  const [row] = await rowsOf<{ id: string }>(t.database.db.execute(sql`select id from unit where code = ${code}`));
  return row!.id;
}
export async function userId(t: TestApp, username: string): Promise<string> {
  const [row] = await rowsOf<{ id: string }>(t.database.db.execute(sql`select id from app_user where username = ${username}`));
  return row!.id;
}

/** A multipart/form-data body with one file, as a browser's file input sends it. */
export function multipartFile(fileName: string, data: Buffer, field = 'file') {
  const boundary = `----xinfang${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, data, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** A tiny but real PNG (1×1) and a WAV header with a short silence, for attachment tests. */
export const SAMPLE_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
export function sampleWav(): Buffer {
  const samples = 800;
  const b = Buffer.alloc(44 + samples);
  b.write('RIFF', 0);
  b.writeUInt32LE(36 + samples, 4);
  b.write('WAVEfmt ', 8);
  b.writeUInt32LE(16, 16);
  b.writeUInt16LE(1, 20);
  b.writeUInt16LE(1, 22);
  b.writeUInt32LE(8000, 24);
  b.writeUInt32LE(8000, 28);
  b.writeUInt16LE(1, 32);
  b.writeUInt16LE(8, 34);
  b.write('data', 36);
  b.writeUInt32LE(samples, 40);
  b.fill(128, 44);
  return b;
}

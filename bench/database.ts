// The bench database: its own PostgreSQL database (never the test one), migrated and seeded like a real
// installation, with fixed keys so the server process can read what the loader encrypted.
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { loadRegions } from '../src/cli/regions.js';
import { createDb, rowsOf, settingsRepository, usersRepository, type Database } from '../src/db/index.js';
import type { Keyring } from '../src/services/crypto/field-crypto.js';
import { seedDemo } from '../src/services/demo/seed.js';
import { seedReferenceData } from '../src/services/reference-data.js';
import { loadCategories } from '../src/services/register/categories.js';
import { useKeyring } from '../src/services/runtime.js';
import { hashPassword } from '../src/services/secrets.js';
import type { UnitSet } from './units.js';

export const BENCH_PASSWORD = 'Bench#Pass2026';
const ENC_KEY = Buffer.alloc(32, 0x42);
const MAC_KEY = Buffer.alloc(32, 0x43);
export const BENCH_KEYRING: Keyring = { currentId: 'b1', keys: new Map([['b1', ENC_KEY]]), macKey: MAC_KEY };
/** The same keys as the server's configuration variables. */
export const BENCH_KEY_ENV = {
  XINFANG_ENCRYPTION_KEYS: `b1:${ENC_KEY.toString('base64')}`,
  XINFANG_HMAC_KEY: MAC_KEY.toString('base64'),
};

export const HISTORY_SETTING = 'bench.history';
export interface HistoryStamp {
  version: number;
  cases: number;
  seed: number;
  today: string;
  loadedAt: string;
  loadSeconds: number;
  auditMaxId: number;
}

/** The bench database URL; refuses anything not named xinfang_bench… so a typo cannot empty another database. */
export function benchUrl(): { url: string; adminUrl: string; name: string } {
  const url = new URL(process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/xinfang_bench');
  const name = url.pathname.slice(1);
  if (!/^xinfang_bench\w*$/.test(name))
    throw new Error(`BENCH_DATABASE_URL must name a database xinfang_bench…, not "${name}"`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  return { url: url.toString(), adminUrl: admin.toString(), name };
}

/** Drops and creates the database when asked to, creates it when missing. */
export async function ensureDatabase(recreate: boolean) {
  const { adminUrl, name } = benchUrl();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
    if (exists && recreate) await admin.query(`drop database "${name}" with (force)`);
    if (!exists || recreate) await admin.query(`create database "${name}"`);
    return { created: !exists || recreate };
  } finally {
    await admin.end();
  }
}

/** Migrations, reference data, regions, keys and the demo units and accounts, as `xinfang start` does them. */
export async function openBenchDb(poolSize = 8): Promise<Database> {
  const database = await createDb({ databaseUrl: benchUrl().url, poolSize });
  loadRegions();
  useKeyring(BENCH_KEYRING);
  await seedReferenceData(database);
  await loadCategories(database);
  await seedDemo(database, BENCH_PASSWORD);
  return database;
}

/** Registrar accounts for the registering units the demo has none for (bench_<unit key>), created once. */
export async function ensureBenchRegistrars(database: Database, set: UnitSet) {
  const { units, users } = await unitRows(database);
  const missing = set.units.filter((u) => u.registrar && !users.has(u.registrar));
  if (!missing.length) return 0;
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  await database.transaction(async (tx) => {
    for (const u of missing)
      await usersRepository.insert(tx, {
        username: u.registrar!,
        displayName: `${u.name}登记员`,
        unitId: units.get(u.code)!.id,
        roles: ['registrar'],
        title: '压测登记员',
        passwordHash,
        mustChangePassword: false,
      });
  });
  return missing.length;
}

export const historyStamp = (database: Database) =>
  settingsRepository.get<HistoryStamp>(database.db, HISTORY_SETTING);
export const saveHistoryStamp = (database: Database, stamp: HistoryStamp) =>
  settingsRepository.put(database.db, HISTORY_SETTING, stamp);

export interface UnitRow {
  id: string;
  code: string;
  path: string;
}
export async function unitRows(database: Database) {
  const units = await rowsOf<UnitRow>(database.db.execute(sql`select id, code, path from unit`));
  const users = await rowsOf<{ id: string; username: string; display_name: string }>(
    database.db.execute(sql`select id, username, display_name from app_user`),
  );
  return {
    units: new Map(units.map((u) => [u.code, u])),
    users: new Map(users.map((u) => [u.username, { id: u.id, name: u.display_name }])),
  };
}

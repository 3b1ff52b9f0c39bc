// `npm run bench:statistics`: the statistics part of the bench on its own. Reuses (or loads) the same history as
// `npm run bench`, starts the real server, and times the dashboard and two cross-tabs against raw SQL side by side:
// over the register's tables (the baseline) and over the rollups (for information).
// Targets (issue #7): dashboard ≤ 500 ms, cross-tab ≤ 1 s, each within 1.5× of the raw SQL. See bench/README.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { toChinaDate } from '../src/domain/deadlines/index.js';
import { benchUrl, ensureBenchRegistrars, ensureDatabase, historyStamp, openBenchDb, saveHistoryStamp, unitRows } from './database.js';
import { planHistory } from './generate.js';
import type { UnitRef } from './history-rows.js';
import { loadHistory, vacuumAnalyze } from './load-history.js';
import { signIn, startServer, type BenchServer } from './server.js';
import { round } from './stats.js';
import { statisticsLatency, type StatisticsLatencyResult } from './statistics-latency.js';
import { benchUnits } from './units.js';

/** Must equal run.ts's, so both reuse one loaded history. */
const HISTORY_VERSION = 2;
const env = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
/** A county, a city and a province: the subtrees leaders and analysts look at; the digits their dashboard's map counts by. */
const CALLERS: [string, string, number][] = [
  ['dq_analyst', 'DQ441226', 6],
  ['zq_analyst', 'ZQ4412', 6],
  ['gd_leader', 'GD44', 4],
];
const TARGETS = { dashboard: 500, crossTab: 1000, ratio: 1.5 };

export async function statisticsPhase(port: number, url: string, units: Map<string, { path: string }>, today: string, perKind: number) {
  const callers = [];
  for (const [username, code, mapDigits] of CALLERS) callers.push({ session: await signIn(port, username), path: units.get(code)!.path, mapDigits });
  return statisticsLatency(port, url, callers, today, perKind);
}

/**
 * The verdict reads the ratio against the raw SQL over the register (issue #7: rollups are a means to meet it); the
 * ratio against the raw SQL over the rollups is printed beside it for information.
 */
export function printStatistics(r: StatisticsLatencyResult) {
  console.log(`\nstatistics (${r.period.from} … ${r.period.to}; county, city and province callers in turn; raw = SQL over the register, rollup = SQL over the rollups)`);
  console.log('kind                       app p50   app p95   raw p50   raw p95  app/raw  rollup p50  rollup p95  app/rollup   target (app p95, app/raw)');
  for (const [name, k] of Object.entries(r.kinds)) {
    const target = name === 'dashboard' ? TARGETS.dashboard : TARGETS.crossTab;
    const ok = k.app.p95 <= target && k.ratio <= TARGETS.ratio;
    const cell = (x: number, w = 8) => x.toFixed(1).padStart(w);
    console.log(
      `${name.padEnd(25)} ${cell(k.app.p50)}  ${cell(k.app.p95)}  ${cell(k.raw.p50)}  ${cell(k.raw.p95)}  ${k.ratio.toFixed(2).padStart(7)}  ${cell(k.rawRollup.p50, 10)}  ${cell(k.rawRollup.p95, 10)}  ${k.ratioRollup.toFixed(2).padStart(10)}   ≤ ${target} ms, ≤ ${TARGETS.ratio}× ${ok ? 'met' : 'MISSED'} (${k.ratioRollup.toFixed(2)}× rollup)`,
    );
  }
  console.log(`request floor (GET /auth/me)  ${r.requestFloor.p50.toFixed(1).padStart(8)}  ${r.requestFloor.p95.toFixed(1).padStart(8)}`);
  if (r.errors) console.log(`errors: ${r.errors}; first: ${r.firstError}`);
}

async function main() {
  const cases = env('BENCH_CASES', 1_000_000);
  const seed = env('BENCH_SEED', 20240101);
  const { url, name } = benchUrl();
  const set = benchUnits();
  await ensureDatabase(false);
  let database = await openBenchDb();
  let stamp = await historyStamp(database);
  if (!stamp || stamp.cases !== cases || stamp.seed !== seed || stamp.version !== HISTORY_VERSION) {
    console.log(`${name}: loading ${cases.toLocaleString('en-US')} cases of history (seed ${seed})`);
    await database.close();
    await ensureDatabase(true);
    database = await openBenchDb();
    await ensureBenchRegistrars(database, set);
    const today = toChinaDate(new Date());
    const plan = planHistory(set, cases, seed, today);
    const { units, users } = await unitRows(database);
    const refs: UnitRef[] = set.units.map((u) => {
      const row = units.get(u.code)!;
      return { id: row.id, path: row.path, unit: u, registrar: u.registrar ? users.get(u.registrar)! : null };
    });
    const load = await loadHistory(url, set, plan, refs, (line) => console.log(line));
    stamp = { version: HISTORY_VERSION, cases, seed, today, loadedAt: new Date().toISOString(), loadSeconds: load.seconds, auditMaxId: 0 };
    await saveHistoryStamp(database, stamp);
  } else console.log(`${name}: reusing the history of ${cases.toLocaleString('en-US')} cases`);
  // As run.ts does before its phases: registrations since the load (other benches, profile-register) leave dead rows
  // and stale statistics behind, which would be measured instead of the figures.
  console.log(`VACUUM ANALYZE: ${(await vacuumAnalyze(url)).toFixed(1)} s`);
  const { units } = await unitRows(database);
  await database.close();

  let server: BenchServer | null = null;
  try {
    server = await startServer({ databaseUrl: url, logLevel: 'warn' });
    const load = round(loadavg()[0]!, 2);
    const result = await statisticsPhase(server.port, url, units, stamp.today, env('BENCH_STATISTICS_REQUESTS', cases < 200_000 ? 20 : 30));
    printStatistics(result);
    const out = { cases, seed, cpus: cpus().length, loadAverageBefore: load, ...result };
    mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
    const file = new URL(`./results/statistics-${toChinaDate(new Date())}.json`, import.meta.url);
    writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
    console.log(`saved ${file.pathname}`);
  } finally {
    await server?.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}

// `npm run bench`: loads (or reuses) the history, then measures registration through HTTP, repeat-candidate
// latency and the raw INSERT baseline in one run, and prints and saves the results. See bench/README.md.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../src/db/index.js';
import { toChinaDate } from '../src/domain/deadlines/index.js';
import type { ServiceContext } from '../src/services/context.js';
import { baseline } from './baseline.js';
import { calibrate, describeCalibration } from './calibration.js';
import { summarizeProfile } from './cpu-profile.js';
import {
  benchUrl,
  ensureBenchRegistrars,
  ensureDatabase,
  historyStamp,
  openBenchDb,
  saveHistoryStamp,
  unitRows,
} from './database.js';
import { FreshPetitions, planHistory } from './generate.js';
import type { UnitRef } from './history-rows.js';
import { listLatency } from './list-latency.js';
import { loadHistory, resetToHistory, vacuumAnalyze } from './load-history.js';
import { prepareJobs, registerPhase, type PhaseResult, type Registrar } from './register-load.js';
import { repeatLatency } from './repeat-latency.js';
import { printReport, verdictOf, writeReport } from './report.js';
import { matterByCaseNo, sampleHistory } from './samples.js';
import { signIn, startServer, type BenchServer, type Session } from './server.js';
import { printStatistics, statisticsPhase } from './statistics.js';
import { round } from './stats.js';
import { benchUnits } from './units.js';

const HISTORY_VERSION = 2;
const env = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const log = (line: string) => console.log(line);

/** Huge pages reserved and taken on this machine (PostgreSQL's shared memory, when it uses them), from /proc/meminfo. */
function hugePagesInUseMiB() {
  try {
    const info = readFileSync('/proc/meminfo', 'utf8');
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(info)?.[1] ?? 0);
    return ((kb('HugePages_Total') - kb('HugePages_Free')) * kb('Hugepagesize')) / 1024;
  } catch {
    return null; // not Linux
  }
}

async function main() {
  const cases = env('BENCH_CASES', 1_000_000);
  const quick = cases < 200_000;
  const seed = env('BENCH_SEED', 20240101);
  const seconds = env('BENCH_SECONDS', quick ? 8 : 20);
  const warmup = env('BENCH_WARMUP', quick ? 2 : 3);
  const concurrencies = (process.env.BENCH_CONCURRENCY ?? '8,32').split(',').map(Number);
  const logLevel = process.env.BENCH_LOG_LEVEL ?? 'info';
  const poolSize = process.env.BENCH_POOL_SIZE ? Number(process.env.BENCH_POOL_SIZE) : undefined;
  const { url } = benchUrl();
  const set = benchUnits();

  // 1. The history: reused when the database already holds this very plan, else (re)loaded.
  const reload = process.env.BENCH_RELOAD === '1';
  await ensureDatabase(reload);
  let database = await openBenchDb();
  let stamp = await historyStamp(database);
  if (
    !reload &&
    (!stamp || stamp.cases !== cases || stamp.seed !== seed || stamp.version !== HISTORY_VERSION)
  ) {
    log(
      stamp
        ? `bench database holds ${stamp.cases} cases (seed ${stamp.seed}); reloading ${cases}`
        : 'bench database is empty; loading',
    );
    await database.close();
    await ensureDatabase(true);
    database = await openBenchDb();
    stamp = undefined;
  }
  await ensureBenchRegistrars(database, set);
  const today = stamp?.today ?? toChinaDate(new Date());
  const plan = planHistory(set, cases, seed, today);
  const { units, users } = await unitRows(database);
  const refs: UnitRef[] = set.units.map((u) => {
    const row = units.get(u.code)!;
    return { id: row.id, path: row.path, unit: u, registrar: u.registrar ? users.get(u.registrar)! : null };
  });
  const maxAudit = async () =>
    (
      await rowsOf<{ n: number }>(
        database.db.execute(sql`select coalesce(max(id), 0)::int as n from audit_entry`),
      )
    )[0]!.n;
  let load = null;
  if (!stamp) {
    log(
      `loading ${cases.toLocaleString('en-US')} cases of history (seed ${seed}, 2024-01-01 … ${today}) into ${benchUrl().name}`,
    );
    load = await loadHistory(url, set, plan, refs, log);
    log(
      `history loaded in ${load.seconds.toFixed(1)} s (insert ${load.insertSeconds.toFixed(1)} s at ${Math.round(load.casesPerSecond)} cases/s, indexes ${load.indexSeconds.toFixed(1)} s)`,
    );
    stamp = {
      version: HISTORY_VERSION,
      cases,
      seed,
      today,
      loadedAt: new Date().toISOString(),
      loadSeconds: load.seconds,
      auditMaxId: await maxAudit(),
    };
    await saveHistoryStamp(database, stamp);
  } else {
    const removed = await resetToHistory(url, stamp.loadedAt, stamp.auditMaxId, plan, refs);
    log(
      `reusing the history of ${cases.toLocaleString('en-US')} cases (loaded ${stamp.loadedAt} in ${stamp.loadSeconds.toFixed(0)} s); removed ${removed} cases of earlier runs`,
    );
  }
  const vacuumSeconds = await vacuumAnalyze(url);
  log(`VACUUM ANALYZE: ${vacuumSeconds.toFixed(1)} s`);
  const calibrationBefore = await calibrate(url);
  log(`calibration (fixed work, lower is faster): ${describeCalibration(calibrationBefore)}`);

  // 2. The real server as its own process, and registrars of several units signed in.
  let server: BenchServer | null = null;
  try {
    const profileDir =
      process.env.BENCH_CPU_PROFILE === '1' ? mkdtempSync(join(tmpdir(), 'xinfang-cpuprof-')) : undefined;
    server = await startServer({
      databaseUrl: url,
      poolSize,
      logLevel,
      ...(profileDir ? { profileDir } : {}),
    });
    log(`server: ${server.command} on 127.0.0.1:${server.port} (log ${server.logFile})`);
    // Busiest units first, so that every concurrency spreads over as many units as it can.
    const registrarUnits = set.units
      .filter((u) => u.registrar && u.weight > 0)
      .sort((a, b) => b.weight - a.weight);
    const sessions = new Map<number, Session>();
    for (const u of registrarUnits) sessions.set(u.index, await signIn(server.port, u.registrar!));
    const registrars: Registrar[] = registrarUnits.map((u) => ({
      session: sessions.get(u.index)!,
      unit: u.index,
    }));
    const fresh = new FreshPetitions(set, plan, seed ^ 0xbe7c);
    const matters = matterByCaseNo(set, plan);

    // 3. Registration at each concurrency.
    const loadBefore = round(loadavg()[0]!, 2);
    const registration: PhaseResult[] = [];
    const phases = concurrencies.map((c) => ({ concurrency: c, registrars }));
    // The same load on one unit only: its registrations share one case-number counter.
    if (process.env.BENCH_ONE_UNIT !== '0')
      phases.push({ concurrency: 8, registrars: registrars.slice(0, 1) });
    for (const { concurrency, registrars: regs } of phases) {
      const queues = prepareJobs(
        set,
        plan,
        fresh,
        regs,
        concurrency,
        Math.ceil(((warmup + seconds) * 2500) / concurrency),
      );
      const where =
        regs.length === 1
          ? `all at ${regs[0]!.session.username}`
          : `${Math.min(concurrency, regs.length)} units`;
      log(
        `registering at concurrency ${concurrency} (${where}): ${warmup} s warm-up, ${seconds} s measured …`,
      );
      const r = await registerPhase(server.port, queues, warmup, seconds, matters, server.child.pid);
      registration.push(r);
      log(
        `  ${Math.round(r.casesPerSecond)} cases/s, p50 ${r.latencyMs.p50.toFixed(1)} ms, p95 ${r.latencyMs.p95.toFixed(1)} ms, errors ${JSON.stringify(r.errors)}${r.firstError ? ` first: ${r.firstError}` : ''}`,
      );
    }

    // 4. Repeat candidates of history cases, through HTTP and in-process.
    const samples = sampleHistory(set, plan, env('BENCH_SAMPLES', quick ? 200 : 400), seed + 1);
    const actors = new Map<number, ServiceContext['actor']>();
    for (const u of registrarUnits) {
      const user = users.get(u.registrar!)!;
      actors.set(u.index, {
        kind: 'user',
        id: user.id,
        name: user.name,
        unitId: refs[u.index]!.id,
        unitPath: refs[u.index]!.path,
        roles: ['registrar'],
      });
    }
    log(`repeat candidates of ${samples.length} history cases …`);
    const repeat = await repeatLatency(server.port, database, samples, sessions, actors, matters);
    log(
      `  HTTP p50 ${repeat.http.p50.toFixed(1)} ms, p95 ${repeat.http.p95.toFixed(1)} ms; found ${repeat.repeatsFound}/${repeat.plannedRepeats} planned repeats`,
    );

    // 5. Case lists and search, one request at a time, every registrar in turn.
    log('case lists and search …');
    const lists = await listLatency(
      server.port,
      [...sessions.values()],
      samples.map((s) => ({ caseNo: s.caseNo, session: sessions.get(s.registrarUnit)! })),
      env('BENCH_LIST_REQUESTS', quick ? 40 : 100),
      seed + 2,
    );
    log(
      `  lists p95 ${lists.list.p95.toFixed(1)} ms, search p95 ${lists.search.p95.toFixed(1)} ms, errors ${lists.errors}${lists.firstError ? ` first: ${lists.firstError}` : ''}`,
    );

    // 5b. Statistics (issue #7): the dashboard and cross-tabs beside the same aggregates as raw SQL.
    log('statistics …');
    const statistics = await statisticsPhase(server.port, url, units, today, env('BENCH_STATISTICS_REQUESTS', quick ? 20 : 30));
    printStatistics(statistics);

    // 6. The raw INSERT baseline, same run, same database.
    await server.stop();
    const profile = profileDir && readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
    if (profile)
      log(
        `\nserver CPU profile (all phases): ${join(profileDir!, profile)}\n${summarizeProfile(join(profileDir!, profile), 20)}\n`,
      );
    const baseSeconds = env('BENCH_BASELINE_SECONDS', seconds);
    log(`baseline: raw INSERTs from 8 clients for ${baseSeconds} s …`);
    const base = await baseline(
      url,
      fresh,
      refs,
      registrarUnits.map((u) => u.index),
      8,
      baseSeconds,
    );
    log(`  ${Math.round(base.casesPerSecond)} cases/s`);

    const [pgInfo] = await rowsOf<Record<string, string>>(
      database.db.execute(
        sql`select version() as version, current_setting('shared_buffers') as shared_buffers, current_setting('synchronous_commit') as synchronous_commit, current_setting('max_connections') as max_connections, current_setting('max_wal_size') as max_wal_size, current_setting('checkpoint_timeout') as checkpoint_timeout, current_setting('huge_pages') as huge_pages`,
      ),
    );
    const [counts] = await rowsOf<Record<string, number>>(
      database.db.execute(
        sql`select (select count(*)::int from petitioner) as petitioners, (select count(*)::int from accused) as accused`,
      ),
    );
    const report = {
      date: toChinaDate(new Date()),
      command: `${cases === 1_000_000 ? '' : `BENCH_CASES=${cases} `}npm run bench`,
      machine: {
        cpus: cpus().length,
        cpu: cpus()[0]?.model,
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        // Other work on the machine during the run (1-minute load average before the first phase and at the end).
        loadAverage: { beforePhases: loadBefore, atEnd: round(loadavg()[0]!, 2) },
        // The same fixed work before the phases and after them (bench/calibration.ts): how fast this machine was.
        calibration: { beforePhases: calibrationBefore, atEnd: await calibrate(url) },
        node: process.version,
        postgres: pgInfo!.version!.split(' on ')[0],
        postgresSettings: {
          shared_buffers: pgInfo!.shared_buffers,
          synchronous_commit: pgInfo!.synchronous_commit,
          max_connections: pgInfo!.max_connections,
          // Checkpoint spacing decides how many index pages a registration writes whole into the WAL (README).
          max_wal_size: pgInfo!.max_wal_size,
          checkpoint_timeout: pgInfo!.checkpoint_timeout,
          // Large shared buffers without huge pages cost every new backend its page faults (README, session 8).
          huge_pages: pgInfo!.huge_pages,
          hugePagesInUseMiB: hugePagesInUseMiB(),
        },
      },
      config: {
        seed,
        seconds,
        warmup,
        concurrencies,
        logLevel,
        poolSize: poolSize ?? 'default (20)',
        server: server.command,
        note: 'client, server and PostgreSQL share the machine',
      },
      // The load figures are those of the run that loaded this history (this one, or an earlier one when reused).
      history: {
        cases,
        reused: !load,
        loadedAt: stamp.loadedAt,
        loadSeconds: stamp.loadSeconds,
        load,
        vacuumSeconds,
        today,
        ...counts,
      },
      registration,
      repeatCandidates: repeat,
      lists,
      statistics,
      baseline: base,
      verdict: verdictOf(registration, repeat, lists),
    };
    printReport(report);
    log(`\nsaved ${writeReport(report)}`);
  } finally {
    await server?.stop();
    await database.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

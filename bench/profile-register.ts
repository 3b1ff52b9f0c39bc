// `node --import tsx bench/profile-register.ts`: where a registration's time goes. Runs registerCase in-process
// (no HTTP) on the loaded bench database at a given concurrency and times every SQL statement it sends, so the
// statement count per registration and the slowest statements show; EXPLAIN ANALYZE of the slowest follows.
// Needs a loaded bench database (npm run bench first). Adds registrations; the next bench run removes them.
import { writeFileSync } from 'node:fs';
import inspector from 'node:inspector';
import { cpus } from 'node:os';
import pg from 'pg';
import { toChinaDate } from '../src/domain/deadlines/index.js';
import type { ServiceContext } from '../src/services/context.js';
import { registerCase } from '../src/services/register/register-case.js';
import { historyStamp, openBenchDb, unitRows } from './database.js';
import { FreshPetitions, planHistory } from './generate.js';
import { summarize } from './stats.js';
import { benchUnits } from './units.js';

interface Stat {
  n: number;
  ms: number;
  max: number;
  sample: { text: string; values: unknown[] };
}
const stats = new Map<string, Stat>();
let recording = false;
// Times each statement from send to result, keyed by its text with literals folded.
const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
(pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (
  this: pg.Client,
  ...args: unknown[]
) {
  const cfg = args[0] as string | { text: string; values?: unknown[] };
  const text = typeof cfg === 'string' ? cfg : cfg.text;
  const values =
    (typeof cfg === 'string' ? undefined : cfg.values) ?? (args[1] as unknown[] | undefined) ?? [];
  const t0 = performance.now();
  const record = () => {
    if (!recording) return;
    const ms = performance.now() - t0;
    const key = text.replace(/\s+/g, ' ').slice(0, 110);
    const s = stats.get(key) ?? { n: 0, ms: 0, max: 0, sample: { text, values } };
    s.n++;
    s.ms += ms;
    if (ms > s.max) [s.max, s.sample] = [ms, { text, values }];
    stats.set(key, s);
  };
  // pg-pool's own query (the database's connection outside a transaction: the repeat lookup) passes a callback.
  const last = args.length - 1;
  if (typeof args[last] === 'function') {
    const callback = args[last] as (...r: unknown[]) => unknown;
    args[last] = (...r: unknown[]) => {
      record();
      return callback(...r);
    };
  }
  const result = original.apply(this, args);
  if (result && typeof (result as Promise<unknown>).then === 'function') void (result as Promise<unknown>).then(record, () => undefined);
  return result;
};

const post = (session: inspector.Session, method: string) =>
  new Promise<unknown>((resolve, reject) => session.post(method, (err, result) => (err ? reject(err) : resolve(result))));

/** CPU time all CPUs spent busy (not idle, not waiting for I/O) since boot, in ms. */
const machineBusyMs = () => cpus().reduce((sum, c) => sum + c.times.user + c.times.nice + c.times.sys + c.times.irq, 0);

async function main() {
  const count = Number(process.env.PROFILE_CASES ?? 400);
  const concurrency = Number(process.env.PROFILE_CONCURRENCY ?? 8);
  const database = await openBenchDb(concurrency + 2);
  const stamp = await historyStamp(database);
  if (!stamp) throw new Error('the bench database holds no history: run npm run bench first');
  const set = benchUnits();
  const plan = planHistory(set, stamp.cases, stamp.seed, stamp.today);
  const { units, users } = await unitRows(database);
  const fresh = new FreshPetitions(set, plan, stamp.seed ^ 0x9f0f);
  const registrars = set.units.filter((u) => u.registrar && u.weight > 0);
  const actors = registrars.map((u) => {
    const user = users.get(u.registrar!)!;
    const row = units.get(u.code)!;
    return {
      unit: u.index,
      actor: {
        kind: 'user' as const,
        id: user.id,
        name: user.name,
        unitId: row.id,
        unitPath: row.path,
        roles: ['registrar' as const],
      },
    };
  });
  const today = toChinaDate(new Date());
  const jobs = Array.from({ length: count }, (_, i) => {
    const a = actors[i % actors.length]!;
    return { actor: a.actor, input: fresh.next(a.unit, today).input };
  });
  const times: number[] = [];
  let next = 0;
  recording = true;
  // PROFILE_CPU=<file>: a CPU profile of this phase alone (the plan and the bodies are made before it), for
  // `node --import tsx bench/cpu-profile.ts <file>`.
  const profiler = process.env.PROFILE_CPU ? new inspector.Session() : null;
  if (profiler) {
    profiler.connect();
    await post(profiler, 'Profiler.enable');
    await post(profiler, 'Profiler.start');
  }
  const busyBefore = machineBusyMs();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++]!;
        const ctx: ServiceContext = { database, actor: job.actor, now: () => new Date() };
        const t0 = performance.now();
        await registerCase(ctx, job.input, { via: 'console' });
        times.push(performance.now() - t0);
      }
    }),
  );
  const wall = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const appMs = (cpu.user + cpu.system) / 1000;
  const machineMs = machineBusyMs() - busyBefore;
  if (profiler) {
    const { profile } = (await post(profiler, 'Profiler.stop')) as { profile: unknown };
    writeFileSync(process.env.PROFILE_CPU!, JSON.stringify(profile));
    profiler.disconnect();
  }
  recording = false;
  const l = summarize(times);
  const total = [...stats.values()].reduce((s, x) => s + x.ms, 0);
  const statements = [...stats.values()].reduce((s, x) => s + x.n, 0);
  console.log(
    `${count} registrations in-process at concurrency ${concurrency}: ${(count / wall).toFixed(0)}/s, p50 ${l.p50.toFixed(1)} ms, p95 ${l.p95.toFixed(1)} ms`,
  );
  console.log(
    `${(statements / count).toFixed(1)} statements per registration; summed statement time ${(total / count).toFixed(1)} ms per registration\n`,
  );
  // Where the CPU went: this process (the service code and the driver) and the rest of the machine (PostgreSQL,
  // when nothing else runs) — the budget that bounds registrations per second on these CPUs.
  console.log(
    `CPU per registration: ${(appMs / count).toFixed(2)} ms in this process, ${((machineMs - appMs) / count).toFixed(2)} ms elsewhere (PostgreSQL); machine ${((machineMs / (wall * 1000 * cpus().length)) * 100).toFixed(0)}% busy on ${cpus().length} CPUs\n`,
  );
  console.log('   calls   total ms  mean ms   max ms  statement');
  const sorted = [...stats].sort((a, b) => b[1].ms - a[1].ms);
  for (const [key, s] of sorted)
    console.log(
      `${String(s.n).padStart(8)}${s.ms.toFixed(0).padStart(11)}${(s.ms / s.n).toFixed(2).padStart(9)}${s.max.toFixed(1).padStart(9)}  ${key}`,
    );

  // EXPLAIN ANALYZE the slowest statements as the service runs them.
  const explainTop = Number(process.env.PROFILE_EXPLAIN ?? 2);
  const client = new pg.Client({
    connectionString: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/xinfang_bench',
  });
  await client.connect();
  for (const [key, s] of sorted.filter(([k]) => /^\s*(select|with)/i.test(k)).slice(0, explainTop)) {
    await client.query('begin');
    // repeatCandidates runs as the connection's own role with an explicit scope (see its comment); the rest scoped.
    const role = key.startsWith('select t.i, t.id, t.keys') ? 'none' : 'xinfang_scoped';
    await client.query(`select set_config('xinfang.scope_path', $1, true), set_config('role', $2, true)`, [
      actors[2]!.actor.unitPath,
      role,
    ]);
    const plan = await client.query(`explain (analyze, buffers) ${s.sample.text}`, s.sample.values);
    await client.query('rollback');
    console.log(`\nEXPLAIN ANALYZE (slowest call of: ${key.slice(0, 80)}…)`);
    for (const r of plan.rows as { 'QUERY PLAN': string }[]) console.log(`  ${r['QUERY PLAN']}`);
  }
  await client.end();
  await database.close();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

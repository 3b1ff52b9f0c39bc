// Registration through HTTP: `POST /api/v1/cases` with fresh petitions from signed-in registrars of several
// units, at a fixed concurrency for a fixed time after a warm-up; every request's latency is recorded.
import { toChinaDate } from '../src/domain/deadlines/index.js';
import type { FreshPetitions, HistoryPlan } from './generate.js';
import { httpClient, type Reply, type Session } from './server.js';
import { cpuPerCase, cpuSnapshot, type CpuPerCase, type CpuSnapshot } from './cpu-meter.js';
import { summarize, type Latency } from './stats.js';
import type { UnitSet } from './units.js';

export interface Registrar {
  session: Session;
  unit: number;
}

interface Job {
  registrar: Registrar;
  body: Buffer;
  /** The history matter this petition repeats, if it is a planned repeat. */
  repeatMatter: number | null;
}

export interface PhaseResult {
  concurrency: number;
  seconds: number;
  requests: number;
  ok: number;
  errors: Record<string, number>;
  firstError: string | null;
  casesPerSecond: number;
  latencyMs: Latency;
  plannedRepeats: number;
  /** Planned repeats with an earlier case of their matter among the candidates returned at registration. */
  repeatsFound: number;
  meanCandidates: number;
  /** Requests measured but not answered within the window (not counted in cases/s). */
  unfinished: number;
  /** Distinct registrars (units) the callers were spread over. */
  units: number;
  exhausted: boolean;
  /** CPU per registration over the measured window by process (bench/cpu-meter.ts); null where /proc is not read. */
  cpu: CpuPerCase | null;
}

/**
 * Bodies are made before the clock starts, so the load generator spends its time sending, not writing Chinese.
 * Each concurrent caller is one registrar at one unit (registrars take turns over the list), as at real desks.
 */
export function prepareJobs(
  set: UnitSet,
  plan: HistoryPlan,
  fresh: FreshPetitions,
  registrars: Registrar[],
  concurrency: number,
  perWorker: number,
): Job[][] {
  const today = toChinaDate(new Date());
  return Array.from({ length: concurrency }, (_, w) => {
    const registrar = registrars[w % registrars.length]!;
    return Array.from({ length: perWorker }, () => {
      const p = fresh.next(registrar.unit, today);
      return {
        registrar,
        body: Buffer.from(JSON.stringify(p.input)),
        repeatMatter: p.repeatOf >= 0 ? plan.matterSeed[p.repeatOf]! : null,
      };
    });
  });
}

export async function registerPhase(
  port: number,
  queues: Job[][],
  warmupS: number,
  seconds: number,
  matters: Map<string, number>,
  serverPid?: number,
): Promise<PhaseResult> {
  const concurrency = queues.length;
  const client = httpClient(port, concurrency);
  const latencies = new Float64Array(queues.reduce((n, q) => n + q.length, 0));
  let exhausted = false;
  let unfinished = 0;
  let recorded = 0;
  let ok = 0;
  let requests = 0;
  let plannedRepeats = 0;
  let repeatsFound = 0;
  let candidates = 0;
  const errors: Record<string, number> = {};
  let firstError: string | null = null;
  const start = performance.now();
  const measureFrom = start + warmupS * 1000;
  const end = measureFrom + seconds * 1000;
  // CPU by process over exactly the measured window.
  let cpuFrom: CpuSnapshot | null = null;
  let cpuTo: CpuSnapshot | null = null;
  const cpuStart = setTimeout(() => (cpuFrom = cpuSnapshot(serverPid)), measureFrom - performance.now());
  const cpuEnd = setTimeout(() => (cpuTo = cpuSnapshot(serverPid)), end - performance.now());

  const worker = async (jobs: Job[]) => {
    // Bounded twice: by the clock and by the number of prepared bodies.
    for (const job of jobs) {
      if (performance.now() >= end) return;
      const t0 = performance.now();
      let reply: Reply;
      try {
        reply = await client.request('POST', '/api/v1/cases', job.registrar.session, job.body);
      } catch {
        unfinished++; // cut off 10 s after the window closed
        return;
      }
      const t1 = performance.now();
      if (t0 < measureFrom) continue;
      if (t1 > end) {
        unfinished++; // finished after the window closed: not counted
        return;
      }
      requests++;
      if (reply.status === 201) {
        ok++;
        latencies[recorded++] = t1 - t0;
        const result = JSON.parse(reply.body) as { repeatCandidates: { caseNo: string }[] };
        candidates += result.repeatCandidates.length;
        if (job.repeatMatter !== null) {
          plannedRepeats++;
          if (result.repeatCandidates.some((c) => matters.get(c.caseNo) === job.repeatMatter)) repeatsFound++;
        }
      } else {
        errors[reply.status] = (errors[reply.status] ?? 0) + 1;
        firstError ??= reply.body.slice(0, 500);
      }
    }
    exhausted = true;
  };
  // Requests still running 10 s after the window closes are cut off, so a phase always ends.
  const stopper = setTimeout(() => client.close(), end - performance.now() + 10_000);
  await Promise.all(queues.map(worker));
  clearTimeout(stopper);
  clearTimeout(cpuStart);
  clearTimeout(cpuEnd);
  cpuTo ??= cpuSnapshot(serverPid);
  client.close();
  const measured = Math.min(performance.now(), end) - measureFrom;
  return {
    concurrency,
    seconds: measured / 1000,
    requests,
    ok,
    errors,
    firstError,
    casesPerSecond: ok / (measured / 1000),
    latencyMs: summarize(latencies, recorded),
    plannedRepeats,
    repeatsFound,
    meanCandidates: ok ? candidates / ok : 0,
    unfinished,
    units: new Set(queues.map((q) => q[0]?.registrar.session.username)).size,
    exhausted,
    cpu: cpuPerCase(cpuFrom, cpuTo, ok),
  };
}

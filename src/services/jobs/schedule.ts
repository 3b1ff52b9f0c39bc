import type { Database } from '../../db/index.js';
import { runReminders } from '../deadlines/reminders.js';
import { purgeRecent } from '../portal/report.js';
import { runRiskFlags } from '../risks/flags.js';
import { foldRollup } from '../statistics/rollup.js';
import { ensureRecurring, runDueJobs, type JobHandler } from './runner.js';

/** The recurring work of the system and how often it runs. */
export const JOBS: Record<string, { run: JobHandler; everyMs: number }> = {
  reminders: { run: (db, now) => runReminders(db, now), everyMs: 15 * 60_000 },
  portalPurge: { run: (db, now) => purgeRecent(db, now), everyMs: 10 * 60_000 },
  riskFlags: { run: (db, now) => runRiskFlags(db, now), everyMs: 60 * 60_000 },
  statisticsFold: { run: (db) => foldRollup(db), everyMs: 60_000 },
};

/** Starts the in-process worker: ticks every `tickMs`, runs what is due. Returns a stop function. */
export async function startJobs(database: Database, now: () => Date = () => new Date(), tickMs = 30_000, onError: (e: unknown) => void = () => {}) {
  for (const kind of Object.keys(JOBS)) await ensureRecurring(database, kind, now());
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runDueJobs(database, now(), JOBS);
    } catch (e) {
      onError(e);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), tickMs);
  timer.unref();
  void tick();
  return async () => {
    clearInterval(timer);
    while (running) await new Promise((r) => setTimeout(r, 50));
  };
}

// CPU time per registration by process, read from /proc (Linux) over a phase's measured window: the server, the
// PostgreSQL processes of this machine, and the load generator itself. Tells where a phase's CPU went and so what
// the machine could do at best at that cost; without /proc (or with PostgreSQL elsewhere) the figures are absent
// or cover only what runs here.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';

export interface CpuSnapshot {
  server: number;
  /** By PostgreSQL process id: a backend that ends inside the window takes its time along (the pool keeps them). */
  postgres: Map<number, number>;
  loadGenerator: number;
  machineBusy: number;
  machineAll: number;
}

export interface CpuPerCase {
  /** CPU milliseconds per registration. */
  serverMs: number;
  postgresMs: number;
  loadGeneratorMs: number;
  /** Share of all CPUs busy over the window, 0..1. */
  machineBusy: number;
  cpus: number;
}

let tick: number | null = null;
const msPerTick = () => {
  if (tick === null) {
    try {
      tick = 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    } catch {
      tick = 10;
    }
  }
  return tick;
};

/** utime + stime of a process (all its threads), in ms; null when it cannot be read. */
function processMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * msPerTick();
  } catch {
    return null;
  }
}

function postgresProcesses(): Map<number, number> {
  const out = new Map<number, number>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return out;
  }
  for (const p of pids) {
    try {
      if (readFileSync(`/proc/${p}/comm`, 'utf8').trim() !== 'postgres') continue;
    } catch {
      continue;
    }
    const ms = processMs(Number(p));
    if (ms !== null) out.set(Number(p), ms);
  }
  return out;
}

export function cpuSnapshot(serverPid: number | undefined): CpuSnapshot | null {
  const server = serverPid === undefined ? null : processMs(serverPid);
  if (server === null) return null;
  const own = process.cpuUsage();
  const times = cpus().map((c) => c.times);
  const busy = times.reduce((s, t) => s + t.user + t.nice + t.sys + t.irq, 0);
  return { server, postgres: postgresProcesses(), loadGenerator: (own.user + own.system) / 1000, machineBusy: busy, machineAll: times.reduce((s, t) => s + t.user + t.nice + t.sys + t.irq + t.idle, 0) };
}

export function cpuPerCase(before: CpuSnapshot | null, after: CpuSnapshot | null, cases: number): CpuPerCase | null {
  if (!before || !after || !cases) return null;
  let postgres = 0;
  for (const [pid, ms] of after.postgres) postgres += ms - (before.postgres.get(pid) ?? 0);
  const all = after.machineAll - before.machineAll;
  return {
    serverMs: (after.server - before.server) / cases,
    postgresMs: postgres / cases,
    loadGeneratorMs: (after.loadGenerator - before.loadGenerator) / cases,
    machineBusy: all > 0 ? (after.machineBusy - before.machineBusy) / all : 0,
    cpus: cpus().length,
  };
}

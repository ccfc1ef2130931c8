/** The machine a benchmark ran on, and how busy it was with other work. */
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

export interface Machine {
  date: string;
  cores: number;
  cpu: string;
  memoryGb: number;
  node: string;
  astro: string;
  loadAverage: number[];
}

export function describeMachine(astroVersion: string): Machine {
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    astro: astroVersion,
    loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

/** Busy and total CPU time of the whole machine so far, in ms (Linux /proc/stat; null elsewhere). */
export function machineCpu(): { busyMs: number; totalMs: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
    const ticks = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
    const total = ticks.reduce((s, t) => s + t, 0);
    // USER_HZ is 100 on Linux.
    return { busyMs: (total - idle) * 10, totalMs: total * 10 };
  } catch {
    return null;
  }
}

/**
 * Cores' worth of CPU that other processes used while something ran: the
 * machine's busy time minus the measured process's own CPU, over the wall time.
 */
export function otherLoad(before: ReturnType<typeof machineCpu>, after: ReturnType<typeof machineCpu>, ownCpuMs: number, wallMs: number): number | null {
  if (!before || !after || !(wallMs > 0) || !Number.isFinite(ownCpuMs)) return null;
  return Math.max(0, (after.busyMs - before.busyMs - ownCpuMs) / wallMs);
}

import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on every Linux build we run on). */
const ticksPerSecond = 100;

/** User and system CPU a process has used so far, in ms; 0 once it has gone. */
function cpuMsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may itself hold spaces: utime and stime are 12th, 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return 0;
  }
}

export function pidsNamed(command: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === command;
      } catch {
        return false;
      }
    });
}

export type ProcessGroups = Record<string, number[]>;

/** The platform's processes by role, the shared servers found by name. */
export function processGroups(api: number, workers: number[]): () => ProcessGroups {
  return () => ({
    api: [api],
    workers,
    postgres: pidsNamed('postgres'),
    redis: pidsNamed('redis-server'),
    benchClient: [process.pid],
  });
}

/**
 * CPU each group uses from now until the returned function is called, in ms, so a run shows
 * where the machine's cores went. Groups are listed again at the end: a database backend that
 * started meanwhile counts in full.
 */
export function measureCpu(groups: () => ProcessGroups): () => Record<string, number> {
  const before = new Map(
    Object.values(groups())
      .flat()
      .map((pid) => [pid, cpuMsOf(pid)]),
  );
  return () =>
    Object.fromEntries(
      Object.entries(groups()).map(([name, pids]) => [
        name,
        pids.reduce((sum, pid) => sum + cpuMsOf(pid) - (before.get(pid) ?? 0), 0),
      ]),
    );
}

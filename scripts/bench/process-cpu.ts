// Where the processor went during a run, beyond the page's own main thread: each Chromium process's CPU
// time, read from /proc (Linux; elsewhere nothing is reported). On a 2-core machine the extension's
// worker and the browser process (IndexedDB, messages) take turns with the page, so the page's tasks
// stretch by more than the extension's own work on its main thread.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** CPU milliseconds so far of every running Chromium process, by pid. */
export function chromiumCpu(): Map<number, number> {
  const out = new Map<number, number>();
  if (!existsSync('/proc/self/stat')) return out;
  const tick = 1000 / 100; // USER_HZ is 100 on Linux
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!/chrom/i.test(cmd) || cmd.includes('node')) continue;
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(pid), (Number(f[11]) + Number(f[12])) * tick);
    } catch {}
  }
  return out;
}

/**
 * The CPU Chromium spent between two readings outside the busiest process (the page's renderer): the
 * extension's worker, the browser process, the GPU process. Null where /proc is absent.
 */
export function otherProcessesMs(before: Map<number, number>, after: Map<number, number>): number | null {
  if (!after.size) return null;
  const used = [...after].map(([pid, ms]) => ms - (before.get(pid) ?? 0)).sort((a, b) => b - a);
  return used.slice(1).reduce((s, x) => s + x, 0);
}

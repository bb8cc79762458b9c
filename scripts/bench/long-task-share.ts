// What the extension's own script adds to the page's long tasks, read from one run's trace: the
// difference of two runs (with and without the extension) is as wide as the page's own spread, while
// the script calls inside each long task are counted exactly. It leaves out the style and layout the
// extension's hosts cause, which no trace event attributes to it.

/** A trace event as Chromium reports it (times in microseconds). */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

/** A task past this is a long task (the Long Tasks API's threshold), in ms. */
const LONG_MS = 50;

export interface LongTaskShare {
  /** The extension's script inside the page's long tasks, in ms. */
  inLong: number;
  /** The long-task time past 50 ms that would go without that script, in ms: what it adds. */
  blocking: number;
  /** The extension's script on the page's main thread in all, in ms. */
  all: number;
  /** Long tasks that would not be long without that script: those it made long, not only longer. */
  made: number;
}

/** The page's main thread: the one that ran its animation frames. */
function mainThread(events: readonly TraceEvent[]): string | null {
  const frames = new Map<string, number>();
  for (const e of events)
    if (e.name === 'FireAnimationFrame')
      frames.set(`${e.pid}:${e.tid}`, (frames.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  return [...frames].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * The share of the page's long tasks that is the extension's script: its outermost function calls
 * (`FunctionCall`, whose script is `ours(url)`) inside each top-level task over 50 ms.
 */
export function longTaskShare(events: readonly TraceEvent[], ours: (url: string) => boolean): LongTaskShare {
  const main = mainThread(events);
  const on = events.filter((e) => e.ph === 'X' && e.dur !== undefined && `${e.pid}:${e.tid}` === main);
  const tasks = on.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const calls = on
    .filter((e) => e.name === 'FunctionCall' && ours(e.args?.data?.url ?? ''))
    .sort((a, b) => a.ts - b.ts);
  const share: LongTaskShare = { inLong: 0, blocking: 0, all: 0, made: 0 };
  let t = 0;
  let endOfLast = -Infinity;
  let inTask = 0;
  const close = (task: TraceEvent | undefined) => {
    if (task && task.dur! / 1000 > LONG_MS) {
      share.inLong += inTask;
      share.blocking += Math.min(inTask, task.dur! / 1000 - LONG_MS);
      if (task.dur! / 1000 - inTask <= LONG_MS) share.made++;
    }
    inTask = 0;
  };
  for (const c of calls) {
    // A call inside one of ours already counted is part of it.
    if (c.ts < endOfLast) continue;
    endOfLast = c.ts + c.dur!;
    const ms = c.dur! / 1000;
    share.all += ms;
    while (t < tasks.length && tasks[t]!.ts + tasks[t]!.dur! <= c.ts) close(tasks[t++]);
    const task = tasks[t];
    if (task && task.ts <= c.ts) inTask += ms;
  }
  close(tasks[t]);
  return share;
}

/**
 * The self time (ms) of every event named `name` on the page's main thread: its duration less that of the
 * events nested in it. The page's HTML parsing (`ParseHTML`) is the page's own work the extension never
 * does (its badges are built with DOM calls): scroll.bench.ts takes each run's time in units of it.
 */
export function selfMs(events: readonly TraceEvent[], name: string): number {
  const main = mainThread(events);
  const on = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined && `${e.pid}:${e.tid}` === main)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  let total = 0;
  const open: { e: TraceEvent; end: number; nested: number }[] = [];
  const close = () => {
    const o = open.pop()!;
    if (o.e.name === name) total += o.e.dur! - o.nested;
    if (open.length) open[open.length - 1]!.nested += o.e.dur!;
  };
  for (const e of on) {
    while (open.length && open[open.length - 1]!.end <= e.ts) close();
    open.push({ e, end: e.ts + e.dur!, nested: 0 });
  }
  while (open.length) close();
  return total / 1000;
}

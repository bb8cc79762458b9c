// What the extension's script costs a page while it starts, read from a CPU profile of the page: the
// time of every call tree rooted in the extension's script, against the page's other busy time. A trace's
// function calls miss it there: a content script's first run and its promise continuations (each answer
// from the worker) are no `FunctionCall` event, and on the feed's start they were 6-8 ms of its ~40.

/** A CPU profile as the DevTools protocol's Profiler.stop returns it (times in microseconds). */
export interface CpuProfile {
  nodes: { id: number; callFrame: { url: string; functionName: string }; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ScriptShare {
  /** Time in call trees rooted in the extension's script, natives they called included, in ms. */
  ours: number;
  /** The page's other busy time (its script, the engine's and the renderer's own work), in ms. */
  page: number;
}

// Not busy time: the thread waiting.
const IDLE = '(idle)';

/** Splits a profile's busy time into the extension's call trees and the rest. */
export function scriptShare(profile: CpuProfile, ours: (url: string) => boolean): ScriptShare {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // A node is ours when it or any caller above it is the extension's script.
  const oursMemo = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = oursMemo.get(id);
    if (known !== undefined) return known;
    const up = parent.get(id);
    const mine = ours(byId.get(id)?.callFrame.url ?? '') || (up !== undefined && isOurs(up));
    oursMemo.set(id, mine);
    return mine;
  };
  const share: ScriptShare = { ours: 0, page: 0 };
  profile.samples.forEach((id, i) => {
    // Each sample stands for the time until the next one.
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (byId.get(id)?.callFrame.functionName === IDLE) return;
    if (isOurs(id)) share.ours += ms;
    else share.page += ms;
  });
  return share;
}

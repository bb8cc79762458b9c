// What the whole page says (a channel tab's channel, a video page's post), looked up once for a run of
// script: the feed observer asks for each node a page added, cards are identified and then read in loops
// over many, and the page can't change while a script runs. A microtask forgets it when the run returns.

/** `look`, answering again from its last answer while the arguments are the same ones and the run goes on. */
export function perRun<A extends readonly unknown[], R>(look: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args) => {
    if (last?.args.every((a, i) => a === args[i])) return last.result;
    if (!last) queueMicrotask(() => (last = undefined));
    last = { args, result: look(...args) };
    return last.result;
  };
}

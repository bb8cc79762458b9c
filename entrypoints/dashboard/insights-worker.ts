// The Insights page's reader, off the page's thread: reading and testing a large history takes seconds
// (about 1.7 s for 3,000 posts), and the page keeps answering clicks meanwhile.
import { InsightsHost, type InsightsRequest } from './insights-host';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<InsightsRequest>) => void) | null;
  postMessage(message: unknown): void;
};
const host = new InsightsHost();
scope.onmessage = (e) => {
  void host.answer(e.data).then((reply) => scope.postMessage(reply));
};

// The dashboard's history reader, off the page's thread: 10,000 posts take about a second to read and
// score, and the page keeps answering clicks meanwhile.
import { HistoryHost, type HistoryRequest } from './history-host';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<HistoryRequest>) => void) | null;
  postMessage(message: unknown): void;
};
const host = new HistoryHost();
scope.onmessage = (e) => {
  void host.answer(e.data).then((reply) => {
    if (reply) scope.postMessage(reply);
  });
};

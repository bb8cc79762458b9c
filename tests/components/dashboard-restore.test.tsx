// @vitest-environment happy-dom
// Restoring a large backup from the dashboard: snapshots done of all with time left, a cancel that stops
// between chunks, and the outcome brought into view; the check before it shows progress and stops too.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DashboardApi, RestoreProgress } from '@/components/dashboard/api';
import { RestorePanel } from '@/components/dashboard/RestorePanel';
import { timeLeftText } from '@/components/dashboard/RestoreStatus';
import type { RestoreSummary } from '@/lib/protocol/messages';
import { RestoreCancelled } from '@/lib/protocol/restore';

const NOW = Date.UTC(2026, 10, 20, 12);
const SUMMARY: RestoreSummary = { newPosts: 3, newSnapshots: 40, duplicates: 5, accounts: 1 };

Element.prototype.scrollIntoView ??= () => {};

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

async function until<T>(find: () => T | null | undefined | false, what = 'condition'): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = find();
    if (found) return found;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`timed out waiting for ${what}\n${root.textContent}`);
}
const text = () => root.textContent ?? '';
const findButton = (name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as
    | HTMLButtonElement
    | undefined;
const button = (name: string) => until(() => findButton(name), `button "${name}"`);

/** The restore panel with only what it calls of the dashboard's API. */
function mount<A extends Pick<DashboardApi, 'restorePreview' | 'restore'>>(api: A) {
  const onRestored = vi.fn();
  render(<RestorePanel api={api as unknown as DashboardApi} onRestored={onRestored} />, root);
  return { ...api, onRestored };
}

async function chooseFile(content: string, name = 'backup.json') {
  const input = (await until(
    () => root.querySelector('input[type="file"]'),
    'file input',
  )) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([content], name)], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const progressOf = (over: Partial<RestoreProgress>): RestoreProgress => ({
  kind: 'restore',
  state: 'chunks',
  done: 0,
  total: 4000,
  summary: { accounts: 1, newPosts: 0, newSnapshots: 0, duplicates: 0 },
  startedAt: NOW,
  chunksAt: NOW,
  updatedAt: NOW,
  cancelling: false,
  ...over,
});

describe('dashboard: restore with progress', () => {
  it('shows snapshots done of all with time left, cancels between chunks, and brings the outcome into view', async () => {
    const scrolled: Element[] = [];
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
      scrolled.push(this);
    });
    let watch!: Parameters<DashboardApi['restore']>[2];
    let finish!: () => void;
    const api = mount({
      restorePreview: vi.fn(async () => SUMMARY),
      restore: vi.fn<DashboardApi['restore']>((_text, _expected, w) => {
        watch = w;
        return new Promise((resolve) => {
          finish = () =>
            resolve({
              summary: { accounts: 1, newPosts: 10, newSnapshots: 1000, duplicates: 0 },
              cancelled: true,
              done: 1000,
              total: 4000,
            });
        });
      }),
    });
    await chooseFile('{"format":"resonance"}');
    (await button('Restore backup')).click();
    await until(() => api.restore.mock.calls.length === 1, 'restore call');
    await until(() => text().includes('Reading backup.json…'), 'reading');
    // 1,000 of 4,000 in 10 s: 3,000 more at that pace take 30 s.
    watch.onProgress(progressOf({ done: 1000, updatedAt: NOW + 10_000 }));
    await until(
      () => text().includes('Restored 1,000 of 4,000 snapshots (25%) · about 30 s left'),
      'progress',
    );
    const bar = root.querySelector('progress')!;
    expect([bar.getAttribute('value'), bar.getAttribute('max')]).toEqual(['1000', '4000']);

    (await button('Cancel restore')).click();
    expect(watch.signal.aborted).toBe(true);
    await until(() => text().includes('Stopping after the chunk under way'), 'stopping');
    expect((await button('Cancel restore')).disabled).toBe(true);
    finish();
    const result = await until(() => root.querySelector('.restore-result'), 'outcome');
    expect(result.textContent).toBe(
      'Restore of backup.json cancelled after 1,000 of 4,000 snapshots. Restored, each post whole: 10 new posts, ' +
        '1,000 new snapshots, 0 already here (duplicates), 1 new account. Restoring the same file again adds the ' +
        'rest (nothing is added twice).',
    );
    await until(() => scrolled.includes(result), 'scrolled into view');
    expect(document.activeElement).toBe(result);
    expect(root.querySelector('progress')).toBeNull();
  });

  it('the check shows its progress too, and a cancelled check changes nothing', async () => {
    let watch!: Parameters<DashboardApi['restorePreview']>[1];
    const api = mount({
      restorePreview: vi.fn<DashboardApi['restorePreview']>(
        (_text, w) =>
          new Promise((_resolve, reject) => {
            watch = w;
            w.signal.addEventListener('abort', () => reject(new RestoreCancelled('check cancelled')));
          }),
      ),
      restore: vi.fn(async () => ({ summary: SUMMARY, cancelled: false, done: 40, total: 40 })),
    });
    await chooseFile('{"format":"resonance"}');
    await until(() => api.restorePreview.mock.calls.length === 1, 'check');
    watch.onProgress(progressOf({ kind: 'check', done: 2000, updatedAt: NOW + 4000 }));
    await until(
      () => text().includes('Checked 2,000 of 4,000 snapshots (50%) · a few seconds left'),
      'progress',
    );
    (await button('Cancel check')).click();
    await until(() => text().includes('Check of backup.json cancelled. Nothing was changed.'), 'cancelled');
    expect(findButton('Restore backup')).toBeUndefined();
    expect(api.restore).not.toHaveBeenCalled();
  });
});

describe('time left in words', () => {
  it('rounds to what a guess deserves', () => {
    expect(timeLeftText(3000)).toBe('a few seconds left');
    expect(timeLeftText(6000)).toBe('about 5 s left');
    expect(timeLeftText(12_400)).toBe('about 10 s left');
    expect(timeLeftText(62_000)).toBe('about 60 s left');
    expect(timeLeftText(150_000)).toBe('about 3 min left');
  });
});

// A hostile page: it listens for anything the extension posts to it, fires the start-up events a
// content-script framework would listen to, and tries to read the badges. Resonance posts nothing to the
// page, keeps working, and its scores stay out of the page's reach.
import { renderXProfile, type XPostSpec, xIdAt } from '@/scripts/demo/x-markup';
import { setXLikes } from '@/tests/helpers/x-likes';
import { expect, test } from './fixtures';

const H = 3600e3;

function post(now: number, seq: number): XPostSpec {
  const publishedAt = now - (seq + 2) * H;
  return {
    id: xIdAt(publishedAt, seq),
    author: 'Brand',
    name: 'Brand Co',
    text: `post ${seq}`,
    publishedAt,
    replies: 1,
    reposts: 2,
    likes: 30 + seq,
    bookmarks: 0,
    views: 500,
  };
}

const HOSTILE = `<script>
  window.__heard = [];
  addEventListener('message', (e) => { if (!(e.data && e.data.fromThePage)) window.__heard.push(JSON.stringify(e.data)); });
  // What a framework's content script listens for to stop an older copy of itself.
  const stop = () => {
    for (const name of ['wxt:content-script-started', 'resonance:stop', 'message'])
      document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'site-x', messageId: 'x' } }));
    window.postMessage({ type: 'wxt:content-script-started', contentScriptName: 'site-x', fromThePage: true }, '*');
  };
  stop();
  setInterval(stop, 50);
  window.__peek = () => [...document.querySelectorAll('resonance-badge')].map((b) => b.shadowRoot ? b.shadowRoot.textContent : null);
</script>`;

test('a hostile page hears nothing from Resonance, can’t stop it, and can’t read its scores', async ({
  ext,
}) => {
  const now = Date.now();
  const html = renderXProfile({
    handle: 'Brand',
    name: 'Brand Co',
    bio: '',
    followers: 1,
    following: 1,
    viewer: 'Brand',
    posts: [post(now, 1), post(now, 2)],
    now,
  }).replace('</body>', `${HOSTILE}</body>`);
  await ext.serve({ 'https://x.com/Brand': html });
  const tab = await ext.context.newPage();
  await tab.goto('https://x.com/Brand');
  await expect(tab.locator('resonance-badge')).toHaveCount(2);
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(2);
  // Still working after the page kept firing its events: a change is read and stored.
  await tab.waitForTimeout(300);
  await tab.evaluate(setXLikes, [[0, 777]] as const);
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(3);
  expect(
    await tab.evaluate(() =>
      (window as unknown as { __heard: string[] }).__heard.filter((t) => !t.startsWith('wxt:')),
    ),
  ).toEqual([]);
  expect(await tab.evaluate(() => (window as unknown as { __peek(): unknown[] }).__peek())).toEqual([
    null,
    null,
  ]);
});

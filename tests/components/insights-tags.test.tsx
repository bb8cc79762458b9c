// @vitest-environment happy-dom
// Tagging a post with what it tries, from its row in the dashboard and from its details in the popup:
// the tags are read when shown, saved through the API (the worker writes them), and said back.
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { HistoryRow } from '@/components/dashboard/HistoryRow';
import { PostTagsContext } from '@/components/popup/api';
import { PostRow } from '@/components/popup/PostRow';
import type { PostTagsApi } from '@/components/shared/TagEditor';
import { splitTags } from '@/components/shared/TagEditor';
import { exactCount } from '@/lib/core/metrics';
import type { HistoryPost } from '@/lib/protocol/history';
import type { PagePost } from '@/lib/protocol/messages';
import { root, until } from '@/tests/helpers/dom-root';

const NOW = Date.UTC(2026, 10, 20, 12);
const H = 3600e3;

function fakeTags(stored: string[] | null) {
  let tags = stored;
  return {
    read: vi.fn(async () => tags),
    save: vi.fn(async (_p: string, _id: string, next: string[]) => {
      tags = next;
      return next;
    }),
  } satisfies PostTagsApi;
}

const ROW: HistoryPost = {
  platform: 'x',
  id: '42',
  url: 'https://x.com/LumenRoasters/status/42',
  publishedAt: NOW - 30 * H,
  latest: { likes: exactCount(40) },
  snapshots: 3,
  score: null,
  curve: [{ ageHours: 1, interactions: 10 }],
  usual: null,
};

const button = (name: string) =>
  until(
    () =>
      [...root.querySelectorAll('button')].find(
        (b) => (b.getAttribute('aria-label') ?? b.textContent)?.replace(/\s+/g, ' ').trim() === name,
      ) as HTMLButtonElement | undefined,
    `button "${name}"`,
  );
const typeTags = (value: string) => {
  const input = root.querySelector('.tag-add input') as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};
const shownTags = () => [...root.querySelectorAll('.tags li')].map((li) => li.firstChild?.textContent);

describe('tags in the dashboard’s post row', () => {
  it('are read when the row opens, added (several at once, each once) and removed', async () => {
    const api = fakeTags(['question hook']);
    render(
      <table>
        <HistoryRow post={ROW} now={NOW} tags={api} />
      </table>,
      root,
    );
    // No score to explain: the row still opens, for its tags.
    (await button('Tags of this post')).click();
    await until(() => root.querySelector('.tags'), 'the tags');
    expect(api.read).toHaveBeenCalledWith('x', '42');
    expect(shownTags()).toEqual(['question hook']);
    typeTags(' Evening   slot , QUESTION hook, ');
    (await button('Add tag')).click();
    await until(() => root.textContent?.includes('Tagged “Evening slot”.'), 'the saved note');
    expect(api.save).toHaveBeenLastCalledWith('x', '42', ['question hook', 'Evening slot']);
    expect(shownTags()).toEqual(['question hook', 'Evening slot']);
    expect((root.querySelector('.tag-add input') as HTMLInputElement).value).toBe('');
    (await button('Remove tag question hook')).click();
    await until(() => shownTags().length === 1, 'the tag removed');
    expect(api.save).toHaveBeenLastCalledWith('x', '42', ['Evening slot']);
  });

  it('say why a post can’t be tagged yet, and a failed save in an alert', async () => {
    render(
      <table>
        <HistoryRow post={ROW} now={NOW} tags={fakeTags(null)} />
      </table>,
      root,
    );
    (await button('Tags of this post')).click();
    await until(() => root.textContent?.includes('This post isn’t saved yet'), 'the missing post');

    render(null, root);
    const failing = fakeTags([]);
    failing.save.mockRejectedValueOnce(new Error('the disk is full'));
    render(
      <table>
        <HistoryRow post={ROW} now={NOW} tags={failing} />
      </table>,
      root,
    );
    (await button('Tags of this post')).click();
    await until(() => root.querySelector('.tag-add'), 'the tag form');
    typeTags('giveaway');
    (await button('Add tag')).click();
    const alert = await until(() => root.querySelector('[role="alert"]'), 'the alert');
    expect(alert.textContent).toBe('Couldn’t save the tags: the disk is full');
    expect(shownTags()).toEqual([]);
  });

  it('are not offered without a tags API', () => {
    render(
      <table>
        <HistoryRow post={ROW} now={NOW} />
      </table>,
      root,
    );
    expect(root.querySelector('button')).toBeNull();
  });
});

describe('tags in the popup’s post details', () => {
  const post: PagePost = {
    reading: {
      platform: 'x',
      id: '42',
      url: 'https://x.com/LumenRoasters/status/42',
      author: 'LumenRoasters',
      publishedAt: NOW - 30 * H,
      metrics: { likes: exactCount(40) },
    },
    score: null,
  };

  it('are read when “Tag what it tries” opens, and saved', async () => {
    const api = fakeTags([]);
    render(
      <PostTagsContext.Provider value={api}>
        <ul>
          <PostRow post={post} now={NOW} />
        </ul>
      </PostTagsContext.Provider>,
      root,
    );
    const details = root.querySelector('details.tags-detail') as HTMLDetailsElement;
    expect(details.querySelector('summary')?.textContent).toBe('Tag what it tries');
    expect(api.read).not.toHaveBeenCalled();
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await until(() => root.querySelector('.tag-add'), 'the tag form');
    expect(api.read).toHaveBeenCalledWith('x', '42');
    typeTags('question hook');
    (await button('Add tag')).click();
    await until(() => shownTags().length === 1, 'the tag');
    expect(api.save).toHaveBeenCalledWith('x', '42', ['question hook']);
  });

  it('are not offered where no tags API is provided', () => {
    render(
      <ul>
        <PostRow post={post} now={NOW} />
      </ul>,
      root,
    );
    expect(root.querySelector('details.tags-detail')).toBeNull();
  });
});

describe('splitTags', () => {
  it('splits on commas and folds spaces, dropping empty pieces', () => {
    expect(splitTags(' a  b ,, c,')).toEqual(['a b', 'c']);
    expect(splitTags('   ')).toEqual([]);
  });
});

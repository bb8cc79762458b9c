import { useSignal } from '@preact/signals';
import { useEffect, useId } from 'preact/hooks';
import type { SiteId } from '@/lib/sites/catalog';

/** A post's tags (what it tries), read and replaced through the worker, the store's one writer. */
export interface PostTagsApi {
  /** The post's tags; null when the store holds no such post. */
  read(platform: SiteId, id: string): Promise<string[] | null>;
  /** Replaces them (an empty list clears them); resolves with the tags as stored. */
  save(platform: SiteId, id: string, tags: string[]): Promise<string[]>;
}

/** Ideas for what a post tries; any words will do. */
const IDEAS = [
  'question hook',
  'number in the hook',
  'behind the scenes',
  'how-to',
  'call to action',
  'carousel',
  'short video',
  'morning slot',
  'evening slot',
  'weekend post',
];

// Styled here, not in a page's stylesheet: the popup and the dashboard show it alike.
const BOX = { margin: '6px 0', color: 'var(--fg)' };
const LIST = {
  display: 'inline-flex',
  flexWrap: 'wrap',
  gap: '4px',
  listStyle: 'none',
  margin: 0,
  padding: 0,
} as const;
const PILL = {
  border: '1px solid var(--line)',
  borderRadius: '10px',
  padding: '0 4px 0 8px',
  background: 'var(--soft)',
};

type State =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'failed'; error: string }
  | { kind: 'ready'; tags: string[] };

/** Commas separate tags typed together: "question hook, evening slot" is two. */
export const splitTags = (text: string) =>
  text
    .split(',')
    .map((t) => t.trim().replace(/\s+/g, ' '))
    .filter(Boolean);

/** The post's tags as read, and saving new ones with a note of how it went. */
function usePostTags(api: PostTagsApi, platform: SiteId, id: string) {
  const state = useSignal<State>({ kind: 'loading' });
  const saving = useSignal(false);
  const note = useSignal<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    api.read(platform, id).then(
      (tags) => {
        state.value = tags ? { kind: 'ready', tags } : { kind: 'missing' };
      },
      (e: unknown) => {
        state.value = { kind: 'failed', error: (e as Error).message };
      },
    );
  }, [platform, id]);
  /** Saves `next` as the post's tags; `done` says what changed. Resolves true once saved. */
  const save = async (next: string[], done: string): Promise<boolean> => {
    saving.value = true;
    note.value = null;
    try {
      state.value = { kind: 'ready', tags: await api.save(platform, id, next) };
      note.value = { ok: true, text: done };
      return true;
    } catch (e) {
      note.value = { ok: false, text: `Couldn’t save the tags: ${(e as Error).message}` };
      return false;
    } finally {
      saving.value = false;
    }
  };
  return { state, saving, note, save };
}

function TagList(props: { tags: string[]; labelId: string; saving: boolean; remove(tag: string): void }) {
  if (!props.tags.length) return <span class="muted">no tags yet</span>;
  return (
    <ul class="tags" aria-labelledby={props.labelId} style={LIST}>
      {props.tags.map((t) => (
        <li key={t} class="tag" style={PILL}>
          {t}{' '}
          <button
            type="button"
            class="tag-remove"
            aria-label={`Remove tag ${t}`}
            disabled={props.saving}
            onClick={() => props.remove(t)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}

function TagForm(props: { saving: boolean; add(typed: string[]): Promise<boolean> }) {
  const draft = useSignal('');
  const ideas = useId();
  const submit = async (e: Event) => {
    e.preventDefault();
    if (await props.add(splitTags(draft.value))) draft.value = '';
  };
  return (
    <form class="tag-add" onSubmit={(e) => void submit(e)} style={{ marginTop: '4px' }}>
      <label>
        Tag what this post tries{' '}
        <input
          type="text"
          list={ideas}
          maxLength={200}
          placeholder="question hook, evening slot"
          value={draft.value}
          onInput={(e) => (draft.value = e.currentTarget.value)}
        />
      </label>{' '}
      <button type="submit" disabled={props.saving || !splitTags(draft.value).length}>
        Add tag
      </button>
      <datalist id={ideas}>
        {IDEAS.map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
    </form>
  );
}

/**
 * A post's tags (what it tries: a hook, a format, a time, any words), for the insights' experiments:
 * each tag is compared with the posts without it. Read when shown; saved by the service worker.
 */
export function TagEditor({ api, platform, id }: { api: PostTagsApi; platform: SiteId; id: string }) {
  const { state, saving, note, save } = usePostTags(api, platform, id);
  const labelId = useId();
  const s = state.value;
  if (s.kind === 'loading') return <p class="muted tag-editor">Reading its tags…</p>;
  if (s.kind === 'missing')
    return <p class="muted tag-editor">This post isn’t saved yet: it can be tagged once it is.</p>;
  if (s.kind === 'failed') return <p class="muted tag-editor">Its tags couldn’t be read: {s.error}</p>;
  const tags = s.tags;
  // Tags already there, in any case, are not added again.
  const add = async (typed: string[]) => {
    const more = typed.filter((t) => !tags.some((x) => x.toLowerCase() === t.toLowerCase()));
    return more.length ? save([...tags, ...more], `Tagged “${more.join('”, “')}”.`) : false;
  };
  const remove = (t: string) =>
    void save(
      tags.filter((x) => x !== t),
      `Removed “${t}”.`,
    );
  return (
    <div class="tag-editor" style={BOX}>
      <span id={labelId} class="tag-label">
        What it tries:
      </span>{' '}
      <TagList tags={tags} labelId={labelId} saving={saving.value} remove={remove} />
      <TagForm saving={saving.value} add={add} />
      {note.value ? (
        <p class={note.value.ok ? 'muted' : 'problem-text'} role={note.value.ok ? 'status' : 'alert'}>
          {note.value.text}
        </p>
      ) : null}
    </div>
  );
}

import type { UnreadablePost } from '@/lib/sites/types';

/** Posts found but not read, each with why: nothing was saved for them. */
export function UnreadableList({ posts }: { posts: UnreadablePost[] }) {
  if (posts.length === 0) return null;
  return (
    <section class="unreadable" role="alert">
      <h2>Can’t read {posts.length === 1 ? 'one post' : `${posts.length} posts`}</h2>
      <ul>
        {posts.map((p) => (
          <li key={p.id ?? p.reason}>
            {p.url ? (
              <a href={p.url} target="_blank" rel="noreferrer">
                {p.id}
              </a>
            ) : (
              'a post'
            )}
            : {p.reason}. Nothing was saved for it.
          </li>
        ))}
      </ul>
    </section>
  );
}

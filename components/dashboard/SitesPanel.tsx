import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { formatAge, siteName } from '@/components/shared/format';
import type { SiteHealth } from '@/lib/protocol/health';
import type { DashboardApi } from './api';

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** A host name from what a user types: `mastodon.social`, `https://mastodon.social/@me`, `@me@mastodon.social`. */
export function hostFrom(input: string): string | null {
  const s = input.trim().toLowerCase();
  const host = s.includes('://') ? (URL.canParse(s) ? new URL(s).hostname : '') : (s.split('@').pop() ?? '');
  return HOST.test(host) ? host : null;
}

function HealthRow({ h, now }: { h: SiteHealth; now: number }) {
  const good = h.lastGood;
  const bad = h.lastProblem;
  // The latest of the two is the site's state now.
  const failing = bad !== null && (good === null || bad.at > good.at);
  const tone = failing ? 'failing' : undefined;
  return (
    <tr>
      <th scope="row" class={tone}>
        {siteName(h.platform)}
      </th>
      <td class={tone}>
        {good
          ? `${formatAge(now - good.at)} ago: ${good.posts} post${good.posts === 1 ? '' : 's'} read, ${good.own} of yours`
          : 'never read yet'}
      </td>
      <td class={tone}>
        {bad ? (
          <>
            {failing ? <b>Can’t find posts: </b> : `${formatAge(now - bad.at)} ago: `}
            {bad.why}
            {failing ? ` (${formatAge(now - bad.at)} ago; the site may have changed)` : ''}
          </>
        ) : (
          'none'
        )}
      </td>
    </tr>
  );
}

function HealthTable({ health, now }: { health: SiteHealth[] | null; now: number }) {
  if (health === null) return <p class="empty">Loading…</p>;
  if (health.length === 0)
    return <p class="empty">No site read yet: open your brand’s profile on a supported site.</p>;
  return (
    <table class="sites">
      <thead>
        <tr>
          <th scope="col">Site</th>
          <th scope="col">Last good reading</th>
          <th scope="col">Last problem</th>
        </tr>
      </thead>
      <tbody>
        {health.map((h) => (
          <HealthRow key={h.platform} h={h} now={now} />
        ))}
      </tbody>
    </table>
  );
}

/** A server to add, typed as its address, a link or a handle on it. */
function ServerForm({ add }: { add(typed: string): Promise<boolean> }) {
  const draft = useSignal('');
  const submit = async (e: Event) => {
    e.preventDefault();
    if (await add(draft.value)) draft.value = '';
  };
  return (
    <form onSubmit={(e) => void submit(e)} class="add-instance">
      <label>
        Server{' '}
        <input
          type="text"
          placeholder="mastodon.social"
          value={draft.value}
          onInput={(e) => {
            draft.value = (e.target as HTMLInputElement).value;
          }}
        />
      </label>{' '}
      <button type="submit">Add server</button>
    </form>
  );
}

function ServerList({ hosts, remove }: { hosts: readonly string[]; remove(host: string): void }) {
  if (!hosts.length) return null;
  return (
    <ul class="instances">
      {hosts.map((host) => (
        <li key={host}>
          {host}{' '}
          <button type="button" onClick={() => remove(host)}>
            Stop reading {host}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The Mastodon servers Resonance reads: one added (the browser asks for its permission) or let go. */
function MastodonServers(props: {
  api: DashboardApi;
  instances: string[] | null;
  /** What adding or removing a server did, or why it could not. */
  say(message: string): void;
  changed(): void;
}) {
  const { api, say } = props;
  /** Adds the server typed; resolves true when it was added. */
  const add = async (typed: string): Promise<boolean> => {
    const host = hostFrom(typed);
    if (!host) {
      say('Type a server’s address, like mastodon.social.');
      return false;
    }
    try {
      const granted = await api.addInstance(host);
      say(
        granted
          ? `Reading ${host} from now on: reload its tabs.`
          : `Not added: the browser’s permission to read ${host} was not given.`,
      );
      props.changed();
      return granted;
    } catch (err) {
      say((err as Error).message);
      return false;
    }
  };
  const remove = async (host: string) => {
    try {
      await api.removeInstance(host);
      say(`No longer reading ${host}. Its history is kept.`);
      props.changed();
    } catch (err) {
      say((err as Error).message);
    }
  };
  return (
    <>
      <h3>Mastodon servers</h3>
      <p class="muted">
        Mastodon runs on many servers. Add the ones your brand posts on or reads: Resonance asks the browser
        for permission to read that server only.
      </p>
      <ServerList hosts={props.instances ?? []} remove={remove} />
      <ServerForm add={add} />
    </>
  );
}

/** Each site's last good reading and last problem, and the Mastodon servers Resonance reads. */
export function SitesPanel({ api, now }: { api: DashboardApi; now: number }) {
  const health = useSignal<SiteHealth[] | null>(null);
  const instances = useSignal<string[] | null>(null);
  const message = useSignal<string | null>(null);
  const load = () => {
    api.siteHealth().then(
      (h) => {
        health.value = h;
      },
      (e: Error) => {
        message.value = `Couldn’t read the sites’ health: ${e.message}`;
      },
    );
    api.instances().then(
      (i) => {
        instances.value = i;
      },
      (e: Error) => {
        message.value = `Couldn’t list the Mastodon servers: ${e.message}`;
      },
    );
  };
  useEffect(load, []);
  return (
    <section class="card" id="sites" aria-labelledby="sites-h">
      <h2 id="sites-h">Sites</h2>
      {message.value ? (
        <p class="banner" role="status">
          {message.value}
        </p>
      ) : null}
      <HealthTable health={health.value} now={now} />
      <MastodonServers
        api={api}
        instances={instances.value}
        say={(m) => {
          message.value = m;
        }}
        changed={load}
      />
    </section>
  );
}

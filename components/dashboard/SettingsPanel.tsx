import { useSignal } from '@preact/signals';
import type { Settings } from './api';

const BASES: { value: Settings['basis']; label: string; why: string }[] = [
  {
    value: 'auto',
    label: 'Automatic (recommended)',
    why: 'Views when the site shows them, else counts per follower, else raw counts.',
  },
  {
    value: 'views',
    label: 'Views',
    why: 'Counts compared with views beside them, to tell reach from engagement.',
  },
  {
    value: 'followers',
    label: 'Followers',
    why: 'Counts per follower at posting time, so a growing audience does not inflate scores.',
  },
  {
    value: 'raw',
    label: 'Raw counts',
    why: 'Counts as they are: fair within one account over recent posts.',
  },
];

const WEIGHTS: { value: Settings['weights']; label: string; why: string }[] = [
  {
    value: 'equal',
    label: 'Equal (recommended)',
    why: 'Each kind of interaction is measured against its own usual and counts the same.',
  },
  {
    value: 'depth',
    label: 'Depth',
    why: 'Deeper actions count more: comments ×1.5, shares ×2, saves ×1.5.',
  },
];

function RadioGroup<T extends string>(props: {
  legend: string;
  name: string;
  options: { value: T; label: string; why: string }[];
  value: T;
  onChange: (v: T) => void;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.value} class="choice">
          <input
            type="radio"
            name={props.name}
            value={o.value}
            checked={props.value === o.value}
            onChange={() => props.onChange(o.value)}
          />{' '}
          <b>{o.label}</b> <span class="muted">{o.why}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** How scores are computed; saved for every account. */
export function SettingsPanel(props: { settings: Settings | null; onSave: (s: Settings) => Promise<void> }) {
  const draft = useSignal<Settings | null>(null);
  const status = useSignal<{ ok: boolean; text: string } | null>(null);
  const current = draft.value ?? props.settings;

  const change = (patch: Partial<Settings>) => {
    if (!current) return;
    draft.value = { ...current, ...patch };
    status.value = null;
  };
  const save = async (e: Event) => {
    e.preventDefault();
    if (!current) return;
    try {
      await props.onSave(current);
      draft.value = null;
      status.value = { ok: true, text: 'Saved' };
    } catch (err) {
      status.value = { ok: false, text: `Not saved: ${(err as Error).message}` };
    }
  };

  return (
    <section class="card" aria-labelledby="settings-h">
      <h2 id="settings-h">Scoring settings</h2>
      {current ? (
        <form onSubmit={save}>
          <RadioGroup
            legend="Compare posts on"
            name="basis"
            options={BASES}
            value={current.basis}
            onChange={(basis) => change({ basis })}
          />
          <RadioGroup
            legend="Weigh interactions"
            name="weights"
            options={WEIGHTS}
            value={current.weights}
            onChange={(weights) => change({ weights })}
          />
          <button type="submit" class="primary">
            Save settings
          </button>{' '}
          {status.value ? (
            <span
              class={status.value.ok ? 'saved' : 'problem-text'}
              role={status.value.ok ? 'status' : 'alert'}
            >
              {status.value.ok ? '✓ ' : ''}
              {status.value.text}
            </span>
          ) : null}
        </form>
      ) : (
        <p class="empty">Loading settings…</p>
      )}
    </section>
  );
}

import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { ratioWords } from '@/components/shared/insight-geometry';
import type { Finding, InsightAccount } from './insight-types';
import { groupOf, sentenceOf } from './insight-words';

/**
 * One insight: its plain sentences first, its chart second, and the numbers behind both a click away
 * (a disclosure holding the table), so nothing is claimed that the numbers don't carry.
 */
export function InsightSection({
  kind,
  title,
  sentences,
  chart,
  numbers,
  rows,
}: {
  kind: string;
  title: string;
  sentences: readonly string[];
  chart?: ComponentChildren;
  /** The table behind the chart. */
  numbers: ComponentChildren;
  /** How many rows the table has, for its summary. */
  rows: number;
}) {
  const id = useId();
  return (
    <section class="insight" data-kind={kind} aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <div class="sentences">
        {sentences.map((s) => (
          <p key={s} class="finding">
            {s}
          </p>
        ))}
      </div>
      {chart}
      <details class="numbers">
        <summary>
          The numbers behind this ({rows} {rows === 1 ? 'row' : 'rows'})
        </summary>
        {numbers}
      </details>
    </section>
  );
}

/**
 * A table in a box of its own that scrolls sideways when the window is narrow; focusable, so the keyboard
 * can scroll it too, and named for what it holds.
 */
export function ScrollTable({ name, children }: { name: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to be scrolled by keyboard
    <section class="table-scroll" tabIndex={0} aria-label={name}>
      {children}
    </section>
  );
}

const p3 = (p: number | null) => (p === null ? '—' : p < 0.001 ? '< 0.001' : p.toPrecision(2));

function FindingRow(props: {
  f: Finding;
  accounts: readonly InsightAccount[];
  label: (f: Finding) => string;
  words: boolean;
}) {
  const { f, accounts } = props;
  return (
    <tr data-verdict={f.verdict}>
      <th scope="row" title={sentenceOf(f, accounts)}>
        {props.label(f)}
      </th>
      <td class="num">
        {f.n}
        {f.verdict === 'too few posts' ? ` of ${f.need}` : ''}
      </td>
      <td class="num">{f.ratio === null ? '—' : ratioWords(f.ratio)}</td>
      <td>{f.low === null || f.high === null ? '—' : `${ratioWords(f.low)}–${ratioWords(f.high)}`}</td>
      <td class="num">{p3(f.p)}</td>
      <td>{f.verdict}</td>
      {props.words ? <td class="words">{sentenceOf(f, accounts)}</td> : null}
    </tr>
  );
}

/** Every group of one kind: posts, ratio, interval, p-value before the correction, and the verdict after it. */
export function FindingsTable({
  name,
  findings,
  accounts,
  label = groupOf,
  unit = 'Posts',
  against = '× the rest',
  words = false,
}: {
  /** What the table holds, for its region's name. */
  name: string;
  findings: readonly Finding[];
  accounts: readonly InsightAccount[];
  label?: (f: Finding) => string;
  unit?: string;
  against?: string;
  /** Each row's sentence in a last column (where the sentence says more than the numbers). */
  words?: boolean;
}) {
  return (
    <ScrollTable name={name}>
      <table class="insight-numbers">
        <thead>
          <tr>
            <th scope="col">Group</th>
            <th scope="col" class="num">
              {unit}
            </th>
            <th scope="col" class="num">
              {against}
            </th>
            <th scope="col">95 % interval</th>
            <th scope="col" class="num">
              p (each alone)
            </th>
            <th scope="col">Verdict</th>
            {words ? <th scope="col">In words</th> : null}
          </tr>
        </thead>
        <tbody>
          {findings.map((f) => (
            <FindingRow
              key={`${f.account ?? ''}|${f.family ?? ''}|${f.group}`}
              f={f}
              accounts={accounts}
              label={label}
              words={words}
            />
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

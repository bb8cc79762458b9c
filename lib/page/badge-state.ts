import type { ScoreView } from '@/lib/score/view';

/** What a badge shows: still saving, a score, or why the post can't be read. */
export type BadgeView =
  | { kind: 'pending' }
  | { kind: 'score'; score: ScoreView }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'error'; message: string };

type Level = 'strong-up' | 'up' | 'neutral' | 'down' | 'strong-down';

/** A level, lighter (`early`) for a projection; `muted` while saving or learning. Used as class names. */
export type Tone = Level | `${Level} early` | 'muted' | 'problem';

/** Direction and strength from the score; colour is never the only cue (the text carries ▲/▼ and a word). */
export function toneOf(view: BadgeView): Tone {
  if (view.kind !== 'score') return view.kind === 'pending' ? 'muted' : 'problem';
  const r = view.score.ratio;
  if (r === null) return 'muted'; // learning
  const level: Level =
    r >= 2 ? 'strong-up' : r >= 1.25 ? 'up' : r <= 0.5 ? 'strong-down' : r <= 0.8 ? 'down' : 'neutral';
  return view.score.projected ? `${level} early` : level;
}

/** The badge's words: its line, its accessible name in words (the line, unless given) and its explanation. */
export function badgeText(view: BadgeView): { line: string; label?: string; detail: string } {
  switch (view.kind) {
    case 'pending':
      return { line: 'saving…', label: 'saving', detail: 'Resonance is saving this post’s numbers.' };
    case 'score': {
      const s = view.score;
      return { line: s.line, label: s.spoken, detail: s.chips ? `${s.detail}\n${s.chips}` : s.detail };
    }
    case 'unreadable':
      return {
        line: 'can’t read this post',
        detail: `Resonance can’t read this post’s numbers: ${view.reason}`,
      };
    case 'error':
      return { line: 'not saved', detail: view.message };
  }
}

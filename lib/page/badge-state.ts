import type { ScoreView } from '@/lib/score/view';

/** What a badge shows: still saving, a score, or why the post can't be read. */
export type BadgeView =
  | { kind: 'pending' }
  | { kind: 'score'; score: ScoreView }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'error'; message: string };

/** What is known of a post the page shows, in the order a badge tells it. */
export interface PostState {
  problem?: { reason: string };
  score?: ScoreView;
  /** Why the background refused its last snapshot. */
  refused?: string;
  /** The last error sending, if its snapshot is still waiting to be saved. */
  unsaved?: string | null;
}

/** A post's badge: why it can't be read, its score, why it was not stored or saved yet, else saving. */
export function viewOf(p: PostState): BadgeView {
  if (p.problem) return { kind: 'unreadable', reason: p.problem.reason };
  if (p.score) return { kind: 'score', score: p.score };
  if (p.refused) return { kind: 'error', message: `Not stored: ${p.refused}` };
  if (p.unsaved) return { kind: 'error', message: `Not saved yet: ${p.unsaved}. Resonance keeps trying.` };
  return { kind: 'pending' };
}

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

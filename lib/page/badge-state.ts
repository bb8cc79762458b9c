import type { ScoreView } from '@/lib/score/view';

/** What a badge shows: still saving, a score, or why the post can't be read. */
export type BadgeView =
  | { kind: 'pending' }
  | { kind: 'score'; score: ScoreView }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'error'; message: string };

export type Tone = 'strong-up' | 'up' | 'neutral' | 'down' | 'strong-down' | 'muted' | 'problem';

/** Direction and strength from the score; colour is never the only cue (the text carries ▲/▼ and a word). */
export function toneOf(view: BadgeView): Tone {
  if (view.kind === 'unreadable' || view.kind === 'error') return 'problem';
  if (view.kind === 'pending' || view.score.state === 'learning' || view.score.ratio === null) return 'muted';
  const r = view.score.ratio;
  if (r >= 2) return 'strong-up';
  if (r >= 1.25) return 'up';
  if (r <= 0.5) return 'strong-down';
  if (r <= 0.8) return 'down';
  return 'neutral';
}

export function badgeText(view: BadgeView): { line: string; title: string } {
  switch (view.kind) {
    case 'pending':
      return { line: 'saving…', title: 'Resonance is saving this post’s numbers.' };
    case 'score':
      return {
        line: view.score.line,
        title: [view.score.detail, view.score.chips].filter(Boolean).join('\n'),
      };
    case 'unreadable':
      return {
        line: 'can’t read this post',
        title: `Resonance can’t read this post’s numbers: ${view.reason}`,
      };
    case 'error':
      return { line: 'not saved', title: view.message };
  }
}

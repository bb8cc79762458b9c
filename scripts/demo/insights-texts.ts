// The demo's post texts for the insights (scripts/demo/insights-history.ts): every text different (so only
// the messages posted on purpose on several sites form a family), words drawn at random (so no word goes
// with how a post did), hashtags at fixed shares, and the planted #espresso among them.

const OPENERS = [
  'Fresh roast on the bar:',
  'New this week:',
  'Back by request:',
  'Cupping notes from',
  'Just landed from',
  'On the brew bar today:',
  'Our head roaster picks',
  'Small lot from',
  'Last bags of',
  'Sampling today:',
];
const ORIGINS = [
  'Huila, Colombia',
  'Guji, Ethiopia',
  'Nyeri, Kenya',
  'Cerrado, Brazil',
  'Antigua, Guatemala',
  'Tarrazú, Costa Rica',
  'Kayanza, Burundi',
  'Sidama, Ethiopia',
  'Cajamarca, Peru',
  'Aceh, Sumatra',
  'Chiapas, Mexico',
  'Huehuetenango, Guatemala',
];
const NOTES = [
  'cherry and cacao',
  'jasmine and bergamot',
  'brown sugar and plum',
  'blackcurrant and lime',
  'hazelnut and milk chocolate',
  'peach and honey',
  'red apple and caramel',
  'grapefruit and black tea',
  'fig and molasses',
  'apricot and almond',
  'raspberry and rose',
  'toffee and orange peel',
];
/** Openings that ask the audience something: the posts tagged "question hook" start with one. */
const QUESTIONS = [
  'Filter or pour-over?',
  'Guess the origin?',
  'Who is tasting with us?',
  'Light roast fans?',
  'Which notes do you get?',
  'Ready for Saturday?',
  'Milk or black?',
  'Pour-over people, where are you?',
  'How do you take it?',
  'Seen this one before?',
  'Morning cup or afternoon cup?',
  'Anyone for a tasting flight?',
];
/** Hashtags and the share of posts carrying each; #espresso is the one with a planted effect. */
export const HASHTAGS: [string, number][] = [
  ['#espresso', 0.2],
  ['#decaf', 0.14],
  ['#coldbrew', 0.14],
  ['#latteart', 0.14],
  ['#roastery', 0.14],
];

export type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]) => list[Math.floor(r() * list.length)]!;

/** A text no other post of the demo has: the same words in the same order would make one message. */
export function uniqueText(
  r: Rand,
  seen: Set<string>,
  question: boolean,
): { text: string; hashtags: string[] } {
  for (;;) {
    const hashtags = HASHTAGS.filter(([, share]) => r() < share).map(([h]) => h);
    const body = `${pick(r, OPENERS)} ${pick(r, ORIGINS)}, ${pick(r, NOTES)}.`;
    const text = [question ? pick(r, QUESTIONS) : '', body, hashtags.join(' ')].filter(Boolean).join(' ');
    const key = text.toLowerCase().replace(/[^\p{L}\p{N}#]+/gu, ' ');
    if (seen.has(key)) continue;
    seen.add(key);
    return { text, hashtags };
  }
}

/** Messages the brand posted on several sites on purpose: the same text, a few hours apart. */
export const FAMILIES = [
  {
    text: 'Spring blend is back: Guji, Huila and a touch of Kenya. Pre-orders open Friday!',
    weeksAgo: 5,
    /** × usual of each copy, by site. */
    effects: { x: 2.2, linkedin: 1, bluesky: 0.8 } as Record<string, number>,
  },
  {
    text: 'We planted 1,200 shade trees with our growers this year. Thank you for every cup.',
    weeksAgo: 12,
    effects: { x: 1.2, instagram: 1.9 } as Record<string, number>,
  },
];

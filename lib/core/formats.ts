// The kinds of post the score and the insights tell apart. Adapters map what a site shows onto these.
export const POST_FORMATS = ['text', 'image', 'video', 'carousel', 'reel', 'link', 'poll'] as const;
export type PostFormat = (typeof POST_FORMATS)[number];

export function isPostFormat(x: unknown): x is PostFormat {
  return typeof x === 'string' && (POST_FORMATS as readonly string[]).includes(x);
}

// Unit tables for the parser: per locale (cached), English (the fallback everywhere), and a
// many-locale table for text whose locale is unknown. Built from what count-intl learns.
import { type Learned, type RawUnit, resolveLocale, safeLearn, type UnitsWire } from './intl';

export interface UnitEntry {
  text: string;
  lower: string;
  /** The unit stands for 10^exp. */
  exp: number;
  /** A letter next to the unit on that side means it is part of a longer word. */
  bound: boolean;
  /** ICU writes a space between number and unit; preferred when the text does too. */
  spaced: boolean;
  /** The locale it was learned from: the spacing preference applies within one locale only. */
  source: string;
  /** Separators of the locale the unit came from: lets an unknown-locale text be read in its own style. */
  decimal: string;
  group: string;
}

/** A unit written around the number ("ဋေ ၂.၃ သိန်း", Burmese: lakh crore). */
export interface SplitUnit {
  pre: UnitEntry;
  post: UnitEntry;
  exp: number;
}

export interface UnitTable {
  /** Separators of the locale; '' for the any-locale table (then each unit's own apply). */
  decimal: string;
  group: string;
  /** Suffix units keyed by first character, longest first (exact case, then lower-cased). */
  post: Map<string, UnitEntry[]>;
  postLower: Map<string, UnitEntry[]>;
  /** Prefix units (Swahili "elfu 1.2", Sinhala "ද1.2"), longest first. */
  pre: UnitEntry[];
  split: SplitUnit[];
  /** Bare words that mean one unit ("mille" = 1000 in fr/it long). */
  words: UnitEntry[];
  /** The locale's digits when they are not Unicode Nd (hanidec 〇一二…), else undefined. */
  digits: Map<string, string> | undefined;
}

// Order in which an unknown-locale text is matched: English first (sites show K/M/B everywhere),
// so "B" is billion and "M" million unless the page says otherwise. A list of locales, not units.
const ANY_LOCALE_ORDER = (
  'en en-IN es pt pt-PT fr de it nl ru uk pl cs sk tr sv da nb fi id ms vi th ja zh zh-TW ko hi bn ar fa he ' +
  'el hu ro bg hr sr sl lt lv et ca eu gl sw fil ta te mr ur kn ml gu pa ne si my km lo am ka hy kk az uz mn ' +
  'is af sq mk bs be ps zu'
).split(' ');

// Letters of scripts written without spaces may run straight into the next word ("1.2万次", "1.2만회").
const SPACELESS =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
const LETTER = /[\p{L}\p{M}]/u;

function needsBoundary(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch) && !SPACELESS.test(ch);
}

function entry(text: string, atEnd: boolean, u: RawUnit): UnitEntry {
  // codePointAt on the low half of a surrogate pair yields the surrogate: not a letter, fine.
  const edge = String.fromCodePoint((atEnd ? text.codePointAt(text.length - 1) : text.codePointAt(0)) ?? 0);
  return {
    text,
    lower: text.toLowerCase(),
    exp: u.exp,
    bound: needsBoundary(edge),
    spaced: u.spaced,
    source: u.source,
    decimal: u.decimal,
    group: u.group,
  };
}

function index(entries: UnitEntry[], lower: boolean): Map<string, UnitEntry[]> {
  const map = new Map<string, UnitEntry[]>();
  const seen = new Set<string>();
  for (const e of entries) {
    const key = lower ? e.lower : e.text;
    if (seen.has(`${key}\u0000${e.spaced}`)) continue; // first (higher-priority) meaning wins
    seen.add(`${key}\u0000${e.spaced}`);
    const first = key[0] as string;
    const list = map.get(first) ?? [];
    list.push(e);
    map.set(first, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.text.length - a.text.length);
  return map;
}

function buildTable(raw: RawUnit[], decimal: string, group: string, digits?: Learned['digits']): UnitTable {
  // Real ICU forms before derived ones, each group in priority order (sort is stable).
  const ordered = [...raw].sort((a, b) => Number(a.derived) - Number(b.derived));
  const seen = new Set<string>();
  const post: UnitEntry[] = [];
  const pre: UnitEntry[] = [];
  const split: SplitUnit[] = [];
  const words: UnitEntry[] = [];
  for (const u of ordered) {
    const key = `${u.pre}\u0000${u.post}\u0000${u.spaced}\u0000${u.word}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (u.word) words.push(entry(u.post, true, u));
    else if (u.pre && u.post)
      split.push({ pre: entry(u.pre, false, u), post: entry(u.post, true, u), exp: u.exp });
    else if (u.post) post.push(entry(u.post, true, u));
    else pre.push(entry(u.pre, false, u));
  }
  pre.sort((a, b) => b.text.length - a.text.length);
  split.sort((a, b) => b.pre.text.length + b.post.text.length - (a.pre.text.length + a.post.text.length));
  return {
    decimal,
    group,
    post: index(post, false),
    postLower: index(post, true),
    pre,
    split,
    words,
    digits,
  };
}

const tables = new Map<string, UnitTable | null>();
const TABLES_MAX = 200;

function remember(tag: string, table: UnitTable | null): UnitTable | undefined {
  if (tables.size >= TABLES_MAX) tables.clear();
  tables.set(tag, table);
  return table ?? undefined;
}

/** The unit table of a locale tag, built once and cached; undefined when the tag is unusable. */
export function localeTable(tag: string | undefined): UnitTable | undefined {
  if (!tag) return undefined;
  const hit = tables.get(tag);
  if (hit !== undefined) return hit ?? undefined;
  const locale = resolveLocale(tag);
  const learned = locale ? safeLearn(locale) : undefined;
  return remember(
    tag,
    learned ? buildTable(learned.units, learned.decimal, learned.group, learned.digits) : null,
  );
}

/**
 * Takes the units of `tag` learned elsewhere from the same browser's Intl (the worker, ./intl.ts unitsOf),
 * so this page never learns them: a page's first read spent ~45 ms learning English's, most of it Intl
 * loading its number data. Null: the runtime has no number data for `tag`.
 */
export function adoptUnits(tag: string, wire: UnitsWire | null): void {
  remember(
    tag,
    wire && buildTable(wire.units, wire.decimal, wire.group, wire.digits && new Map(wire.digits)),
  );
}

/** English units, the fallback in every locale: sites print K/M/B in other-language UIs too. */
export function englishTable(): UnitTable {
  return localeTable('en') as UnitTable;
}

let anyTable: UnitTable | undefined;

/** Units of many locales at once, for text whose locale is unknown; earlier locales win conflicts. */
export function anyLocaleTable(): UnitTable {
  if (anyTable) return anyTable;
  const raw: RawUnit[] = [];
  for (const l of ANY_LOCALE_ORDER) {
    const learned = resolveLocale(l) ? safeLearn(l, false) : undefined;
    if (learned) raw.push(...learned.units.filter((u) => !u.word)); // bare words need the page's locale
  }
  anyTable = buildTable(raw, '', '');
  return anyTable;
}

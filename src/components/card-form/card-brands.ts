/**
 * Card brand detection from the number's prefix (IIN/BIN ranges), and each brand's
 * lengths, digit grouping and security-code length.
 *
 * Why our own table instead of calling `credit-card-type` at runtime: that package is
 * CommonJS only and a module-level mutable singleton. A CommonJS module cannot be
 * imported by the browser as an ES module (the test runner and no-bundler
 * `<script type="module">` users would break), and adding RuPay with `addCard` would
 * mutate state that any other library on the page may share. The ranges below are
 * therefore credit-card-type 10.3.0's (MIT, braintree/credit-card-type), mapped to our
 * `CardBrand` names, with RuPay added and the overlaps RuPay creates resolved.
 * Brands we do not name (Troy, Naranja, Verve) are left out: their numbers fall back
 * to the wider brand that contains them (Discover, Maestro, Visa, Mastercard).
 */
import type { CardBrand } from '../../core/types.js';
import { CARD_BRANDS } from '../../core/types.js';

export interface BrandRules {
  brand: CardBrand;
  /** Valid total lengths, ascending. */
  lengths: number[];
  /** Digit indexes before which a space goes, for the brand's shortest length. */
  gaps: number[];
  cvvLength: number;
}

/** A prefix (`4`) or an inclusive range of same-length prefixes (`[51, 55]`). */
type Pattern = number | readonly [number, number];

interface BrandEntry extends BrandRules {
  patterns: readonly Pattern[];
}

const GAPS_16 = [4, 8, 12];
/** 17–19 digit numbers read best as 4-4-4-4-3, as card schemes print them. */
const GAPS_19 = [4, 8, 12, 16];
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Rules used while no brand is known: the ISO/IEC 7812 length span. */
export const DEFAULT_RULES: Readonly<Omit<BrandRules, 'brand'> & { brand: null }> = Object.freeze({
  brand: null,
  lengths: range(12, 19),
  gaps: GAPS_16,
  cvvLength: 3,
});

const BRANDS: Record<CardBrand, BrandEntry> = {
  visa: { brand: 'visa', patterns: [4], lengths: [16, 18, 19], gaps: GAPS_16, cvvLength: 3 },
  mastercard: {
    brand: 'mastercard',
    patterns: [[51, 55], [2221, 2229], [223, 229], [23, 26], [270, 271], 2720],
    lengths: [16],
    gaps: GAPS_16,
    cvvLength: 3,
  },
  amex: { brand: 'amex', patterns: [34, 37], lengths: [15], gaps: [4, 10], cvvLength: 4 },
  diners: { brand: 'diners', patterns: [[300, 305], 36, 38, 39], lengths: [14, 16, 19], gaps: [4, 10], cvvLength: 3 },
  discover: { brand: 'discover', patterns: [6011, [644, 649], 65], lengths: [16, 19], gaps: GAPS_16, cvvLength: 3 },
  jcb: { brand: 'jcb', patterns: [2131, 1800, [3528, 3589]], lengths: range(16, 19), gaps: GAPS_16, cvvLength: 3 },
  unionpay: {
    brand: 'unionpay',
    patterns: [
      620, [62100, 62182], [62184, 62187], [62185, 62197], [62200, 62205], [622010, 622999], 622018,
      [62207, 62209], [623, 626], 6270, 6272, 6276, [627700, 627779], [627781, 627799], [6282, 6289],
      6291, 6292, 810, [8110, 8131], [8132, 8151], [8152, 8163], [8164, 8171],
    ],
    lengths: range(14, 19),
    gaps: GAPS_16,
    cvvLength: 3,
  },
  maestro: {
    brand: 'maestro',
    // 508500–508999 is carved out for RuPay (credit-card-type gives Maestro up to 508999).
    // The bare `6` is a catch-all: any more specific 6-prefix wins over it.
    patterns: [493698, [500000, 504174], [504176, 506698], [506779, 508499], [56, 59], 63, 67, 6],
    lengths: range(12, 19),
    gaps: GAPS_16,
    cvvLength: 3,
  },
  rupay: {
    brand: 'rupay',
    // NPCI's domestic ranges as used by Indian gateways, kept 6 digits long so that
    // Discover (6011, 65) and UnionPay (81) numbers outside them stay theirs. The
    // co-badged RuPay-JCB 353/356 ranges stay JCB: the JCB rules apply to them.
    patterns: [
      [508500, 508999], [606985, 606999], [607000, 607984], [608001, 608500],
      [652150, 652999], [653000, 653149], [817200, 819999], [820000, 820199],
    ],
    lengths: [16],
    gaps: GAPS_16,
    cvvLength: 3,
  },
  mir: { brand: 'mir', patterns: [[2200, 2204]], lengths: range(16, 19), gaps: GAPS_16, cvvLength: 3 },
  elo: {
    brand: 'elo',
    patterns: [
      401178, 401179, 438935, 457631, 457632, 431274, 451416, 457393, 504175, [506699, 506778],
      [509000, 509999], 627780, 636297, 636368, [650031, 650033], [650035, 650051], [650405, 650439],
      [650485, 650538], [650541, 650598], [650700, 650718], [650720, 650727], [650901, 650978],
      [651652, 651679], [655000, 655019], [655021, 655058],
    ],
    lengths: [16],
    gaps: GAPS_16,
    cvvLength: 3,
  },
  hipercard: {
    brand: 'hipercard',
    // credit-card-type's `hipercard` plus its `hiper` (same issuer family, same rules).
    patterns: [606282, 637095, 63737423, 63743358, 637568, 637599, 637609, 637612],
    lengths: [16],
    gaps: GAPS_16,
    cvvLength: 3,
  },
};

/**
 * How well `digits` matches one pattern: -1 no match, 0 the digits are a prefix of the
 * pattern (still possible, not decided), n>0 the whole n-digit pattern matched.
 */
function patternStrength(digits: string, pattern: Pattern): number {
  const [min, max] = typeof pattern === 'number' ? [String(pattern), String(pattern)] : pattern.map(String);
  // Compare only as many digits as both sides have; same-length digit strings compare
  // correctly as strings.
  const n = Math.min(digits.length, min.length);
  const head = digits.slice(0, n);
  if (head < min.slice(0, n) || head > max.slice(0, n)) return -1;
  return digits.length >= min.length ? min.length : 0;
}

/** Best strength of a brand for these digits (-1: impossible). */
function brandStrength(digits: string, entry: BrandEntry): number {
  return Math.max(...entry.patterns.map((p) => patternStrength(digits, p)));
}

/** Brands still possible for this prefix, in `CARD_BRANDS` order (all of them for ''). */
export function brandCandidates(digits: string): CardBrand[] {
  if (!/^\d*$/.test(digits)) return [];
  return CARD_BRANDS.filter((b) => brandStrength(digits, BRANDS[b]) >= 0);
}

/**
 * The brand, as soon as the prefix decides it: a single candidate, or — when every
 * candidate has fully matched one of its patterns — the one whose matched pattern is
 * strictly the longest (most specific: Elo's 636297 beats Maestro's 63). Otherwise
 * null: a longer prefix may still change the answer.
 */
export function detectBrand(digits: string): CardBrand | null {
  if (!/^\d*$/.test(digits) || digits === '') return null;
  const scored = CARD_BRANDS.map((b) => ({ b, s: brandStrength(digits, BRANDS[b]) })).filter((x) => x.s >= 0);
  if (scored.length === 1) return scored[0]!.b;
  if (scored.length === 0 || scored.some((x) => x.s === 0)) return null;
  scored.sort((x, y) => y.s - x.s);
  return scored[0]!.s > scored[1]!.s ? scored[0]!.b : null;
}

/** The rules of one brand (a copy: callers may not mutate the table). */
export function brandRules(brand: CardBrand): BrandRules {
  const { patterns: _patterns, ...rules } = BRANDS[brand];
  return { ...rules, lengths: [...rules.lengths], gaps: [...rules.gaps] };
}

/** Longest valid length for a brand, or for whatever the prefix still allows. */
export function maxLength(digits: string, brand: CardBrand | null = detectBrand(digits)): number {
  if (brand) return Math.max(...BRANDS[brand].lengths);
  const candidates = brandCandidates(digits);
  if (candidates.length === 0) return Math.max(...DEFAULT_RULES.lengths);
  return Math.max(...candidates.flatMap((b) => BRANDS[b].lengths));
}

/** Valid lengths for a known brand, or the union over the brands still possible. */
export function possibleLengths(digits: string, brand: CardBrand | null = detectBrand(digits)): number[] {
  if (brand) return [...BRANDS[brand].lengths];
  const candidates = brandCandidates(digits);
  if (candidates.length === 0) return [...DEFAULT_RULES.lengths];
  return [...new Set(candidates.flatMap((b) => BRANDS[b].lengths))].sort((a, b) => a - b);
}

/**
 * Where spaces go for `count` digits. A brand's own gaps hold up to its shortest
 * length (Amex 4-6-5, Diners 4-6-4); a longer number of a brand that allows one is
 * grouped 4-4-4-4, and 17–19 digits 4-4-4-4-3.
 */
export function gapsFor(rules: Pick<BrandRules, 'lengths' | 'gaps'>, count: number): number[] {
  if (count <= rules.lengths[0]!) return [...rules.gaps];
  return count <= 16 ? [...GAPS_16] : [...GAPS_19];
}

/** Security-code length to allow: the brand's, or 4 while the brand is unknown. */
export function cvvMaxLength(brand: CardBrand | null): number {
  return brand ? BRANDS[brand].cvvLength : 4;
}

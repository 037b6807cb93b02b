/**
 * Amounts as a shopper types them in their own language: `12,50` in Italian, `12.50` in
 * English, `1 234,50` in French, `12,34,567.50` in Indian English. The separators and group
 * sizes come from `Intl.NumberFormat#formatToParts`, so every locale Intl knows is read by its
 * own rules; nothing here rewrites what the shopper typed, it only reads it (exactly: digits
 * are joined as text, never multiplied as floats).
 */

/** How a locale writes numbers. */
export interface NumberSymbols {
  decimal: string;
  group: string;
  /** Digits in the last group before the decimal separator (3 almost everywhere). */
  primaryGroup: number;
  /** Digits in the groups before it (2 in Indian English, else 3). */
  secondaryGroup: number;
  /** The locale's own digits 0–9 when they are not ASCII (Arabic-Indic, Devanagari…). */
  digits: string[];
}

export type AmountReadError = 'required' | 'invalid' | 'negative' | 'decimals';

/**
 * What a typed amount says: minor units, or why it can't be read. `typing` errors already
 * show while the shopper types (nothing typed after them can make the text valid); the
 * others wait until the field is left or the form submitted.
 */
export type AmountReading = { amount: number } | { error: AmountReadError; typing: boolean };

const symbolsByLocale = new Map<string, NumberSymbols>();

/** The locale's separators, group sizes and digits (cached per locale). */
export function numberSymbols(locale: string): NumberSymbols {
  let symbols = symbolsByLocale.get(locale);
  if (symbols) return symbols;
  const format = new Intl.NumberFormat(locale, { useGrouping: true });
  const parts = format.formatToParts(1234567.5);
  const integers = parts.filter((part) => part.type === 'integer').map((part) => part.value.length);
  symbols = {
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
    primaryGroup: integers.at(-1) ?? 3,
    secondaryGroup: integers.length > 2 ? integers.at(-2)! : (integers.at(-1) ?? 3),
    digits: [...Array(10).keys()].map((digit) => format.format(digit)),
  };
  symbolsByLocale.set(locale, symbols);
  return symbols;
}

/** Spaces a shopper may type for a space-like group separator (French, Swedish use U+202F / U+00A0). */
const SPACES = /[\s\u00a0\u202f]/g;
/** Apostrophes a shopper may type for Swiss German's ’ group separator. */
const APOSTROPHES = /['\u2019\u02bc]/g;

/** ASCII digits for the locale's own digits and full-width ones, everything else left as it is. */
function asciiDigits(text: string, symbols: NumberSymbols): string {
  return text.replace(/[\uff10-\uff19]/g, (d) => String(d.charCodeAt(0) - 0xff10))
    .replace(/\D/g, (char) => {
      const digit = symbols.digits.indexOf(char);
      return digit >= 0 ? String(digit) : char;
    });
}

/** Writes group separators as `G` and the decimal separator as `D`, whichever spelling the shopper used. */
function markSeparators(text: string, symbols: NumberSymbols): string {
  let marked = '';
  for (const char of text) {
    if (char === symbols.decimal) marked += 'D';
    else if (char === symbols.group) marked += 'G';
    else marked += char;
  }
  if (/^[\s\u00a0\u202f]$/.test(symbols.group)) marked = marked.replace(SPACES, 'G');
  if (/^['\u2019]$/.test(symbols.group)) marked = marked.replace(APOSTROPHES, 'G');
  return marked;
}

/** True when grouped integer digits (`1G234G567`) follow the locale's group sizes. */
function groupedCorrectly(integer: string, symbols: NumberSymbols): boolean {
  const groups = integer.split('G');
  if (groups.length === 1) return true;
  const first = groups[0]!;
  const last = groups.at(-1)!;
  const middle = groups.slice(1, -1);
  return first.length >= 1 && first.length <= symbols.secondaryGroup
    && middle.every((group) => group.length === symbols.secondaryGroup)
    && last.length === symbols.primaryGroup;
}

/** Reads an amount typed in `symbols`' locale into minor units of a currency with `exponent` decimals. */
export function readLocaleAmount(text: string, symbols: NumberSymbols, exponent: number): AmountReading {
  const trimmed = asciiDigits(text.trim(), symbols);
  if (!trimmed) return { error: 'required', typing: false };
  const negative = /^[-\u2212]/.test(trimmed);
  const marked = markSeparators(negative ? trimmed.slice(1).trimStart() : trimmed, symbols);
  // Letters, symbols, a second decimal separator, a group after the decimal one: no typing repairs these.
  const match = /^([\dG]*)(?:D(\d*))?$/.exec(marked);
  if (!match) return { error: 'invalid', typing: true };
  if (negative) return { error: 'negative', typing: true };
  const [, integer = '', fraction = ''] = match;
  if (fraction.length > exponent) return { error: 'decimals', typing: true };
  // "1.23" in Italian may still become "1.234"; a bare separator may still get its digits.
  if (!/\d/.test(integer + fraction) || /^G|GG|G$/.test(integer) || !groupedCorrectly(integer, symbols)) {
    // Once the decimal separator is typed, the whole part can no longer be regrouped.
    return { error: 'invalid', typing: marked.includes('D') && /\d/.test(integer) };
  }
  return { amount: Number(integer.replace(/G/g, '') + fraction.padEnd(exponent, '0')) };
}

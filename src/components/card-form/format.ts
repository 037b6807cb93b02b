/**
 * Input formatting for the card fields, with the caret kept where the user expects it.
 *
 * Every formatter works the same way: count the digits before the caret in the raw
 * input, rebuild the value from the digits alone, and put the caret back after the
 * same number of digits. Separators are never "content", so pasting
 * '4111 1111-1111 1111' or editing in the middle of a number cannot shift the caret.
 */
import type { CardBrand } from '../../core/types.js';
import { DEFAULT_RULES, brandRules, detectBrand, gapsFor, maxLength } from './card-brands.js';

export interface Formatted {
  value: string;
  caret: number;
}

type Formatter = (raw: string, caret: number) => Formatted;

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';

/** Full-width digits ('４２', from a CJK IME or keyboard) as ASCII; one character each, so carets keep their place. */
export function asciiDigits(raw: string): string {
  return raw.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}

/** Keeps the ASCII digits of `raw`, at most `max` of them (CVC, and the others' first step). */
export function digitsOnly(raw: string, max: number = Infinity): string {
  return raw.replace(/\D+/g, '').slice(0, Math.max(0, max));
}

/** How many digits precede `caret` in `raw` (the caret clamped into the string). */
function digitsBefore(raw: string, caret: number): number {
  return digitsOnly(raw.slice(0, Math.max(0, caret))).length;
}

/**
 * Index just after the `count`-th digit of `value`; 0 for no digit, and the end of
 * the value once every digit is passed (so a trailing ' / ' is skipped over).
 */
function caretAfterDigits(value: string, count: number): number {
  if (count <= 0) return 0;
  let seen = 0;
  for (let i = 0; i < value.length; i++) {
    if (isDigit(value[i]) && ++seen === count) {
      // Past the last digit: the caret belongs at the very end.
      return seen === digitsOnly(value).length ? value.length : i + 1;
    }
  }
  return value.length;
}

/** Inserts one space before each gap index that falls inside `digits`. */
function group(digits: string, gaps: readonly number[]): string {
  let out = '';
  let from = 0;
  for (const gap of gaps) {
    if (gap >= digits.length) break;
    out += digits.slice(from, gap) + ' ';
    from = gap;
  }
  return out + digits.slice(from);
}

/**
 * Formats a card number as the brand groups it (Visa 4-4-4-4, Amex 4-6-5, Diners
 * 4-6-4, 19 digits 4-4-4-4-3), capped at the brand's longest length (19 while unknown).
 */
export function formatCardNumber(raw: string, caret: number): Formatted & { digits: string; brand: CardBrand | null } {
  const all = digitsOnly(raw);
  const digits = all.slice(0, maxLength(all));
  const brand = detectBrand(digits);
  const rules = brand ? brandRules(brand) : DEFAULT_RULES;
  const value = group(digits, gapsFor(rules, digits.length));
  const count = Math.min(digitsBefore(raw, caret), digits.length);
  return { value, caret: caretAfterDigits(value, count), digits, brand };
}

/** Removes `value[from, to)` and reformats with the caret at `from`. */
function removeRange(value: string, from: number, to: number, format: Formatter): Formatted {
  return format(value.slice(0, from) + value.slice(to), from);
}

/** Orders and clamps a selection so that callers may pass it straight from the input. */
function selection(value: string, a: number, b: number): [number, number] {
  const clamp = (n: number): number => Math.min(Math.max(0, n), value.length);
  return [Math.min(clamp(a), clamp(b)), Math.max(clamp(a), clamp(b))];
}

/**
 * Backspace. A selection is deleted; otherwise the digit before the caret goes —
 * skipping any separators in between, so Backspace right after a space (or after
 * '12 / ') deletes a digit instead of a space the formatter would put straight back.
 */
export function deleteBackward(value: string, selectionStart: number, selectionEnd: number, format: Formatter): Formatted {
  const [start, end] = selection(value, selectionStart, selectionEnd);
  if (start !== end) return removeRange(value, start, end, format);
  let i = start - 1;
  while (i >= 0 && !isDigit(value[i])) i--;
  if (i < 0) return format(value, start);
  return removeRange(value, i, i + 1, format);
}

/** Delete key: as Backspace, towards the end; the caret stays before what follows. */
export function deleteForward(value: string, selectionStart: number, selectionEnd: number, format: Formatter): Formatted {
  const [start, end] = selection(value, selectionStart, selectionEnd);
  if (start !== end) return removeRange(value, start, end, format);
  let i = start;
  while (i < value.length && !isDigit(value[i])) i++;
  if (i >= value.length) return format(value, start);
  return format(value.slice(0, i) + value.slice(i + 1), start);
}

const EXPIRY_SEPARATOR = ' / ';

/** Month and year digits read from raw input, and how the caret's digit count shifts. */
interface ExpiryDigits {
  month: string;
  year: string;
  /** Maps "digits of raw before the caret" to "digits of the result before the caret". */
  mapCount: (count: number) => number;
}

/**
 * Reads an input that has the month and year as separate digit groups ('12/25',
 * ' 1 / 25', '12 / 2025', a typed '1/'). Null when the groups do not read that way
 * and the digits should simply flow into MMYY.
 */
function expiryFromGroups(raw: string): ExpiryDigits | null {
  const groups = raw.match(/\d+/g) ?? [];
  const first = groups[0];
  if (first === undefined) return null;
  const rest = groups.slice(1).join('');
  const afterFirst = raw.slice(raw.indexOf(first) + first.length);
  // '1 / ' (left by Backspace over '12 / ') must read as '1'; a typed '1/' as '01'.
  const slashTyped = /^\//.test(afterFirst);
  // ('0' is left alone: '00' is never what was meant.)
  if (first.length === 1 && first !== '0' && (rest !== '' || slashTyped)) {
    return { month: '0' + first, year: expiryYear(rest), mapCount: (n) => yearCount(n >= 1 ? n + 1 : n, rest) };
  }
  if (first.length === 3 && first.startsWith('0') && rest !== '') {
    // A digit typed after an automatic leading zero ('01' + '1' → '11').
    return { month: first.slice(1), year: expiryYear(rest), mapCount: (n) => yearCount(Math.max(0, n - 1), rest) };
  }
  if (first.length === 2 && rest !== '') {
    return { month: first, year: expiryYear(rest), mapCount: (n) => yearCount(n, rest) };
  }
  return null;
}

/** Two year digits from a year group: '2025' → '25', '2' → '2'. */
function expiryYear(group: string): string {
  return group.length >= 4 && group.startsWith('20') ? group.slice(2, 4) : group.slice(0, 2);
}

/**
 * Caret digit count once the year group is shortened: `n` counts the two month digits
 * then the raw year group's digits ('2025' keeps only '25').
 */
function yearCount(n: number, rawYear: string): number {
  const month = Math.min(n, 2);
  const inYear = Math.max(0, n - 2);
  const dropped = rawYear.length >= 4 && rawYear.startsWith('20') ? 2 : 0;
  return month + Math.min(2, Math.max(0, inYear - dropped));
}

/** Digits that flow straight into MMYY ('1225', '122025', '5' → '05'). */
function expiryFromDigits(raw: string): ExpiryDigits {
  let digits = digitsOnly(raw);
  // A pasted MMYYYY ('122025') keeps the short year.
  if (digits.length === 6 && digits.slice(2, 4) === '20') digits = digits.slice(0, 2) + digits.slice(4);
  digits = digits.slice(0, 4);
  // No month starts with 2–9: the user meant 02–09.
  if (digits !== '' && digits[0]! >= '2') {
    return { month: '0' + digits[0], year: digits.slice(1, 3), mapCount: (n) => (n >= 1 ? n + 1 : n) };
  }
  return { month: digits.slice(0, 2), year: digits.slice(2, 4), mapCount: (n) => n };
}

/**
 * Formats an expiry date as 'MM / YY'. The separator appears as soon as the month is
 * complete ('12' → '12 / ') so the next digit goes to the year; a first digit of 2–9
 * gets its leading zero; a pasted four-digit year is shortened ('12 / 2025' → '12 / 25').
 */
export function formatExpiry(raw: string, caret: number): Formatted & { month: string; year: string } {
  const { month, year, mapCount } = expiryFromGroups(raw) ?? expiryFromDigits(raw);
  const value = month.length < 2 ? month : month + EXPIRY_SEPARATOR + year;
  const count = Math.min(mapCount(digitsBefore(raw, caret)), month.length + year.length);
  return { value, caret: caretAfterDigits(value, count), month, year };
}

/**
 * Field validation for the card form. Each validator returns an error code (never the
 * value) or null. `final` is false while the user is still typing: then only what can
 * no longer become valid is reported, so a plausible prefix never shows an error.
 */
import type { CardBrand, CardFieldError, GlomoCard } from '../../core/types.js';
import { brandCandidates, cvvMaxLength, detectBrand, possibleLengths } from './card-brands.js';
import { digitsOnly, formatExpiry } from './format.js';
import { luhnValid } from './luhn.js';

export interface ExpiryParts {
  month: number;
  /** Full year, e.g. 2027. */
  year: number;
}

/** A card's expiry may be at most this far ahead (issuers use 3–10 years). */
const MAX_YEARS_AHEAD = 20;

/** Card number, digits only. */
export function validateNumber(digits: string, accepted: readonly CardBrand[] | null, final: boolean): CardFieldError | null {
  if (digits === '') return final ? 'required' : null;
  if (!/^\d+$/.test(digits) || digits.length > 19) return 'invalid';
  const brand = detectBrand(digits);
  const candidates = brandCandidates(digits);
  // Say so as soon as the prefix rules the card out: no point typing 12 more digits.
  if (accepted && (brand ? !accepted.includes(brand) : candidates.length > 0 && !candidates.some((b) => accepted.includes(b)))) {
    return 'brand_not_accepted';
  }
  const lengths = possibleLengths(digits, brand);
  if (candidates.length === 0) {
    // No scheme we name issues this prefix (Troy 9792…, a new BIN range). A merchant who
    // restricts brands can't take it; otherwise any Luhn-valid 12–19 digit number is a card.
    if (accepted) return final || digits.length >= lengths[0]! ? 'unknown_brand' : null;
  }
  const max = lengths[lengths.length - 1]!;
  if (digits.length > max) return 'invalid';
  if (!lengths.includes(digits.length)) return final ? 'incomplete' : null;
  // A full-length number may still grow into a longer valid one (Visa 16 → 19), so
  // while typing, a Luhn failure only counts once no more digits can come.
  if (!luhnValid(digits)) return final || digits.length === max ? 'luhn' : null;
  return null;
}

/** 'MM / YY' (or anything `formatExpiry` reads) → month and full year, when complete and a real month. */
export function parseExpiry(value: string): ExpiryParts | null {
  const { month, year } = formatExpiry(value, 0);
  if (month.length !== 2 || year.length !== 2) return null;
  const m = Number(month);
  if (m < 1 || m > 12) return null;
  // Two-digit years are this century's: cards are valid for ~10 years, not 80.
  return { month: m, year: 2000 + Number(year) };
}

/** Months since year 0, to compare (year, month) pairs with one subtraction. */
const monthIndex = (year: number, month: number): number => year * 12 + (month - 1);

/**
 * Expiry 'MM / YY'. A card is valid through the last day of its expiry month, so the
 * current month is still fine. `now` is the caller's clock (local time, like the card).
 */
export function validateExpiry(value: string, now: Date, final: boolean): CardFieldError | null {
  const { month, year } = formatExpiry(value, 0);
  if (month === '') return final ? 'required' : null;
  if (month.length === 2 && (Number(month) < 1 || Number(month) > 12)) return 'invalid_month';
  if (month.length < 2 || year.length < 2) return final ? 'incomplete' : null;
  const parts = parseExpiry(value)!;
  const ahead = monthIndex(parts.year, parts.month) - monthIndex(now.getFullYear(), now.getMonth() + 1);
  if (ahead < 0) return 'expired';
  if (ahead > MAX_YEARS_AHEAD * 12) return 'too_far';
  return null;
}

/**
 * Security code: 4 digits for Amex, 3 for the others. While the brand is unknown both
 * 3 and 4 digits are accepted — the number decides later.
 */
export function validateCvv(cvv: string, brand: CardBrand | null, final: boolean): CardFieldError | null {
  if (cvv === '') return final ? 'required' : null;
  if (!/^\d+$/.test(cvv)) return 'invalid';
  const min = brand ? cvvMaxLength(brand) : 3;
  if (cvv.length > cvvMaxLength(brand)) return 'invalid';
  if (cvv.length < min) return final ? 'incomplete' : null;
  return null;
}

/**
 * Name on card. Digits are refused at once: a card number pasted into the name field
 * must never travel as a name. A name without any letter is refused when final.
 */
export function validateHolderName(name: string, final: boolean): CardFieldError | null {
  const trimmed = name.trim();
  if (trimmed === '') return final ? 'required' : null;
  if (/\p{N}/u.test(trimmed) || /\p{Cc}/u.test(trimmed)) return 'invalid';
  if (final && !/\p{L}/u.test(trimmed)) return 'invalid';
  return null;
}

/** Holder name as sent: trimmed, inner whitespace collapsed to single spaces. */
export function normalizeHolderName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/**
 * The Glomo server-to-server `card` object: digits only, month '01'–'12', four-digit
 * year. Throws RangeError on an unreadable expiry — validate the fields first.
 */
export function toGlomoCard(input: { number: string; expiry: string; cvv: string; holderName: string }): GlomoCard {
  const expiry = parseExpiry(input.expiry);
  if (!expiry) throw new RangeError('toGlomoCard: expiry is not a complete MM / YY date');
  return {
    holder_name: normalizeHolderName(input.holderName),
    number: digitsOnly(input.number),
    expiry_month: String(expiry.month).padStart(2, '0'),
    expiry_year: String(expiry.year),
    cvv: digitsOnly(input.cvv),
  };
}

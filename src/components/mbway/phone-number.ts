/**
 * The Portuguese mobile number MB WAY needs, read from whatever the shopper typed: the number
 * alone (`912 345 678`), or with the country prefix (`+351 912 345 678`, `00351 912345678`,
 * `351912345678`); spaces, dots, dashes and brackets are separators. The result is SIBS's
 * `customerPhone` form, `351#9XXXXXXXX`. Pure functions: no DOM.
 */

/** Why a typed number is not usable (codes, never the number). */
export type PhoneError = 'required' | 'invalid_characters' | 'country' | 'not_mobile' | 'too_short' | 'too_long';

export type PhoneReading =
  | { ok: true; /** `351#9XXXXXXXX`. */ customerPhone: string; /** The nine national digits. */ national: string }
  | { ok: false; error: PhoneError; /** True when more typing can't fix it (shown while typing). */ final: boolean };

/** Portugal's country calling code. */
export const PORTUGAL_CODE = '351';
const NATIONAL_LENGTH = 9;
const SEPARATORS = /[\s.\-()/]/g;

/** The digits after an international prefix (`+`, `00`), or null when there is none. */
function afterInternationalPrefix(compact: string): string | null {
  if (compact.startsWith('+')) return compact.slice(1);
  if (compact.startsWith('00')) return compact.slice(2);
  return null;
}

/** The national part of a number, or an error. */
function nationalPart(compact: string): { national: string } | { error: PhoneError } {
  const international = afterInternationalPrefix(compact);
  if (international !== null) {
    // An international number must be Portugal's: while fewer digits are typed, it may still become +351.
    if (!PORTUGAL_CODE.startsWith(international.slice(0, 3))) return { error: 'country' };
    return { national: international.slice(3) };
  }
  // No mobile number starts with 3: a leading 3, 35, 351… is the country code typed without + or 00.
  if (PORTUGAL_CODE.startsWith(compact.slice(0, 3))) return { national: compact.slice(3) };
  // A lone 0 may be the start of 00.
  if (compact === '0') return { national: '' };
  return { national: compact };
}

/** Reads what the shopper typed. */
export function readPhoneNumber(typed: string): PhoneReading {
  const compact = typed.replace(SEPARATORS, '');
  if (compact === '') return { ok: false, error: 'required', final: false };
  // A `+` only at the start; everything else digits.
  if (!/^\+?\d*$/.test(compact)) return { ok: false, error: 'invalid_characters', final: true };
  const part = nationalPart(compact);
  if ('error' in part) return { ok: false, error: part.error, final: true };
  const { national } = part;
  if (national !== '' && !national.startsWith('9')) return { ok: false, error: 'not_mobile', final: true };
  if (national.length > NATIONAL_LENGTH) return { ok: false, error: 'too_long', final: true };
  if (national.length < NATIONAL_LENGTH) return { ok: false, error: 'too_short', final: false };
  return { ok: true, customerPhone: `${PORTUGAL_CODE}#${national}`, national };
}

/** `912345678` → `912 345 678`, as Portuguese numbers are written. */
export function groupNational(national: string): string {
  return national.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3');
}

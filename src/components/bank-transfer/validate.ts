/**
 * The checks of `<pay-bank-transfer>`'s two fields, pure and DOM-free. An account number that
 * starts like an IBAN (two letters, two digits) is checked as one — its country's length and
 * format, and mod-97 (./iban.ts); any other account number is 6–34 letters and digits.
 */
import { ibanLength, ibanProblem } from './iban.js';

export type AccountError =
  | 'required' | 'invalid_characters' | 'too_short' | 'too_long'
  | 'iban_country' | 'iban_length' | 'iban_format' | 'iban_checksum';

export type ReferenceError = 'required' | 'invalid_characters' | 'too_short' | 'too_long';

/** What an IBAN-shaped account number says about itself: the messages name the country and lengths. */
export interface IbanFacts {
  country: string;
  /** Characters an IBAN of that country has, or null for a code that has no IBANs. */
  length: number | null;
  actual: number;
}

/** The sender's account as it will be handed out: spaces removed, an IBAN in upper case. */
export interface NormalisedAccount {
  value: string;
  iban: IbanFacts | null;
}

const IBAN_START = /^[A-Za-z]{2}\d{2}/;
const ACCOUNT_CHARACTERS = /^[A-Za-z0-9]*$/;
const REFERENCE_CHARACTERS = /^[A-Za-z0-9/-]*$/;
export const ACCOUNT_MIN = 6;
export const ACCOUNT_MAX = 34;
export const REFERENCE_MIN = 6;
export const REFERENCE_MAX = 35;

/** Removes every kind of space (a pasted IBAN is printed in groups of four), upper-cases an IBAN. */
export function normaliseAccount(raw: string): NormalisedAccount {
  const compact = raw.replace(/\s+/g, '');
  if (!IBAN_START.test(compact)) return { value: compact, iban: null };
  const value = compact.toUpperCase();
  const country = value.slice(0, 2);
  return { value, iban: { country, length: ibanLength(country), actual: value.length } };
}

/**
 * The account's error, or null. `final` judges the value as submitted; otherwise only what
 * typing more can't fix shows (a character that can't be there, too many characters).
 */
export function validateAccount({ value, iban }: NormalisedAccount, final: boolean): AccountError | null {
  if (!value) return final ? 'required' : null;
  if (!ACCOUNT_CHARACTERS.test(value)) return 'invalid_characters';
  if (iban) {
    if (iban.length === null) return 'iban_country';
    if (iban.actual > iban.length) return 'iban_length';
    if (!final) return null;
    const problem = ibanProblem(value);
    return problem && `iban_${problem}`;
  }
  if (value.length > ACCOUNT_MAX) return 'too_long';
  return final && value.length < ACCOUNT_MIN ? 'too_short' : null;
}

/** The reference as handed out: trimmed. */
export const normaliseReference = (raw: string): string => raw.trim();

/** The reference's error, or null (`final` as for `validateAccount`). */
export function validateReference(reference: string, final: boolean): ReferenceError | null {
  if (!reference) return final ? 'required' : null;
  if (!REFERENCE_CHARACTERS.test(reference)) return 'invalid_characters';
  if (reference.length > REFERENCE_MAX) return 'too_long';
  return final && reference.length < REFERENCE_MIN ? 'too_short' : null;
}

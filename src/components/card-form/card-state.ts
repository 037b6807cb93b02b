/**
 * Everything `<pay-card-form>` shows and reports, derived from what the fields hold by one
 * pure function: no DOM, no clock of its own, callable from tests. The element derives it
 * once per change and reads it everywhere (render, validity, events).
 */
import type { CardBrand, CardField, CardFieldError, GlomoCard } from '../../core/types.js';
import { cvvMaxLength, detectBrand } from './card-brands.js';
import { digitsOnly } from './format.js';
import { toGlomoCard, validateCvv, validateExpiry, validateHolderName, validateNumber } from './validate.js';

/** The fields in tab order: the first invalid one in this order gets focus on submit. */
export const CARD_FIELDS: readonly CardField[] = ['number', 'expiry', 'cvv', 'holderName'];

export type CardValues = Record<CardField, string>;
export type CardFieldErrors = Partial<Record<CardField, CardFieldError>>;

export const emptyCardValues = (): CardValues => ({ number: '', expiry: '', cvv: '', holderName: '' });

export interface CardInputs {
  /** What each field holds, as displayed (formatted). */
  values: CardValues;
  /** Brands accepted, or null for every brand (and numbers of brands we don't name). */
  accepted: readonly CardBrand[] | null;
  /** False when the name-on-card field is hidden. */
  holderName: boolean;
  /** Fields showing their final errors (left after an edit, or all after a submit). */
  showing: ReadonlySet<CardField>;
  /** The shopper's clock: expiry is judged in local time, like the card. */
  now: Date;
}

export interface CardState {
  digits: string;
  /** The detected brand, or null while the prefix doesn't decide one (or for a brand we don't name). */
  brand: CardBrand | null;
  /** Digits the security code takes: the brand's, or up to 4 while unknown. */
  cvvLength: number;
  /** Final errors: what stops the card being submitted. */
  errors: CardFieldErrors;
  /** Errors showing now: final ones for fields showing them, typing ones (a plausible prefix is fine) for the rest. */
  visible: CardFieldErrors;
  complete: boolean;
  /** The first six digits once six are typed (PCI DSS allows first six and last four), else null. */
  bin: string | null;
  /** The Glomo S2S `card` object, once complete. */
  card: GlomoCard | null;
  last4: string;
}

function fieldErrors(inputs: CardInputs, digits: string, brand: CardBrand | null, final: boolean): CardFieldErrors {
  const { values } = inputs;
  const errors: CardFieldErrors = {};
  const found: [CardField, CardFieldError | null][] = [
    ['number', validateNumber(digits, inputs.accepted, final)],
    ['expiry', validateExpiry(values.expiry, inputs.now, final)],
    ['cvv', validateCvv(values.cvv, brand, final)],
    ['holderName', inputs.holderName ? validateHolderName(values.holderName, final) : null],
  ];
  for (const [field, code] of found) if (code) errors[field] = code;
  return errors;
}

export function deriveCardState(inputs: CardInputs): CardState {
  const digits = digitsOnly(inputs.values.number);
  const brand = detectBrand(digits);
  const errors = fieldErrors(inputs, digits, brand, true);
  const typing = fieldErrors(inputs, digits, brand, false);
  const visible: CardFieldErrors = {};
  for (const field of CARD_FIELDS) {
    const code = inputs.showing.has(field) ? errors[field] : typing[field];
    if (code) visible[field] = code;
  }
  const complete = Object.keys(errors).length === 0;
  const values = { ...inputs.values, holderName: inputs.holderName ? inputs.values.holderName : '' };
  return {
    digits,
    brand,
    cvvLength: cvvMaxLength(brand),
    errors,
    visible,
    complete,
    bin: digits.length >= 6 ? digits.slice(0, 6) : null,
    card: complete ? toGlomoCard(values) : null,
    last4: digits.slice(-4),
  };
}

/**
 * The safe summary of a complete card that goes into FormData under `name`: brand (when
 * known), last four digits and expiry — never the number or the security code.
 */
export function cardFormEntries(state: CardState, name: string): [string, string][] | null {
  if (!name || !state.card) return null;
  const entries: [string, string][] = [];
  if (state.brand) entries.push([`${name}[brand]`, state.brand]);
  entries.push([`${name}[last4]`, state.last4], [`${name}[expiry_month]`, state.card.expiry_month], [`${name}[expiry_year]`, state.card.expiry_year]);
  return entries;
}

/** `deriveCardState` remembered: derived again only when an input changed (the clock: when its month did). */
export class DerivedCardState {
  private last: { inputs: CardInputs; state: CardState } | null = null;

  from(inputs: CardInputs): CardState {
    const last = this.last?.inputs;
    const same = last && last.values === inputs.values && last.accepted === inputs.accepted
      && last.holderName === inputs.holderName && last.showing === inputs.showing
      // Expiry is judged by the month: a form left open over midnight on the 1st re-derives.
      && last.now.getMonth() === inputs.now.getMonth() && last.now.getFullYear() === inputs.now.getFullYear();
    if (!same) this.last = { inputs, state: deriveCardState(inputs) };
    return this.last!.state;
  }
}

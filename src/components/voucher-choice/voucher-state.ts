/**
 * Everything `<pay-voucher-choice>` shows and reports, derived from its configuration and
 * what the shopper chose and typed by one pure function: no DOM, callable from tests. The
 * element derives it once per change and reads it everywhere (render, validity, events).
 * Money stays in integer minor units; the card part is always `total - voucher`.
 */
import type { PayVoucherChangeDetail, VoucherPaymentMethod } from '../../core/events.js';
import { currencyExponent, toMajorString } from '../../core/money.js';
import type { Money } from '../../core/types.js';
import { readLocaleAmount, type AmountReadError, type NumberSymbols } from './locale-amount.js';
import type { VoucherConfig } from './voucher-config.js';

export type VoucherField = 'method' | 'amount';

/** The fields in tab order: the first invalid one gets focus on submit. */
export const VOUCHER_FIELDS: readonly VoucherField[] = ['method', 'amount'];

export type MethodError = 'required' | 'unavailable' | 'unconfigured' | 'misconfigured';
export type AmountError = AmountReadError | 'zero' | 'not_below_total' | 'over_balance';
/** Any field's error code. */
export type VoucherError = MethodError | AmountError;
export interface VoucherErrors {
  method?: MethodError;
  amount?: AmountError;
}

/** What the shopper has chosen and typed (the amount exactly as typed). */
export interface VoucherValues {
  method: VoucherPaymentMethod | null;
  amountText: string;
}

export interface VoucherInputs {
  config: VoucherConfig;
  values: VoucherValues;
  /** How numbers are written in the element's locale. */
  symbols: NumberSymbols;
  /** Fields showing their final errors (left after an edit, or all after a submit). */
  showing: ReadonlySet<VoucherField>;
}

export interface VoucherSplit {
  total: Money;
  card: Money;
  voucher: Money;
}

export interface VoucherState {
  /** Final errors: what stops the choice being submitted. */
  errors: VoucherErrors;
  /** Errors showing now: final ones for fields showing them, typing ones for the rest. */
  visible: VoucherErrors;
  /** The split chosen, once it is valid (card + voucher = total). */
  split: VoucherSplit | null;
  /** The `pay-voucher-change` detail, or null while there is no total or no choice. */
  change: PayVoucherChangeDetail | null;
  complete: boolean;
}

/** Errors that show while the shopper is still choosing or typing (nothing more can fix them). */
const TYPING_ERRORS: ReadonlySet<string> = new Set(['unavailable', 'not_below_total', 'over_balance']);

function methodError(config: VoucherConfig, method: VoucherPaymentMethod | null): MethodError | undefined {
  if (config.status === 'invalid') return 'misconfigured';
  if (!method) return 'required';
  if (config.status === 'unset') return 'unconfigured';
  return config.unavailable[method] ? 'unavailable' : undefined;
}

/** The voucher part typed for `CARD_AND_VOUCHER`, or why it isn't one. */
function readVoucherPart(inputs: VoucherInputs): { amount: number } | { error: AmountError; typing: boolean } {
  const { config, values, symbols } = inputs;
  if (config.status !== 'ok') return { error: 'required', typing: false };
  const reading = readLocaleAmount(values.amountText, symbols, currencyExponent(config.total.currency));
  if ('error' in reading) return reading;
  const { amount } = reading;
  if (amount === 0) return { error: 'zero', typing: false };
  if (amount > config.maxVoucher) {
    // Say the bound that binds: the balance when it is below the total, else the total.
    const balanceBinds = config.balance !== null && config.balance < config.total.amount;
    return { error: balanceBinds ? 'over_balance' : 'not_below_total', typing: true };
  }
  return { amount };
}

/** The split each choice makes, for a voucher part already within bounds. */
function splitOf(total: Money, method: VoucherPaymentMethod, voucherPart: number): VoucherSplit {
  const voucher = method === 'CARD_ONLY' ? 0 : method === 'VOUCHER_ONLY' ? total.amount : voucherPart;
  return {
    total,
    voucher: { amount: voucher, currency: total.currency },
    card: { amount: total.amount - voucher, currency: total.currency },
  };
}

export function deriveVoucherState(inputs: VoucherInputs): VoucherState {
  const { config, values, showing } = inputs;
  const method = values.method;
  const errors: VoucherErrors = {};
  const visible: VoucherErrors = {};

  const methodProblem = methodError(config, method);
  if (methodProblem) errors.method = methodProblem;
  let voucherPart = 0;
  if (config.status === 'ok' && method === 'CARD_AND_VOUCHER') {
    const part = readVoucherPart(inputs);
    if ('error' in part) {
      errors.amount = part.error;
      if (part.typing || showing.has('amount')) visible.amount = part.error;
    } else {
      voucherPart = part.amount;
    }
  }
  if (methodProblem && (TYPING_ERRORS.has(methodProblem) || (showing.has('method') && methodProblem !== 'misconfigured'))) {
    visible.method = methodProblem;
  }

  const complete = !errors.method && !errors.amount;
  const split = config.status === 'ok' && method && complete ? splitOf(config.total, method, voucherPart) : null;
  // While the voucher part is not valid, the amounts are those of the choice without it
  // (the card pays everything): they always add up to the total, and `valid` says false.
  const shown = config.status === 'ok' && method ? (split ?? splitOf(config.total, method, 0)) : null;
  return {
    errors,
    visible,
    split,
    change: shown && method ? { ...shown, paymentMethod: method, valid: complete } : null,
    complete,
  };
}

/** The merchant's preselection, its amount written as the shopper would type it ("50,00" in Italian). */
export function preselectedValues(config: VoucherConfig, symbols: NumberSymbols): VoucherValues {
  if (config.status !== 'ok') return { method: null, amountText: '' };
  const { voucherAmount, total, method } = config;
  const amountText = voucherAmount === null ? '' : toMajorString({ amount: voucherAmount, currency: total.currency }, symbols.decimal);
  return { method, amountText };
}

/** What goes into FormData under `name` once the choice is valid: the method and both parts in minor units. */
export function voucherFormEntries(state: VoucherState, name: string): [string, string][] | null {
  const { split, change } = state;
  if (!name || !split || !change) return null;
  return [
    [`${name}[paymentMethod]`, change.paymentMethod],
    [`${name}[voucher]`, String(split.voucher.amount)],
    [`${name}[card]`, String(split.card.amount)],
  ];
}

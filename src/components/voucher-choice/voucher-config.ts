/**
 * The merchant's configuration of `<pay-voucher-choice>` (its attributes), read once per
 * change into either a usable configuration or the one mistake to report. Pure: no DOM.
 */
import type { VoucherPaymentMethod } from '../../core/events.js';
import { isCurrency } from '../../core/money.js';
import type { Money } from '../../core/types.js';

/** The three choices, in the order they are offered. */
export const PAYMENT_METHODS: readonly VoucherPaymentMethod[] = ['CARD_ONLY', 'CARD_AND_VOUCHER', 'VOUCHER_ONLY'];

/** Why a choice is offered but can't be taken. */
export type Unavailable = 'no_balance' | 'balance_below_total' | 'total_too_small';

/** The attributes as set (properties may hold anything a script put there). */
export interface VoucherAttributes {
  total: unknown;
  currency: unknown;
  balance: unknown;
  method: unknown;
  voucherAmount: unknown;
}

/** What the merchant got wrong: the attribute, and its value as given. */
export interface ConfigMistake {
  attribute: 'total' | 'currency' | 'voucher-balance' | 'method' | 'voucher-amount';
  value: string;
}

export type VoucherConfig =
  /** Neither `total` nor `currency` given yet: waiting, nothing to report. */
  | { status: 'unset' }
  | { status: 'invalid'; mistake: ConfigMistake }
  | {
      status: 'ok';
      total: Money;
      /** What vouchers can cover, or null when not said (no limit but the total). */
      balance: number | null;
      /** The preselected choice, if any. */
      method: VoucherPaymentMethod | null;
      /** The preselected voucher part of `CARD_AND_VOUCHER`, if any. */
      voucherAmount: number | null;
      /** Each choice's reason for being unavailable, or null when it can be taken. */
      unavailable: Record<VoucherPaymentMethod, Unavailable | null>;
      /** The largest voucher part of `CARD_AND_VOUCHER`: below the total and within the balance. */
      maxVoucher: number;
    };

/** Integer minor units ≥ 0 from a number or a digit string; undefined when absent, NaN when wrong. */
function minorUnits(value: unknown): number | undefined {
  if (value === null || value === undefined) return undefined;
  const amount = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof amount === 'number' && Number.isSafeInteger(amount) && amount >= 0 ? amount : Number.NaN;
}

function unavailability(total: number, balance: number | null): Record<VoucherPaymentMethod, Unavailable | null> {
  const empty = balance === 0 && total > 0;
  return {
    CARD_ONLY: null,
    // Partial means 0 < voucher < total, and voucher ≤ balance.
    CARD_AND_VOUCHER: empty ? 'no_balance' : total < 2 ? 'total_too_small' : null,
    VOUCHER_ONLY: empty ? 'no_balance' : balance !== null && balance < total ? 'balance_below_total' : null,
  };
}

/** Reads the attributes: the first mistake found, or the configuration to offer. */
export function readVoucherConfig(attributes: VoucherAttributes): VoucherConfig {
  const { total: rawTotal, currency: rawCurrency, balance: rawBalance, method: rawMethod, voucherAmount: rawVoucher } = attributes;
  const currency = typeof rawCurrency === 'string' ? rawCurrency.trim().toUpperCase() : '';
  if ((rawTotal === null || rawTotal === undefined) && !currency) return { status: 'unset' };
  const mistake = (attribute: ConfigMistake['attribute'], value: unknown): VoucherConfig =>
    ({ status: 'invalid', mistake: { attribute, value: String(value) } });

  const total = minorUnits(rawTotal);
  if (total === undefined || Number.isNaN(total)) return mistake('total', rawTotal);
  if (!isCurrency(currency)) return mistake('currency', rawCurrency);
  const balance = minorUnits(rawBalance);
  if (Number.isNaN(balance)) return mistake('voucher-balance', rawBalance);
  const method = typeof rawMethod === 'string' ? rawMethod.trim().toUpperCase() : '';
  if (method && !PAYMENT_METHODS.includes(method as VoucherPaymentMethod)) return mistake('method', rawMethod);

  const unavailable = unavailability(total, balance ?? null);
  // A preselected choice the shopper couldn't make is as wrong as an unknown one.
  if (method && unavailable[method as VoucherPaymentMethod]) return mistake('method', rawMethod);
  const maxVoucher = Math.min(total - 1, balance ?? Number.POSITIVE_INFINITY);
  const voucherAmount = minorUnits(rawVoucher);
  if (voucherAmount !== undefined && !(voucherAmount > 0 && voucherAmount <= maxVoucher)) return mistake('voucher-amount', rawVoucher);

  return {
    status: 'ok',
    total: { amount: total, currency },
    balance: balance ?? null,
    method: (method || null) as VoucherPaymentMethod | null,
    voucherAmount: voucherAmount ?? null,
    unavailable,
    maxVoucher,
  };
}

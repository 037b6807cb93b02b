import type { Money } from './types.js';

const CURRENCY_CODE = /^[A-Z]{3}$/;

/** Creating an Intl.NumberFormat costs far more than using one: keep one per locale and currency. */
const formatters = new Map<string, Intl.NumberFormat>();

function currencyFormatter(locale: string | undefined, currency: string): Intl.NumberFormat {
  const key = `${locale ?? ''}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** True when `code` is an ISO 4217 code the runtime's Intl knows. */
export function isCurrency(code: string): boolean {
  if (!CURRENCY_CODE.test(code)) return false;
  try {
    currencyFormatter('en', code);
    return true;
  } catch {
    return false;
  }
}

/** Digits after the decimal point for a currency: JPY 0, EUR 2, BHD 3 (from Intl, ISO 4217). */
export function currencyExponent(currency: string): number {
  return currencyFormatter('en', currency).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Builds a Money from integer minor units, refusing fractions, NaN and unknown currencies. */
export function money(amount: number, currency: string): Money {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Money amount must be an integer of minor units, got ${amount}`);
  const code = currency.toUpperCase();
  if (!isCurrency(code)) throw new RangeError(`Unknown currency "${currency}"`);
  return { amount, currency: code };
}

/** Parses a decimal major-unit string ("50.00", "12.5") into minor units, exactly (no float maths). */
export function parseMajor(value: string, currency: string): Money | null {
  const exponent = currencyExponent(currency);
  const match = /^(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) return null;
  const fraction = match[2] ?? '';
  if (fraction.length > exponent) return null;
  const amount = Number(match[1] + fraction.padEnd(exponent, '0'));
  return Number.isSafeInteger(amount) ? { amount, currency: currency.toUpperCase() } : null;
}

/** Minor units as a decimal major-unit string with the currency's exponent: 5000 EUR → "50.00". */
export function toMajorString({ amount, currency }: Money): string {
  const exponent = currencyExponent(currency);
  const sign = amount < 0 ? '-' : '';
  const digits = String(Math.abs(amount)).padStart(exponent + 1, '0');
  return exponent === 0 ? sign + digits : `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

/** Formats money for people through Intl.NumberFormat: 5000 EUR in 'en' → "€50.00". */
export function formatMoney(value: Money, locale?: string): string {
  const exponent = currencyExponent(value.currency);
  return currencyFormatter(locale, value.currency).format(value.amount / 10 ** exponent);
}

export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new RangeError(`Cannot add ${a.currency} to ${b.currency}`);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function subtractMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new RangeError(`Cannot subtract ${b.currency} from ${a.currency}`);
  return { amount: a.amount - b.amount, currency: a.currency };
}

/**
 * The Money an element's `amount` and `currency` configure, or null when they don't make one:
 * the amount must be a non-negative safe integer of minor units, the currency ISO 4217 (any case).
 */
export function configuredMoney(amount: unknown, currency: unknown): Money | null {
  if (amount == null || amount === '') return null;
  const value = Number(amount);
  const code = String(currency ?? '').toUpperCase();
  return Number.isSafeInteger(value) && value >= 0 && isCurrency(code) ? { amount: value, currency: code } : null;
}

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

/** The runtime's list of ISO 4217 currencies (`Intl.supportedValuesOf`), read once; null where it has none. */
let supportedCurrencies: ReadonlySet<string> | null | undefined;

/**
 * True when `code` is an ISO 4217 currency: in the runtime's list where it has one (so a
 * well-formed made-up code such as "XYZ", which Intl would still format, is refused), else any
 * code Intl can format. Upper case only: callers normalise first.
 */
export function isCurrency(code: string): boolean {
  if (!CURRENCY_CODE.test(code)) return false;
  if (supportedCurrencies === undefined) {
    const list = (Intl as { supportedValuesOf?: (key: 'currency') => string[] }).supportedValuesOf;
    supportedCurrencies = list ? new Set(list('currency')) : null;
  }
  if (supportedCurrencies) return supportedCurrencies.has(code);
  try {
    currencyFormatter('en', code);
    return true;
  } catch {
    return false;
  }
}

/** `resolvedOptions()` builds a whole object: each currency's exponent is read once. */
const exponents = new Map<string, number>();

/** Digits after the decimal point for a currency: JPY 0, EUR 2, BHD 3 (from Intl, ISO 4217). */
export function currencyExponent(currency: string): number {
  let exponent = exponents.get(currency);
  if (exponent === undefined) {
    exponent = currencyFormatter('en', currency).resolvedOptions().maximumFractionDigits ?? 2;
    exponents.set(currency, exponent);
  }
  return exponent;
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

/**
 * Minor units as a decimal major-unit string with the currency's exponent: 5000 EUR → "50.00",
 * or "50,00" with `decimal` ",", as a shopper would type it in Italian (no grouping, no symbol).
 */
export function toMajorString({ amount, currency }: Money, decimal = '.'): string {
  const exponent = currencyExponent(currency);
  const sign = amount < 0 ? '-' : '';
  const digits = String(Math.abs(amount)).padStart(exponent + 1, '0');
  return exponent === 0 ? sign + digits : `${sign}${digits.slice(0, -exponent)}${decimal}${digits.slice(-exponent)}`;
}

/** Formats money for people through Intl.NumberFormat: 5000 EUR in 'en' → "€50.00". */
export function formatMoney(value: Money, locale?: string): string {
  const exponent = currencyExponent(value.currency);
  return currencyFormatter(locale, value.currency).format(value.amount / 10 ** exponent);
}

/** The currency's symbol in the locale ("€", "¥", "BHD", "CHF"), for labels such as "Amount (€)". */
export function currencySymbol(currency: string, locale?: string): string {
  return currencyFormatter(locale, currency).formatToParts(0).find((part) => part.type === 'currency')?.value ?? currency;
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

import type { Money } from './types.js';

/** Creating an Intl.NumberFormat costs far more than using one: keep one per locale and currency. */
const formatters = new Map<string, Intl.NumberFormat>();

/** Shows exactly the currency's ISO 4217 digits (Intl's own would round 1,500.50 HUF to "HUF 1,501"). */
function currencyFormatter(locale: string | undefined, currency: string): Intl.NumberFormat {
  const key = `${locale ?? ''}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const digits = currencyExponent(currency);
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The runtime's list of ISO 4217 currencies, read once (every runtime with ElementInternals has `Intl.supportedValuesOf`). */
let supportedCurrencies: ReadonlySet<string> | undefined;

/**
 * True when `code` is an ISO 4217 currency in the runtime's list (a well-formed made-up code
 * such as "XYZ", which Intl would still format, is refused). Upper case only: callers normalise first.
 */
export function isCurrency(code: string): boolean {
  supportedCurrencies ??= new Set((Intl as unknown as { supportedValuesOf: (key: 'currency') => string[] }).supportedValuesOf('currency'));
  return supportedCurrencies.has(code);
}

/**
 * Digits after the decimal point for a currency, its ISO 4217 minor unit: JPY 0, EUR 2, BHD 3,
 * CLF 4. From ISO's list, not Intl: Intl's (CLDR's) digits are what is shown in shops, and
 * give HUF, IDR, COP, PKR or IQD none, where ISO 4217 (and every payment API) counts hundredths
 * (IQD thousandths). Funds and metals (XAU…) have no minor unit: 2, as amounts must have one.
 */
export function currencyExponent(currency: string): number {
  return /^(BIF|CLP|DJF|GNF|ISK|JPY|KMF|KRW|PYG|RWF|UGX|UYI|VND|VUV|XAF|XOF|XPF)$/.test(currency) ? 0
    : /^(BHD|IQD|JOD|KWD|LYD|OMR|TND)$/.test(currency) ? 3
      : /^(CLF|UYW)$/.test(currency) ? 4 : 2;
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

/**
 * PayGlobe speaks amounts as JSON decimals of the major unit (`"amount": 150.00`, `"cardAmount":
 * 100.00`); the library speaks integer minor units. These two functions are the only crossing,
 * and both go through the decimal string, never through float arithmetic (`150.5 * 100` is
 * fine, `1.005 * 100` is 100.49999999999999): the JSON number is the shortest decimal that
 * reads back as the same double, so converting its text is exact.
 *
 * Refusals differ on purpose. `toPayGlobeAmount` takes the library's own `Money`: a bad one is
 * a bug in the caller and throws a `RangeError`. `fromPayGlobeAmount` reads what the provider
 * sent: it returns `null`, so the adapter turns it into `pay-error` `invalid_response`.
 */
import { isCurrency, parseMajor, toMajorString } from '../../core/money.js';
import type { Money } from '../../core/types.js';

/**
 * Minor units → PayGlobe's decimal: `{ amount: 15000, currency: 'EUR' }` → `150`, 15050 → `150.5`,
 * 1 BHD-fils → `0.001`, 1500 JPY → `1500`.
 * @throws RangeError for an amount that is not a non-negative safe integer, an unknown currency,
 * or a value too large for a JSON number to carry every digit (more than 15 significant digits).
 */
export function toPayGlobeAmount(money: Money): number {
  const { amount, currency } = money;
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new RangeError(`PayGlobe amount must be non-negative integer minor units, got ${amount}`);
  }
  const code = String(currency).toUpperCase();
  if (!isCurrency(code)) throw new RangeError(`Unknown currency "${currency}"`);
  const decimal = toMajorString({ amount, currency: code });
  const value = Number(decimal);
  // The number must print back as the same decimal (trailing zeros aside), or digits were lost.
  if (String(value) !== withoutTrailingZeros(decimal)) {
    throw new RangeError(`${decimal} ${code} has more digits than a PayGlobe amount can carry exactly`);
  }
  return value;
}

/**
 * PayGlobe's decimal → minor units: `fromPayGlobeAmount(150.5, 'EUR')` → `{ amount: 15050, currency: 'EUR' }`.
 * Returns null for anything that is not an exact, non-negative amount of `currency`: NaN,
 * Infinity, a negative, more decimals than the currency has (1.005 EUR, 0.5 JPY, or the
 * `0.30000000000000004` of float arithmetic), a value beyond safe integers, an unknown currency.
 */
export function fromPayGlobeAmount(value: number, currency: string): Money | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return null;
  const code = String(currency).toUpperCase();
  if (!isCurrency(code)) return null;
  // String() gives the shortest decimal that reads back as this double: exactly what the JSON had.
  // Exponent forms are either tiny (too many decimals for any currency) or beyond safe integers.
  const decimal = String(value);
  if (/e/i.test(decimal)) return null;
  return parseMajor(decimal, code);
}

function withoutTrailingZeros(decimal: string): string {
  return decimal.includes('.') ? decimal.replace(/\.?0+$/, '') : decimal;
}

/**
 * A Multibanco reference as SIBS issued it (`paymentReference` of `service-reference/generate`),
 * in the library's terms: the amount as Money (SIBS sends decimals: converted here, at the
 * provider boundary), the expiry as a Date. No DOM.
 */
import { currencyExponent, isCurrency } from '../../core/money.js';
import type { Money } from '../../core/types.js';
import type { SibsAmount, SibsPaymentReference } from './sibs-schemas.js';

export interface MultibancoReference {
  /** Five digits. */
  entity: string;
  /** Nine digits, no spaces. */
  reference: string;
  amount: Money;
  expiresAt: Date;
}

/** SIBS's `{ value: 12.5, currency: 'EUR' }` → `{ amount: 1250, currency: 'EUR' }`, or null for an unknown currency or a fraction finer than it has. */
export function sibsAmountToMoney(amount: SibsAmount): Money | null {
  if (!isCurrency(amount.currency)) return null;
  const minor = amount.value * 10 ** currencyExponent(amount.currency);
  const rounded = Math.round(minor);
  // Floating point leaves 12.5 * 100 at 1250.0000000000002: allow that, not a third decimal.
  if (Math.abs(minor - rounded) > 1e-6 || !Number.isSafeInteger(rounded)) return null;
  return { amount: rounded, currency: amount.currency };
}

/** The reference to show, or null when its amount can't be shown as money. */
export function readMultibancoReference(paymentReference: SibsPaymentReference): MultibancoReference | null {
  const amount = sibsAmountToMoney(paymentReference.amount);
  if (!amount) return null;
  return {
    entity: paymentReference.entity,
    reference: paymentReference.reference,
    amount,
    expiresAt: new Date(paymentReference.expireDate),
  };
}

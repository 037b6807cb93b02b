import { isCurrency } from '../../core/money.js';

let supported: ReadonlySet<string> | null | undefined;

/**
 * True for an ISO 4217 currency the runtime knows. `isCurrency` accepts any well-formed code
 * Intl will format ("XYZ" too); `Intl.supportedValuesOf('currency')` lists the real ones where
 * the runtime has it.
 */
export function isKnownCurrency(code: string): boolean {
  if (!isCurrency(code)) return false;
  if (supported === undefined) {
    const list = (Intl as { supportedValuesOf?: (key: 'currency') => string[] }).supportedValuesOf;
    supported = list ? new Set(list('currency')) : null;
  }
  return !supported || supported.has(code);
}

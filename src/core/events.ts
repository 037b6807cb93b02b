import type { CardBrand, CardField, CardFieldError, GlomoCard, Money, PayErrorCode, PaymentResult, ProviderName } from './types.js';
// Type-only: the report's shape lives with the diagnosis; nothing of it is bundled here.
import type { DiagnosticReport } from '../diagnostics/diagnose.js';

export interface PayCardChangeDetail {
  brand: CardBrand | null;
  complete: boolean;
  /** The first six digits once six are typed, else null: never more of the number. */
  bin: string | null;
  errors: Partial<Record<CardField, CardFieldError>>;
}
export interface PayCardSubmitDetail {
  card: GlomoCard;
  /** Null for a valid card of a brand we don't name (accepted unless `brands` restricts). */
  brand: CardBrand | null;
  last4: string;
}
export interface PayCardFieldDetail {
  field: CardField;
}
export type VoucherPaymentMethod = 'CARD_ONLY' | 'CARD_AND_VOUCHER' | 'VOUCHER_ONLY';
export interface PayVoucherSubmitDetail {
  total: Money;
  card: Money;
  voucher: Money;
  paymentMethod: VoucherPaymentMethod;
}
export interface PayVoucherChangeDetail extends PayVoucherSubmitDetail {
  /** True when the choice can be submitted as it stands. */
  valid: boolean;
}
export interface PayBankTransferSubmittedDetail {
  orderId: string;
  senderAccountNumber: string;
  transactionReference: string;
}
export interface PayRedirectDetail {
  url: string;
  target: 'same-tab' | 'new-tab' | 'iframe';
}
export interface PayCancelDetail {
  provider: ProviderName;
  reason: string;
}
export interface PayErrorDetail {
  code: PayErrorCode;
  message: string;
  provider?: ProviderName;
}

/** Every pay-elements event and its detail: the single source for dispatch and typing. */
export interface PayEventDetailMap {
  'pay-card-change': PayCardChangeDetail;
  'pay-card-focus': PayCardFieldDetail;
  'pay-card-blur': PayCardFieldDetail;
  'pay-card-submit': PayCardSubmitDetail;
  'pay-voucher-change': PayVoucherChangeDetail;
  'pay-voucher-submit': PayVoucherSubmitDetail;
  'pay-bank-transfer-submitted': PayBankTransferSubmittedDetail;
  'pay-redirect': PayRedirectDetail;
  'pay-success': PaymentResult;
  'pay-failure': PaymentResult;
  'pay-pending': PaymentResult;
  'pay-cancel': PayCancelDetail;
  'pay-error': PayErrorDetail;
  /** `<pay-diagnostics>`: the report is ready. */
  'pay-diagnostics-report': DiagnosticReport;
}

export type PayEventName = keyof PayEventDetailMap;

/** Events that the host may cancel with `preventDefault()`. */
const CANCELABLE: ReadonlySet<PayEventName> = new Set<PayEventName>(['pay-redirect']);

/**
 * Dispatches a pay-elements event from `target`: a `CustomEvent`, bubbling and composed,
 * cancelable where the contract says so. Returns false when the host called `preventDefault()`.
 */
export function emit<K extends PayEventName>(target: EventTarget, name: K, detail: PayEventDetailMap[K]): boolean {
  const event = new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: CANCELABLE.has(name) });
  return target.dispatchEvent(event);
}

type PayEventMap = { [K in PayEventName]: CustomEvent<PayEventDetailMap[K]> };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface HTMLElementEventMap extends PayEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface WindowEventMap extends PayEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface DocumentEventMap extends PayEventMap {}
}

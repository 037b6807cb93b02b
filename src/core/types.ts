/** Money in integer minor units of an ISO 4217 currency (EUR 50.00 is `{ amount: 5000, currency: 'EUR' }`). */
export type Money = { amount: number; currency: string };

export type PaymentStatus = 'succeeded' | 'failed' | 'pending' | 'requires_action' | 'cancelled';

export type ProviderName = 'glomo' | 'payglobe' | 'sibs' | 'payglocal';

export interface PaymentResult {
  provider: ProviderName;
  status: PaymentStatus;
  orderId?: string;
  paymentId?: string;
  signature?: string;
  error?: { code: string; message: string };
  /** PayGlobe meal-voucher payments: how the total was split. */
  split?: { total: Money; card: Money; voucher: Money };
  /** The provider payload, after zod validation. */
  raw: unknown;
}

export type CardBrand =
  | 'visa' | 'mastercard' | 'amex' | 'discover' | 'diners' | 'jcb'
  | 'unionpay' | 'maestro' | 'rupay' | 'mir' | 'elo' | 'hipercard';

export const CARD_BRANDS: readonly CardBrand[] = [
  'visa', 'mastercard', 'amex', 'discover', 'diners', 'jcb',
  'unionpay', 'maestro', 'rupay', 'mir', 'elo', 'hipercard',
];

/** Field error codes of `<pay-card-form>`: codes, never the values. */
export type CardFieldError =
  | 'required' | 'incomplete' | 'invalid' | 'luhn' | 'brand_not_accepted' | 'unknown_brand'
  | 'invalid_month' | 'expired' | 'too_far';

export type CardField = 'number' | 'expiry' | 'cvv' | 'holderName';

/** The Glomo server-to-server `card` object, exactly: digits only, month "01"–"12", four-digit year. */
export interface GlomoCard {
  holder_name: string;
  number: string;
  expiry_month: string;
  expiry_year: string;
  cvv: string;
}

/** The codes of `PayErrorCode`, for validating a code at run time. Adding a code is a contract change. */
export const PAY_ERROR_CODES = [
  'sdk_load_failed', 'popup_blocked', 'coop_blocked', 'csp_blocked', 'invalid_response',
  'network', 'timeout', 'invalid_config',
] as const;

/** Every `pay-error` code: a closed union, so a `switch` over it can be exhaustive (the compiler flags a missing case). */
export type PayErrorCode = (typeof PAY_ERROR_CODES)[number];

import * as z from 'zod';
import { fromPayGlobeAmount } from '../../src/providers/payglobe/amount.js';
import { isCurrency } from '../../src/core/money.js';
import { PAYGLOBE_STATUSES, PAYMENT_MODES, VOUCHER_METHODS, type PaymentMode, type VoucherMethod } from './state.js';
import { callbackLocation, isMerchantUrl } from './urls.js';

/**
 * Request bodies of the PayGlobe sandbox, validated as ../shared/providers/payglobe.md describes
 * (plus the documented sandbox extensions). A failure becomes one readable message:
 * `amount: EUR takes at most 2 decimals`.
 */

const required = (what: string) => ({
  error: (issue: { input: unknown }) => (issue.input === undefined ? 'is required' : `must be ${what}`),
});
const text = (max: number) => z.string(required('a string')).trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const merchantUrl = z.string(required('a URL')).refine(isMerchantUrl, 'must be an https URL (or http on a loopback host)');
const currency = z
  .string(required('a currency code'))
  .transform((code) => code.toUpperCase())
  .refine(isCurrency, 'must be an ISO 4217 currency code');
const decimalAmount = z.number(required('a number (major units, e.g. 150.00)')).refine(Number.isFinite, 'must be a finite number');

const paymentFields = {
  amount: decimalAmount,
  currency: z.optional(currency),
  paymentMode: z.optional(z.enum(PAYMENT_MODES, required(PAYMENT_MODES.join(' or ')))),
  description: z.optional(text(255)),
  returnUrl: z.optional(merchantUrl),
};

/** `POST /api/payment/initiate` (payglobe.js `payments.create`). */
const initiateSchema = z.object({ ...paymentFields, email: z.email(required('an email address')).max(254) });

/** `POST /api/payment/init` (wrapper API). */
const initSchema = z.object({
  ...paymentFields,
  email: z.optional(z.email(required('an email address')).max(254)),
  notifyUrl: merchantUrl,
  errorUrl: z.optional(merchantUrl),
  callbackUrl: z.optional(
    z.string(required('a URL template')).refine((value) => isMerchantUrl(callbackLocation(value, 'TXN_TEST')), 'must be an https URL (or http on a loopback host), {transactionId} allowed'),
  ),
});

/** `POST /api/payment/transaction/{id}/voucher-choice` (sandbox-defined: the merchant-hosted voucher step). */
const voucherChoiceSchema = z.object({
  paymentMethod: z.enum(VOUCHER_METHODS, required(VOUCHER_METHODS.join(', '))),
  voucherAmount: z.optional(decimalAmount),
});

/** `POST /__sandbox/payglobe/webhooks`. */
const webhookRegistrationSchema = z.object({
  key: z.string(required('an API key')).regex(/^(pk_test_|pk_live_|sk_test_)[A-Za-z0-9_]+$/, 'must be a pk_test_/pk_live_/sk_test_ key'),
  url: merchantUrl,
  secret: z.optional(z.string(required('a string')).regex(/^whsec_[A-Za-z0-9_]{4,100}$/, 'must look like whsec_test_…')),
});

/** `POST /__sandbox/payglobe/payments/{id}/status`. */
const forcedStatusSchema = z.object({
  status: z.enum(PAYGLOBE_STATUSES, required(PAYGLOBE_STATUSES.join(', '))),
  errorMessage: z.optional(text(500)),
});

/** The hosted checkout's form posts (urlencoded; every field a string). */
const checkoutFormSchema = z.object({
  paymentId: z.optional(z.string(required('a string')).max(100, 'must be at most 100 characters')),
  embedded: z.optional(z.enum(['0', '1'], required('"0" or "1"'))),
  action: z.string(required('one of the page\'s buttons')).max(40, 'must be one of the page\'s buttons'),
  paymentMethod: z.optional(z.string(required('a string')).max(40, 'must be one of the choices')),
  voucherAmount: z.optional(z.string(required('a string')).max(40, 'must be at most 40 characters')),
  otp: z.optional(z.string(required('a string')).max(20, 'must be at most 20 characters')),
});
export type CheckoutForm = z.infer<typeof checkoutFormSchema>;

export type Validated<T> = { ok: true; value: T } | { ok: false; message: string };

function validate<T>(schema: z.ZodType<T>, body: unknown): Validated<T> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, message: 'the body must be a JSON object' };
  const result = schema.safeParse(body);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0]!;
  return { ok: false, message: issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message };
}

/** A decimal amount of `currency` → minor units, or why not (too many decimals, not positive…). */
export function minorUnits(amount: number, currency: string, field = 'amount'): Validated<number> {
  const money = fromPayGlobeAmount(amount, currency);
  if (!money) return { ok: false, message: `${field}: must be a non-negative amount of ${currency} with at most its decimals (e.g. ${currency === 'JPY' ? '1500' : currency === 'BHD' ? '12.345' : '150.00'})` };
  return { ok: true, value: money.amount };
}

export interface NewPaymentRequest {
  total: number;
  currency: string;
  mode: PaymentMode;
  email?: string;
  description?: string;
  returnUrl?: string;
  notifyUrl?: string;
  errorUrl?: string;
  callbackUrl?: string;
}

function newPayment(schema: typeof initiateSchema | typeof initSchema, body: unknown): Validated<NewPaymentRequest> {
  const parsed = validate<z.infer<typeof initSchema>>(schema as z.ZodType<z.infer<typeof initSchema>>, body);
  if (!parsed.ok) return parsed;
  const { amount, currency = 'EUR', paymentMode = 'PREAUTH_VOUCHER_CAPTURE', ...rest } = parsed.value;
  const total = minorUnits(amount, currency);
  if (!total.ok) return total;
  if (total.value === 0) return { ok: false, message: 'amount: must be above zero' };
  return { ok: true, value: { total: total.value, currency, mode: paymentMode, ...rest } };
}

export const validateInitiateRequest = (body: unknown) => newPayment(initiateSchema, body);
export const validateInitRequest = (body: unknown) => newPayment(initSchema, body);

export function validateVoucherChoice(body: unknown): Validated<{ paymentMethod: VoucherMethod; voucherAmount?: number }> {
  return validate(voucherChoiceSchema, body);
}

export const validateCheckoutForm = (body: unknown) => validate(checkoutFormSchema, body);
export const validateWebhookRegistration = (body: unknown) => validate(webhookRegistrationSchema, body);
export const validateForcedStatus = (body: unknown) => validate(forcedStatusSchema, body);

/** The request body as JSON (undefined when it is not JSON: reported as "must be a JSON object"). */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return JSON.parse(await request.text());
  } catch {
    return undefined;
  }
}

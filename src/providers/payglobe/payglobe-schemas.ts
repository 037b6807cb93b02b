/**
 * PayGlobe.js's payloads as the browser receives them (../shared/providers/payglobe.md): the
 * payment `payments.create()` resolves, the payment object `payments.retrieve()` resolves, the
 * hosted checkout's completion message, and the query a full-page checkout returns with. Amounts
 * are PayGlobe's decimals here; `payglobe-results.ts` turns them into Money.
 */
import * as z from 'zod/mini';

/** Statuses of a checkout payment (the first seven) and of a payment link (the last three). */
export const PAYGLOBE_STATUSES = [
  'PENDING', 'CARD_PREAUTH_SUCCESS', 'SUCCESS', 'CARD_PREAUTH_FAILED', 'VOUCHER_FAILED', 'CARD_CAPTURE_FAILED', 'FAILED',
  'PAID', 'EXPIRED', 'CANCELLED',
] as const;
export type PayGlobeStatus = (typeof PAYGLOBE_STATUSES)[number];

export const PAYGLOBE_PAYMENT_METHODS = ['CARD_ONLY', 'CARD_AND_VOUCHER', 'VOUCHER_ONLY'] as const;

/** A PayGlobe payment id: printable, no spaces, bounded (it goes into URLs and selectors' neighbours). */
const paymentIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_.:-]{1,128}$/));
/** A decimal amount as JSON carries it; exactness per currency is checked when converting. */
const decimalSchema = z.number().check(z.gte(0));

export const payglobeStatusSchema = z.enum(PAYGLOBE_STATUSES);

/** What `payments.create()` resolves with. */
export const payglobeCreatedPaymentSchema = z.object({
  id: paymentIdSchema,
  status: payglobeStatusSchema,
  totalAmount: decimalSchema,
  currency: z.optional(z.string()),
  checkoutUrl: z.string(),
});
export type PayGlobeCreatedPayment = z.infer<typeof payglobeCreatedPaymentSchema>;

/** What `payments.retrieve(id)` resolves with. */
export const payglobePaymentSchema = z.object({
  id: paymentIdSchema,
  status: payglobeStatusSchema,
  totalAmount: decimalSchema,
  cardAmount: z.nullish(decimalSchema),
  voucherAmount: z.nullish(decimalSchema),
  /** Default EUR, as the API's. */
  currency: z.optional(z.string()),
  paymentMode: z.nullish(z.string()),
  paymentMethod: z.nullish(z.enum(PAYGLOBE_PAYMENT_METHODS)),
  /** The card gateway's own payment id. */
  paymentId: z.nullish(z.string()),
  errorMessage: z.nullish(z.string()),
});
export type PayGlobePayment = z.infer<typeof payglobePaymentSchema>;

/** The embedded checkout's `parent.postMessage` on a terminal status (it carries no amounts). */
export const payglobeCheckoutCompleteSchema = z.object({
  type: z.literal('payglobe:checkout-complete'),
  paymentId: paymentIdSchema,
  status: payglobeStatusSchema,
});
export type PayGlobeCheckoutComplete = z.infer<typeof payglobeCheckoutCompleteSchema>;

/** The query a full-page checkout appends to `returnUrl`: `?paymentId=…&status=…`. */
export const payglobeReturnQuerySchema = z.object({
  paymentId: paymentIdSchema,
  status: z.optional(payglobeStatusSchema),
});
export type PayGlobeReturnQuery = z.infer<typeof payglobeReturnQuerySchema>;

import * as z from 'zod/mini';

/**
 * PayGlocal's wire formats (../shared/providers/payglocal-callback.md and PayGlocal's public API
 * reference) as zod/mini schemas, shared by `<pay-payglocal-checkout>` and `pay-elements/server`.
 * Nothing here touches the DOM.
 */

const id = z.string().check(z.minLength(1), z.maxLength(200));
const text = z.string().check(z.maxLength(2000));
/** Optional text PayGlocal may also send as null. */
const optionalText = z.optional(z.nullable(text));

/**
 * `iat` as PayGlocal sends it: the documented sample has milliseconds in a string
 * (`"1778964348349"`); RFC 7519's number of seconds is accepted too.
 */
export const payglocalIssuedAtSchema = z.union([
  z.string().check(z.regex(/^\d{10,16}$/)),
  z.number().check(z.int(), z.nonnegative()),
]);

/** The full callback payload (`x-gl-enc` absent or `"false"`): the transaction result. */
export const payglocalCallbackPayloadSchema = z.object({
  gid: id,
  merchantTxnId: id,
  status: z.string().check(z.minLength(1), z.maxLength(100)),
  merchantId: optionalText,
  amount: optionalText,
  currency: optionalText,
  country: optionalText,
  cardType: optionalText,
  cardBrand: optionalText,
  paymentMethod: optionalText,
  iat: z.optional(payglocalIssuedAtSchema),
  exp: z.optional(z.number()),
  'x-gl-enc': z.optional(z.literal('false')),
});
export type PayGlocalCallbackPayload = z.infer<typeof payglocalCallbackPayloadSchema>;

/**
 * The ids-only payload (`"x-gl-enc": "true"`, the documented sample token): no status, so the
 * result must come from the status API (`GET /gl/v1/payments/{gid}/status`).
 */
export const payglocalIdsOnlyPayloadSchema = z.object({
  'x-gl-enc': z.literal('true'),
  'x-gl-gid': id,
  'x-gl-orderId': z.optional(z.nullable(text)),
  'x-gl-merchantId': optionalText,
  'amplifier-mid': z.optional(z.nullable(text)),
  iat: z.optional(payglocalIssuedAtSchema),
  exp: z.optional(z.number()),
});
export type PayGlocalIdsOnlyPayload = z.infer<typeof payglocalIdsOnlyPayloadSchema>;

/** `POST /gl/v1/payments/initiate/paycollect` → 2xx. */
export const payglocalInitiateResponseSchema = z.object({
  gid: id,
  status: z.string(),
  message: z.optional(z.nullable(text)),
  timestamp: z.optional(z.nullable(text)),
  reasonCode: z.optional(z.nullable(text)),
  data: z.object({
    redirectUrl: z.string().check(z.minLength(1), z.maxLength(4000)),
    statusUrl: z.optional(z.string().check(z.maxLength(4000))),
    merchantTxnId: z.optional(id),
  }),
});
export type PayGlocalInitiateResponse = z.infer<typeof payglocalInitiateResponseSchema>;

/** `GET /gl/v1/payments/{gid}/status` → 2xx. */
export const payglocalStatusResponseSchema = z.object({
  gid: id,
  status: z.string().check(z.minLength(1), z.maxLength(100)),
  message: z.optional(z.nullable(text)),
  timestamp: z.optional(z.nullable(text)),
  reasonCode: z.optional(z.nullable(text)),
  data: z.optional(z.nullable(z.object({
    gid: z.optional(id),
    merchantTxnId: z.optional(id),
    status: z.optional(z.string()),
    Amount: optionalText,
    Currency: optionalText,
    detailedMessage: optionalText,
  }))),
});
export type PayGlocalStatusResponse = z.infer<typeof payglocalStatusResponseSchema>;

/**
 * What `<pay-payglocal-checkout>`'s `payment-url` answers: the hosted page's URL, flat
 * (`{ redirectUrl, gid?, merchantTxnId? }`) or as PayGlocal's own initiate response.
 */
export const payglocalMerchantPaymentSchema = z.union([
  z.object({ redirectUrl: z.string().check(z.minLength(1), z.maxLength(4000)), gid: z.optional(id), merchantTxnId: z.optional(id) }),
  payglocalInitiateResponseSchema,
]);
export type PayGlocalMerchantPayment = z.infer<typeof payglocalMerchantPaymentSchema>;

/** The hosted page URL and ids, whichever shape the merchant answered with. */
export function hostedPageOf(payment: PayGlocalMerchantPayment): { redirectUrl: string; gid?: string; merchantTxnId?: string } {
  if ('data' in payment) return { redirectUrl: payment.data.redirectUrl, gid: payment.gid, ...(payment.data.merchantTxnId ? { merchantTxnId: payment.data.merchantTxnId } : {}) };
  return payment;
}

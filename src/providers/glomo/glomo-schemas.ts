import * as z from 'zod/mini';

/**
 * Glomo's wire formats (../shared/providers/glomo-s2s-card.md, glomo-checkout-sdk.md) as zod/mini
 * schemas. Shared by the browser elements and `pay-elements/server`; nothing here touches the DOM.
 */

/** An id Glomo hands out (`order_…`, `payt_…`): non-empty and short, so a query can't smuggle a novel in. */
const glomoId = z.string().check(z.minLength(1), z.maxLength(200));
const nonEmptyText = z.string().check(z.minLength(1), z.maxLength(2000));

/** HMAC-SHA256 in hex: exactly 64 hex digits. */
export const glomoSignatureSchema = z.string().check(z.regex(/^[0-9a-fA-F]{64}$/));

/** A payment's status as Glomo reports it. */
export const glomoPaymentStatusSchema = z.enum(['pending', 'success', 'failed']);
export type GlomoPaymentStatus = z.infer<typeof glomoPaymentStatusSchema>;

/** `{ code, message }`, as in a failed payment object or a `payment.failure` event. */
export const glomoErrorSchema = z.object({ code: z.string().check(z.maxLength(200)), message: z.string().check(z.maxLength(2000)) });

export const glomoRedirectStepSchema = z.object({
  action: z.literal('redirect'),
  payload: z.object({ url: nonEmptyText }),
});
export const glomoPollStepSchema = z.object({
  action: z.literal('poll'),
  payload: z.object({ url: nonEmptyText, interval_in_ms: z.number().check(z.int(), z.positive()) }),
});
/** A step this library doesn't know yet: kept (forward compatibility) but never a malformed redirect/poll in disguise. */
const glomoOtherStepSchema = z.object({
  action: z.string().check(z.refine((action) => action !== 'redirect' && action !== 'poll')),
  payload: z.optional(z.unknown()),
});
export const glomoNextStepSchema = z.union([glomoRedirectStepSchema, glomoPollStepSchema, glomoOtherStepSchema]);

/** `POST /api/v1/payment` → `{ payment_id, status, next_steps: [redirect, poll] }`. */
export const glomoPaymentResponseSchema = z.looseObject({
  payment_id: glomoId,
  status: glomoPaymentStatusSchema,
  next_steps: z._default(z.array(glomoNextStepSchema), []),
});
export type GlomoPaymentResponse = z.infer<typeof glomoPaymentResponseSchema>;

/** `GET /api/v1/payment/{id}` → `{ payment_id, status: pending|success|failed, … }`. */
export const glomoPaymentSchema = z.looseObject({
  payment_id: glomoId,
  order_id: z.optional(glomoId),
  status: glomoPaymentStatusSchema,
  error: z.optional(glomoErrorSchema),
});
export type GlomoPayment = z.infer<typeof glomoPaymentSchema>;

/** `POST /api/v1/orders` → the order; its id as `order_id` (or `id`). */
export const glomoOrderSchema = z.pipe(
  z.looseObject({ order_id: z.optional(glomoId), id: z.optional(glomoId) }).check(
    z.refine((order) => Boolean(order.order_id ?? order.id), { message: 'order_id missing' }),
  ),
  z.transform((order) => ({ ...order, order_id: (order.order_id ?? order.id)! })),
);
export type GlomoOrder = z.infer<typeof glomoOrderSchema>;

/** Glomo's error body: `{ error: { code, message } }`. */
export const glomoErrorBodySchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/**
 * The S2S callback query: `order_id, payment_id, status, signature` (+ `error`, a message, on failure).
 * A success must be signed; a failure may come unsigned (it grants nothing).
 */
export const glomoCallbackQuerySchema = z.object({
  order_id: glomoId,
  payment_id: glomoId,
  status: z.enum(['success', 'failed']),
  signature: z.optional(glomoSignatureSchema),
  error: z.optional(nonEmptyText),
}).check(z.refine((query) => query.status !== 'success' || query.signature !== undefined, { message: 'unsigned success' }));
export type GlomoCallbackQuery = z.infer<typeof glomoCallbackQuerySchema>;

/** The Checkout `callbackUrl` query: `status, orderId, signature`, possibly `paymentId`. */
export const glomoCheckoutCallbackQuerySchema = z.object({
  orderId: glomoId,
  paymentId: z.optional(glomoId),
  status: z.enum(['success', 'failed']),
  signature: z.optional(glomoSignatureSchema),
  error: z.optional(nonEmptyText),
}).check(z.refine((query) => query.status !== 'success' || query.signature !== undefined, { message: 'unsigned success' }));
export type GlomoCheckoutCallbackQuery = z.infer<typeof glomoCheckoutCallbackQuerySchema>;

/** Checkout SDK `payment.success`: `{ payment_id, order_id, status: 'success', signature }`. */
export const glomoCheckoutSuccessSchema = z.looseObject({
  payment_id: glomoId,
  order_id: glomoId,
  status: z.literal('success'),
  signature: glomoSignatureSchema,
});
export type GlomoCheckoutSuccess = z.infer<typeof glomoCheckoutSuccessSchema>;

/** Checkout SDK `payment.failure`: `{ payment_id, order_id, status: 'failed', error: { code, message } }`. */
export const glomoCheckoutFailureSchema = z.looseObject({
  payment_id: z.optional(glomoId),
  order_id: glomoId,
  status: z.literal('failed'),
  error: glomoErrorSchema,
});
export type GlomoCheckoutFailure = z.infer<typeof glomoCheckoutFailureSchema>;

/** Checkout SDK `payment.bank_transfer_submitted`: details the shopper typed; not a confirmation. */
export const glomoBankTransferSubmittedSchema = z.object({
  orderId: glomoId,
  senderAccountNumber: nonEmptyText,
  transactionReference: nonEmptyText,
});
export type GlomoBankTransferSubmitted = z.infer<typeof glomoBankTransferSubmittedSchema>;

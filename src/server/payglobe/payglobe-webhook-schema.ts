import * as z from 'zod/mini';

/**
 * PayGlobe's webhook: a Stripe-compatible Event object whose `data.object` is PayGlobe's
 * PaymentNotificationDto for payment events (other event types, such as disputes, carry their own
 * object: the known payment fields are checked only when present).
 */

const VOUCHER_METHODS = ['CARD_ONLY', 'CARD_AND_VOUCHER', 'VOUCHER_ONLY'] as const;
const amount = z.number().check(z.nonnegative());

/** The payment fields of `data.object`; anything else PayGlobe adds is kept as it came. */
export const payGlobeNotificationObjectSchema = z.looseObject({
  transactionId: z.optional(z.string().check(z.minLength(1))),
  status: z.optional(z.string().check(z.minLength(1))),
  totalAmount: z.optional(amount),
  cardAmount: z.optional(amount),
  voucherAmount: z.optional(amount),
  currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))),
  paymentMethod: z.optional(z.nullable(z.enum(VOUCHER_METHODS))),
  errorMessage: z.optional(z.string()),
});

export const payGlobeWebhookEventSchema = z.object({
  id: z.string().check(z.regex(/^evt_\w+$/)),
  object: z.literal('event'),
  api_version: z.optional(z.nullable(z.string())),
  created: z.number().check(z.int(), z.nonnegative()),
  type: z.string().check(z.regex(/^[a-z_]+(\.[a-z_]+)+$/)),
  livemode: z.boolean(),
  pending_webhooks: z.optional(z.number().check(z.int(), z.nonnegative())),
  data: z.object({ object: payGlobeNotificationObjectSchema }),
  request: z.optional(z.unknown()),
});

/** A verified PayGlobe webhook event. */
export type PayGlobeWebhookEvent = z.infer<typeof payGlobeWebhookEventSchema>;
/** Its `data.object`: for `payment_intent.*` events, the payment (amounts as PayGlobe decimals). */
export type PayGlobeNotificationObject = z.infer<typeof payGlobeNotificationObjectSchema>;

import * as z from 'zod/mini';
import { cardSchema, orderPrice } from '../route-input.js';

/** What the SIBS elements post to `payment-url`, by method. */
export const sibsPaymentBodySchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('card'), card: cardSchema }),
  z.object({ method: z.literal('mbway'), customerPhone: z.string().check(z.maxLength(40)) }),
  z.object({ method: z.literal('multibanco') }),
]);
export type SibsPaymentBody = z.infer<typeof sibsPaymentBodySchema>;

/** What the merchant's `order(request)` answers: the price (integer minor units) and optionally its own order id. */
export const sibsOrderSchema = z.looseObject({
  ...orderPrice,
  /** Sent as `merchantTransactionId` (public integrations keep it to 32 characters). */
  orderId: z.optional(z.string().check(z.minLength(1), z.maxLength(32))),
  description: z.optional(z.string().check(z.maxLength(200))),
});
export type SibsOrder = z.infer<typeof sibsOrderSchema>;

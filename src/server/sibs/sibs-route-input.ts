import * as z from 'zod/mini';

/** What the SIBS elements post to `payment-url`, by method. */
const cardSchema = z.object({
  holder_name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  number: z.string().check(z.regex(/^\d{12,19}$/)),
  expiry_month: z.string().check(z.regex(/^(0[1-9]|1[0-2])$/)),
  expiry_year: z.string().check(z.regex(/^\d{4}$/)),
  cvv: z.string().check(z.regex(/^\d{3,4}$/)),
});

export const sibsPaymentBodySchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('card'), card: cardSchema }),
  z.object({ method: z.literal('mbway'), customerPhone: z.string().check(z.maxLength(40)) }),
  z.object({ method: z.literal('multibanco') }),
]);
export type SibsPaymentBody = z.infer<typeof sibsPaymentBodySchema>;

/** The fields that failed, by name only: a card value never goes into a response or a log. */
export function invalidFields(error: z.core.$ZodError): string[] {
  return [...new Set(error.issues.map((issue) => issue.path.map(String).join('.') || 'body'))];
}

/** What the merchant's `order(request)` answers: the price (integer minor units) and optionally its own order id. */
export const sibsOrderSchema = z.looseObject({
  amount: z.number().check(z.int(), z.positive()),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  /** Sent as `merchantTransactionId` (public integrations keep it to 32 characters). */
  orderId: z.optional(z.string().check(z.minLength(1), z.maxLength(32))),
  description: z.optional(z.string().check(z.maxLength(200))),
});
export type SibsOrder = z.infer<typeof sibsOrderSchema>;

/** A SIBS transaction id as it may appear in a status path. */
export const transactionIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,200}$/));

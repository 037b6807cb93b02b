import * as z from 'zod/mini';

/** What the browser's `<pay-card-payment>` posts: `{ card }`, exactly the Glomo S2S card object. */
export const cardPaymentBodySchema = z.object({
  card: z.object({
    holder_name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
    number: z.string().check(z.regex(/^\d{12,19}$/)),
    expiry_month: z.string().check(z.regex(/^(0[1-9]|1[0-2])$/)),
    expiry_year: z.string().check(z.regex(/^\d{4}$/)),
    cvv: z.string().check(z.regex(/^\d{3,4}$/)),
  }),
});

/** The card fields that failed, by name only: a card value never goes into a response or a log. */
export function invalidCardFields(error: z.core.$ZodError): string[] {
  return [...new Set(error.issues.map((issue) => issue.path.map(String).join('.') || 'body'))];
}

/** What the merchant's `order(request)` answers: an existing order, or the price of one to create. */
export const existingOrderSchema = z.object({ orderId: z.string().check(z.minLength(1), z.maxLength(200)) });
export const newOrderSchema = z.looseObject({
  amount: z.number().check(z.int(), z.positive()),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
});
export type GlomoOrderChoice = { orderId: string } | { amount: number; currency: string; [field: string]: unknown };

/** A payment id as it may appear in a status path: Glomo ids are letters, digits, `_` and `-`. */
export const paymentIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,200}$/));

import * as z from 'zod/mini';

/** A card as the browser's card elements post it: exactly the Glomo S2S `card` object, which SIBS takes too. */
export const cardSchema = z.object({
  holder_name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  number: z.string().check(z.regex(/^\d{12,19}$/)),
  expiry_month: z.string().check(z.regex(/^(0[1-9]|1[0-2])$/)),
  expiry_year: z.string().check(z.regex(/^\d{4}$/)),
  cvv: z.string().check(z.regex(/^\d{3,4}$/)),
});

/** The price of an order as the merchant's `order(request)` answers it: integer minor units and an ISO 4217 code. */
export const orderPrice = {
  amount: z.number().check(z.int(), z.positive()),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
};

/** A provider's payment id as it may appear in a status path (`/payments/:id`): letters, digits, `_` and `-`. */
export const pathIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,200}$/));

/** The fields that failed, by name only: a card value never goes into a response or a log. */
export function invalidFields(error: z.core.$ZodError): string[] {
  return [...new Set(error.issues.map((issue) => issue.path.map(String).join('.') || 'body'))];
}

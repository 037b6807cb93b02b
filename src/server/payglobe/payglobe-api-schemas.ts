import * as z from 'zod/mini';

/** The wrapper API's responses as ../shared/providers/payglobe.md shows them (amounts as decimals). */

const amount = z.number().check(z.nonnegative());
const voucherMethod = z.enum(['CARD_ONLY', 'CARD_AND_VOUCHER', 'VOUCHER_ONLY']);

/** `POST /api/payment/init`. */
export const payGlobeInitResponseSchema = z.looseObject({
  success: z.boolean(),
  transactionId: z.string().check(z.minLength(1)),
  totalAmount: amount,
  /** Sandbox extension; PayGlobe's own answers are in EUR. */
  currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))),
  redirectUrl: z.url(),
  igfs: z.optional(z.looseObject({ paymentId: z.nullable(z.string()), status: z.string() })),
});

/** `GET /api/payment/transaction/{id}` (also the voucher-choice answer, which adds `nextUrl`). */
export const payGlobeTransactionSchema = z.looseObject({
  success: z.boolean(),
  transactionId: z.string().check(z.minLength(1)),
  status: z.string().check(z.minLength(1)),
  totalAmount: z.optional(amount),
  currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))),
  cardGateway: z.optional(z.looseObject({ paymentId: z.nullable(z.string()), status: z.optional(z.string()) })),
  breakdown: z.looseObject({ cardAmount: amount, voucherAmount: amount, paymentMethod: z.nullable(voucherMethod) }),
  errorMessage: z.optional(z.string()),
  nextUrl: z.optional(z.url()),
});

export const payGlobeErrorBodySchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

export type PayGlobeInitResponse = z.infer<typeof payGlobeInitResponseSchema>;
export type PayGlobeTransaction = z.infer<typeof payGlobeTransactionSchema>;

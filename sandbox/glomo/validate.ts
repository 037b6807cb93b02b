import * as z from 'zod';
import { isAllowedCallbackUrl } from './urls.js';

/**
 * Request bodies of the Glomo API, validated as ../shared/providers/glomo-s2s-card.md
 * describes. A failure becomes one readable message: `card.number: must be 12 to 19 digits`.
 */

const required = (what: string) => ({
  error: (issue: { input: unknown }) => (issue.input === undefined ? 'is required' : `must be ${what}`),
});
const text = (max: number) => z.string(required('a string')).trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The card has expired when its expiry month is over (cards are valid through the end of the month). */
function isExpired(month: string, year: string, now = new Date()): boolean {
  const endOfExpiryMonth = new Date(Date.UTC(Number(year), Number(month), 1));
  return endOfExpiryMonth.getTime() <= Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
}

const cardSchema = z
  .object(
    {
      holder_name: text(100),
      number: z.string(required('a string of digits')).regex(/^\d{12,19}$/, 'must be 12 to 19 digits').refine(passesLuhn, 'fails the Luhn check'),
      expiry_month: z.string(required('a string')).regex(/^(0[1-9]|1[0-2])$/, 'must be "01" to "12"'),
      expiry_year: z.string(required('a string')).regex(/^\d{4}$/, 'must be a four-digit year'),
      cvv: z.string(required('a string of digits')).regex(/^\d{3,4}$/, 'must be 3 or 4 digits'),
    },
    required('an object'),
  )
  .refine((card) => !isExpired(card.expiry_month, card.expiry_year), { message: 'the card has expired', path: ['expiry_year'] });

const notesSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]), required('an object of strings, numbers or booleans'));

const paymentTargetSchema = z
  .object({
    order_id: z.optional(text(200)),
    subscription_id: z.optional(text(200)),
    sequence: z.optional(z.enum(['initial', 'subsequent'], required('"initial" or "subsequent"'))),
  })
  .refine((body) => (body.order_id === undefined) !== (body.subscription_id === undefined), {
    message: 'exactly one of order_id and subscription_id is required',
    path: ['order_id'],
  })
  .refine((body) => body.sequence !== 'subsequent' || body.subscription_id !== undefined, {
    message: 'sequence "subsequent" is for subscriptions: it needs subscription_id',
    path: ['sequence'],
  });

/** `POST /api/v1/payment`, initial payment (the only kind an order takes). */
const initialPaymentSchema = z.object({
  method: z.literal('card', required('"card"')),
  card: cardSchema,
  callback_url: z.string(required('a URL')).refine(isAllowedCallbackUrl, 'must be an https URL (or http on a loopback host)'),
  notes: z.optional(notesSchema),
});

/** `POST /api/v1/payment`, merchant-initiated subscription payment. */
const subsequentPaymentSchema = z.object({
  request_id: text(200),
  amount: z.number(required('an integer amount in minor units')).int('must be an integer amount in minor units').positive('must be positive'),
  currency: z.string(required('a currency code')).regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code'),
  notes: z.optional(notesSchema),
});

/** `POST /api/v1/orders`. Other fields (customer, purpose…) are accepted and ignored. */
const orderSchema = z.object({
  amount: z.number(required('an integer amount in minor units')).int('must be an integer amount in minor units').positive('must be positive'),
  currency: z.string(required('a currency code')).regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code'),
  notes: z.optional(notesSchema),
});

export type Validated<T> = { ok: true; value: T } | { ok: false; message: string };

function validate<T>(schema: z.ZodType<T>, body: unknown): Validated<T> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, message: 'the body must be a JSON object' };
  const result = schema.safeParse(body);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0]!;
  return { ok: false, message: issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message };
}

export type GlomoPaymentRequest =
  | ({ kind: 'initial'; order_id?: string; subscription_id?: string } & z.infer<typeof initialPaymentSchema>)
  | ({ kind: 'subsequent'; subscription_id: string } & z.infer<typeof subsequentPaymentSchema>);

export function validatePaymentRequest(body: unknown): Validated<GlomoPaymentRequest> {
  const target = validate(paymentTargetSchema, body);
  if (!target.ok) return target;
  const { order_id, subscription_id, sequence } = target.value;
  if (sequence === 'subsequent') {
    const rest = validate(subsequentPaymentSchema, body);
    return rest.ok ? { ok: true, value: { kind: 'subsequent', subscription_id: subscription_id!, ...rest.value } } : rest;
  }
  const rest = validate(initialPaymentSchema, body);
  return rest.ok ? { ok: true, value: { kind: 'initial', order_id, subscription_id, ...rest.value } } : rest;
}

export function validateOrderRequest(body: unknown) {
  return validate(orderSchema, body);
}

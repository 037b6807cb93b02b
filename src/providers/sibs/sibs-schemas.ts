import * as z from 'zod/mini';
import type { PaymentStatus } from '../../core/types.js';

/**
 * SIBS SPG (SIBS Gateway) wire formats, server-to-server, as public integrations show them
 * (sources in the README's SIBS section): `POST /api/v2/payments` → `transactionID` +
 * `transactionSignature`; `…/{id}/card/purchase`, `…/{id}/mbway-id/purchase`,
 * `…/{id}/service-reference/generate` (Digest-authorised); `GET …/{id}/status`; and the webhook
 * body once decrypted. Objects are loose (SIBS adds fields freely); the fields we read are strict.
 * Amounts are SIBS's: decimals (`12.5` EUR), never minor units. Shared by the browser elements and
 * `pay-elements/server`; nothing here touches the DOM.
 */

/** An id SIBS hands out (`s2MfidBaW9NbUDThbQNh`): non-empty and short. */
const sibsId = z.string().check(z.minLength(1), z.maxLength(200));
const shortText = z.string().check(z.maxLength(2000));

/** `{ value, currency }`: a decimal amount (`12.5`) and an ISO 4217 code. */
export const sibsAmountSchema = z.looseObject({
  value: z.number().check(z.nonnegative(), z.refine(Number.isFinite)),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
});
export type SibsAmount = z.infer<typeof sibsAmountSchema>;

/** `returnStatus`: `statusCode` `"000"` is success; errors carry codes like `"E0506"`. */
export const sibsReturnStatusSchema = z.looseObject({
  statusCode: z.string().check(z.minLength(1), z.maxLength(20)),
  statusMsg: z.optional(shortText),
  statusDescription: z.optional(shortText),
});
export type SibsReturnStatus = z.infer<typeof sibsReturnStatusSchema>;
export const SIBS_STATUS_CODE_SUCCESS = '000';

/**
 * `paymentStatus` as SIBS reports it. `Partial` = the card purchase needs 3-D Secure (an
 * `actionResponse` follows); `InProcessing` is transient; `Timeout` and `Expired` end an MB WAY
 * request or a reference nobody paid.
 */
export const SIBS_PAYMENT_STATUSES = [
  'Success', 'Partial', 'Pending', 'InProcessing', 'Declined', 'Timeout', 'Expired', 'Error',
] as const;
export const sibsPaymentStatusSchema = z.enum(SIBS_PAYMENT_STATUSES);
export type SibsPaymentStatus = z.infer<typeof sibsPaymentStatusSchema>;

/** `paymentMethod`: `CARD`, `MBWAY`, `REFERENCE` here (SIBS has more, e.g. `XPAY`, `TOKEN`). */
export const sibsPaymentMethodSchema = z.string().check(z.regex(/^[A-Z_]{2,30}$/));

/** `merchant` as SIBS echoes it back. */
export const sibsMerchantEchoSchema = z.looseObject({
  terminalId: z.optional(z.union([z.number(), z.string()])),
  channel: z.optional(z.string()),
  merchantTransactionId: z.optional(z.string()),
});

// ————————————————————————————————————————————— create (checkout)

/** `POST /api/v2/payments` → the checkout: its id and the signature that authorises the method call. */
export const sibsCreateResponseSchema = z.looseObject({
  returnStatus: sibsReturnStatusSchema,
  transactionID: sibsId,
  transactionSignature: z.string().check(z.minLength(1), z.maxLength(4000)),
  amount: z.optional(sibsAmountSchema),
  merchant: z.optional(sibsMerchantEchoSchema),
  paymentMethodList: z.optional(z.array(sibsPaymentMethodSchema)),
  expiry: z.optional(z.string()),
});
export type SibsCreateResponse = z.infer<typeof sibsCreateResponseSchema>;

// ————————————————————————————————————————————— card purchase and 3-D Secure

/**
 * The 3-D Secure challenge SIBS asks for: send the shopper's browser to `redirectURL` (GET); the
 * issuer page then returns the shopper to the merchant's return URL.
 */
export const sibsRedirectActionSchema = z.looseObject({
  type: z.literal('DO_REDIRECT'),
  redirectURL: z.string().check(z.minLength(1), z.maxLength(4000)),
  method: z.optional(z.enum(['GET', 'POST'])),
});
/** Any other action (e.g. `THREEDS_METHOD`): kept, never a malformed redirect in disguise. */
const sibsOtherActionSchema = z.looseObject({
  type: z.string().check(z.minLength(1), z.refine((type) => type !== 'DO_REDIRECT')),
});
export const sibsActionResponseSchema = z.union([sibsRedirectActionSchema, sibsOtherActionSchema]);
export type SibsActionResponse = z.infer<typeof sibsActionResponseSchema>;

/** Fields common to the purchase, generate and status answers (SIBS's "inquiry" object). */
const inquiryFields = {
  returnStatus: sibsReturnStatusSchema,
  paymentStatus: sibsPaymentStatusSchema,
  paymentMethod: z.optional(sibsPaymentMethodSchema),
  transactionID: sibsId,
  amount: z.optional(sibsAmountSchema),
  merchant: z.optional(sibsMerchantEchoSchema),
  paymentType: z.optional(z.string()),
};

/** `POST …/{id}/card/purchase` → `Success` / `Declined` at once, or `Partial` + `actionResponse` (3-D Secure). */
export const sibsCardPurchaseResponseSchema = z.looseObject({
  ...inquiryFields,
  actionResponse: z.optional(sibsActionResponseSchema),
}).check(z.refine((response) => response.paymentStatus !== 'Partial' || response.actionResponse !== undefined, {
  message: 'a Partial card purchase must carry its actionResponse',
}));
export type SibsCardPurchaseResponse = z.infer<typeof sibsCardPurchaseResponseSchema>;

/** The 3-D Secure redirect URL a card purchase asks for, or null when none. */
export function sibsThreeDSRedirectUrl(response: SibsCardPurchaseResponse): string | null {
  const action = response.actionResponse;
  return action && action.type === 'DO_REDIRECT' ? (action as z.infer<typeof sibsRedirectActionSchema>).redirectURL : null;
}

// ————————————————————————————————————————————— MB WAY

/** `351#912345678`: SIBS's MB WAY alias (country code, `#`, Portuguese mobile number starting with 9). */
export const sibsCustomerPhoneSchema = z.string().check(z.regex(/^351#9\d{8}$/));

/**
 * A phone number as the shopper typed it (`912 345 678`, `+351 912345678`, `00351-912-345-678`)
 * → SIBS's `351#912345678`, or null when it is not a Portuguese mobile number.
 */
export function toSibsCustomerPhone(typed: string): string | null {
  const digits = typed.replace(/[\s().-]/g, '');
  const match = /^(?:(?:\+|00)?351)?(9\d{8})$/.exec(digits);
  return match ? `351#${match[1]}` : null;
}

/** `POST …/{id}/mbway-id/purchase` → normally `Pending` until the shopper answers in the app. */
export const sibsMbwayPurchaseResponseSchema = z.looseObject({ ...inquiryFields });
export type SibsMbwayPurchaseResponse = z.infer<typeof sibsMbwayPurchaseResponseSchema>;

// ————————————————————————————————————————————— Multibanco reference

/** `paymentReference` of a generated reference: entity 5 digits, reference 9 digits, the amount and the expiry. */
export const sibsPaymentReferenceSchema = z.looseObject({
  entity: z.string().check(z.regex(/^\d{5}$/)),
  reference: z.string().check(z.regex(/^\d{9}$/)),
  amount: sibsAmountSchema,
  expireDate: z.string().check(z.refine((value) => !Number.isNaN(Date.parse(value)), { message: 'expireDate must be a date' })),
  status: z.optional(z.string()),
  paymentEntity: z.optional(z.string()),
});
export type SibsPaymentReference = z.infer<typeof sibsPaymentReferenceSchema>;

/** `POST …/{id}/service-reference/generate` → `Pending` with the `paymentReference` to pay at an ATM / bank app. */
export const sibsReferenceGenerateResponseSchema = z.looseObject({
  ...inquiryFields,
  paymentReference: sibsPaymentReferenceSchema,
});
export type SibsReferenceGenerateResponse = z.infer<typeof sibsReferenceGenerateResponseSchema>;

// ————————————————————————————————————————————— status and webhook

/** `GET …/{id}/status` → the payment as it stands (`paymentReference` too for Multibanco). */
export const sibsStatusResponseSchema = z.looseObject({
  ...inquiryFields,
  paymentReference: z.optional(sibsPaymentReferenceSchema),
});
export type SibsStatusResponse = z.infer<typeof sibsStatusResponseSchema>;

/** A webhook body once decrypted: the status object plus `notificationID` (to acknowledge) and a timestamp. */
export const sibsWebhookPayloadSchema = z.looseObject({
  ...inquiryFields,
  paymentReference: z.optional(sibsPaymentReferenceSchema),
  transactionDateTime: z.optional(z.string()),
  notificationID: sibsId,
});
export type SibsWebhookPayload = z.infer<typeof sibsWebhookPayloadSchema>;

/** A SIBS error answer (4xx/5xx): `returnStatus` with a code and a message. */
export const sibsErrorBodySchema = z.looseObject({ returnStatus: sibsReturnStatusSchema });

// ————————————————————————————————————————————— status map

/** Why a SIBS payment failed, in the library's vocabulary (`PaymentResult.error.code`). */
export type SibsFailureCode = 'payment_declined' | 'payment_expired' | 'payment_error';

/**
 * `paymentStatus` → the library's `PaymentStatus`, with a failure code when it failed:
 * `Success` succeeded; `Partial` requires action (3-D Secure); `Pending` / `InProcessing` pending;
 * `Declined` failed (`payment_declined`); `Timeout` / `Expired` failed (`payment_expired`: the MB WAY
 * request or the reference ran out); `Error` failed (`payment_error`).
 */
export function sibsPaymentStatus(status: SibsPaymentStatus): { status: PaymentStatus; failure?: SibsFailureCode } {
  switch (status) {
    case 'Success': return { status: 'succeeded' };
    case 'Partial': return { status: 'requires_action' };
    case 'Pending':
    case 'InProcessing': return { status: 'pending' };
    case 'Declined': return { status: 'failed', failure: 'payment_declined' };
    case 'Timeout':
    case 'Expired': return { status: 'failed', failure: 'payment_expired' };
    case 'Error': return { status: 'failed', failure: 'payment_error' };
  }
}

// ————————————————————————————————————————————— requests (what the merchant's server sends)

/** `POST /api/v2/payments` body, as far as the sandbox checks it. */
export const sibsCreateRequestSchema = z.looseObject({
  merchant: z.looseObject({
    terminalId: z.number().check(z.int(), z.positive()),
    channel: z.enum(['web', 'mobile', 'app']),
    merchantTransactionId: z.string().check(z.minLength(1), z.maxLength(35)),
    /** Sandbox extension: where the 3-D Secure page returns the shopper (SIBS sets it per terminal). */
    returnUrl: z.optional(z.url()),
  }),
  transaction: z.looseObject({
    transactionTimestamp: z.string().check(z.refine((value) => !Number.isNaN(Date.parse(value)), { message: 'transactionTimestamp must be a date' })),
    description: z.string().check(z.maxLength(200)),
    moto: z.boolean(),
    paymentType: z.enum(['PURS', 'AUTH']),
    amount: sibsAmountSchema,
    paymentMethod: z.array(z.enum(['CARD', 'MBWAY', 'REFERENCE'])).check(z.minLength(1)),
    paymentReference: z.optional(z.looseObject({
      entity: z.string().check(z.regex(/^\d{5}$/)),
      minAmount: sibsAmountSchema,
      maxAmount: sibsAmountSchema,
      initialDatetime: z.string(),
      finalDatetime: z.string(),
    })),
  }),
});
export type SibsCreateRequest = z.infer<typeof sibsCreateRequestSchema>;

/** `POST …/{id}/card/purchase` body: the card, `validationDate` being the expiry as an ISO date-time. */
export const sibsCardPurchaseRequestSchema = z.looseObject({
  cardInfo: z.looseObject({
    PAN: z.string().check(z.regex(/^\d{12,19}$/)),
    secureCode: z.string().check(z.regex(/^\d{3,4}$/)),
    validationDate: z.string().check(z.refine((value) => !Number.isNaN(Date.parse(value)), { message: 'validationDate must be a date' })),
    cardholderName: z.string().check(z.minLength(1), z.maxLength(100)),
    createToken: z.optional(z.boolean()),
  }),
});
export type SibsCardPurchaseRequest = z.infer<typeof sibsCardPurchaseRequestSchema>;

/** `POST …/{id}/mbway-id/purchase` body. */
export const sibsMbwayPurchaseRequestSchema = z.looseObject({ customerPhone: sibsCustomerPhoneSchema });

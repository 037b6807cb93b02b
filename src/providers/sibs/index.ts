/** The SIBS adapter: wire schemas, status mapping, payload readers and the shop-endpoint call. No DOM, no rendering. */
export * from './sibs-schemas.js';
export { isSibsFinal, sibsPayloadToResult, sibsPurchaseToResult, sibsStatusToResult, expiredResult } from './sibs-results.js';
export type { SibsMethod, SibsPaymentPayload } from './sibs-results.js';
export { readMultibancoReference, sibsAmountToMoney } from './sibs-reference.js';
export type { MultibancoReference } from './sibs-reference.js';
export { readSibsEndpoints, sibsStatusUrl, PAYMENT_ID_PLACEHOLDER as SIBS_PAYMENT_ID_PLACEHOLDER } from './sibs-endpoints.js';
export type { SibsEndpoints, SibsEndpointsReading } from './sibs-endpoints.js';
export { postSibsPayment, isPosted } from './post-sibs-payment.js';
export type { PostSibsPaymentOptions, SibsPaymentPosted } from './post-sibs-payment.js';
export { sibsMessages } from './sibs.messages.js';

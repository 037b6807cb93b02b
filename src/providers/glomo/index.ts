/** The Glomo adapter: wire schemas, status mapping and payload readers. No DOM, no rendering. */
export * from './glomo-schemas.js';
export { glomoPaymentStatus, glomoPaymentToResult, glomoCallbackToResult, glomoCheckoutCallbackToResult, glomoCheckoutEventToResult, glomoNextSteps } from './glomo-results.js';
export type { GlomoNextSteps } from './glomo-results.js';
export { readGlomoCallback, callbackSearchParams, callbackQueryRecord } from './read-glomo-callback.js';
export type { GlomoCallbackReading } from './read-glomo-callback.js';
export { readGlomoCheckoutEvent, GLOMO_CHECKOUT_EVENTS } from './glomo-checkout-events.js';
export type { GlomoCheckoutEventName, GlomoCheckoutEventReading } from './glomo-checkout-events.js';
export { glomoMessages } from './glomo.messages.js';
export { readGlomoPaymentResponse, readGlomoPayment } from './read-glomo-payment.js';
export type { GlomoPaymentResponseReading, GlomoPaymentReading } from './read-glomo-payment.js';

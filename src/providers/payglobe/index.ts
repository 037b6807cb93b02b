/** The PayGlobe adapter: amount conversion, wire schemas, status mapping and payload readers. No DOM, no rendering. */
export { toPayGlobeAmount, fromPayGlobeAmount } from './amount.js';
export * from './payglobe-schemas.js';
export { PAYGLOBE_STATUS_MAP, payglobePaymentStatus, isTerminalPayGlobeStatus, payglobeAmounts, payglobePaymentToResult } from './payglobe-results.js';
export type { PayGlobeSplit } from './payglobe-results.js';
export { readPayGlobePayment, readPayGlobeCreatedPayment, readPayGlobeCheckoutMessage, readPayGlobeReturn } from './read-payglobe-payment.js';
export type {
  PayGlobeExpectation, PayGlobeReadOptions, PayGlobePaymentReading, PayGlobeCreatedReading, PayGlobeCheckoutMessageReading, PayGlobeReturnReading,
} from './read-payglobe-payment.js';
export { payglobeMessages } from './payglobe.messages.js';

/**
 * `pay-elements/server`: helpers for the merchant's server — Node 20+, Workers, Deno, edge
 * runtimes (fetch and WebCrypto only; no `node:` imports, nothing from the browser side).
 */
export { signGlomoCallback, verifyGlomoCallback } from './glomo-signature.js';
export type { GlomoSignedFields, GlomoCallbackInput, GlomoCallbackVerification } from './glomo-signature.js';
export { createGlomoClient, GLOMO_API_BASE_URL } from './glomo-client.js';
export type { GlomoClient, GlomoClientOptions, GlomoCreateOrderRequest, GlomoCreatePaymentRequest } from './glomo-client.js';
export { GlomoApiError } from './glomo-api-error.js';
export type { GlomoApiErrorCode } from './glomo-api-error.js';
export { createGlomoRoutes } from './glomo-routes.js';
export type { GlomoRoutes, GlomoRoutesOptions, GlomoOrderChoice } from './glomo-routes.js';
export { memoryPaymentStore } from './glomo-payment-store.js';
export type { GlomoPaymentStore } from './glomo-payment-store.js';
export type { GlomoPayment, GlomoPaymentResponse, GlomoOrder } from '../providers/glomo/glomo-schemas.js';
export type { PaymentResult, PaymentStatus } from '../core/types.js';
export * from './payglobe/index.js';
export * from './sibs/index.js';
export * from './payglocal/index.js';
